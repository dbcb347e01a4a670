import { memo, useMemo, useRef, type ReactNode } from 'react';
import type { Organization } from '../../electron/contract/model/office.ts';
import type { FormatProfile } from '../../electron/format/profile.ts';
import { AppendixPreview } from './page/AppendixPreview.tsx';
import { ClosingPreview } from './page/ClosingPreview.tsx';
import { ContactPreview } from './page/ContactPreview.tsx';
import { PageHeader } from './page/PageHeader.tsx';
import { profileVars } from './page/profileVars.ts';
import { TitleBlock } from './page/TitleBlock.tsx';
import { PageMarkers } from './pages/PageMarkers.tsx';
import type { PanelTab } from './session/editorContext.ts';
import type { DocParts } from './session/parts.ts';
import type { Setters } from './session/setters.ts';

type Props = {
  parts: DocParts;
  profile: FormatProfile;
  organizations: Organization[];
  setters: Setters;
  openPanel: (tab: PanelTab) => void;
  body: ReactNode;
};

/** The document as it will print: page 1 onwards (A4 at screen scale, the profile's margins and fonts), then the appendix sheet. */
export const PageView = memo(function PageView({ parts, profile, organizations, setters, openPanel, body }: Props) {
  const vars = useMemo(() => profileVars(profile), [profile]);
  const sheets = useRef<HTMLDivElement>(null);
  const go = useMemo(() => ({ marks: () => openPanel('appendix'), closing: () => openPanel('closing') }), [openPanel]);
  return (
    <div className="pages" ref={sheets}>
      <PageMarkers pages={sheets} profile={profile} version={parts} />
      <article className="page" style={vars} data-testid="page" aria-label="Trang văn bản (như khi in)">
        <PageHeader
          header={parts.header}
          marks={parts.marks}
          planYear={parts.planYear}
          profile={profile}
          organizations={organizations}
          onChange={setters.header}
          onEditMarks={go.marks}
        />
        <TitleBlock title={parts.title} separator={profile.title.separator} onChange={setters.title} />
        {body}
        <ClosingPreview
          recipients={parts.recipients}
          signature={parts.signature}
          productionNote={parts.marks.productionNote}
          profile={profile}
          onEditRecipients={go.closing}
          onEditSignature={go.closing}
        />
        {parts.appendix.include ? null : <ContactPreview marks={parts.marks} onEdit={go.marks} />}
      </article>
      {parts.appendix.include ? (
        <AppendixPreview
          appendix={parts.appendix}
          header={parts.header}
          planYear={parts.planYear}
          title={parts.title}
          targets={parts.targets}
          profile={profile}
        >
          <ContactPreview marks={parts.marks} onEdit={go.marks} />
        </AppendixPreview>
      ) : null}
    </div>
  );
});
