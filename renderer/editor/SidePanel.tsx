import { memo, type ReactNode } from 'react';
import type { Organization } from '../../electron/contract/model/office.ts';
import type { FormatProfile } from '../../electron/format/profile.ts';
import { AppendixPanel } from '../panels/appendix/AppendixPanel.tsx';
import { CommentsBadge } from '../panels/comments/CommentsBadge.tsx';
import { MarksPanel } from '../panels/appendix/MarksPanel.tsx';
import { FindingsPanel } from '../panels/findings/FindingsPanel.tsx';
import type { LayoutFindingsProps } from '../panels/findings/LayoutFindings.tsx';
import { RecipientsPanel } from '../panels/recipients/RecipientsPanel.tsx';
import { SignaturePanel } from '../panels/signature/SignaturePanel.tsx';
import { TargetsPanel } from '../panels/targets/TargetsPanel.tsx';
import { attachedNoteText } from '../../electron/format/printed.ts';
import { panelTabs, type PanelTab } from './session/editorContext.ts';
import type { DocParts } from './session/parts.ts';
import type { Setters } from './session/setters.ts';
import type { Findings } from './session/useDocumentSession.ts';

type Props = {
  tab: PanelTab;
  onTab: (tab: PanelTab) => void;
  parts: DocParts;
  orgId: string;
  profile: FormatProfile;
  setters: Setters;
  findings: Findings;
  onRecheck: () => void;
  onGoPage: () => void;
  organizations: Organization[];
  readOnly: boolean;
  /** Tabs about the document rather than its parts (history, versions): never disabled by read-only. */
  docPanels?: Partial<Record<PanelTab, ReactNode>>;
  /** Its width in CSS px (dragged by its edge). */
  width?: number;
  /** The pages' layout findings and their fixes (shown under "Kiểm tra thể thức"). */
  layout?: LayoutFindingsProps;
};

const tabNames: Record<PanelTab, string> = {
  targets: 'Chỉ tiêu',
  closing: 'Nơi nhận & người ký',
  appendix: 'Phụ lục & dấu',
  findings: 'Kiểm tra thể thức',
  comments: 'Ý kiến',
  history: 'Lịch sử',
  versions: 'Phiên bản',
};

/** The side panel: the structured parts of the document, one tab each. */
export const SidePanel = memo(function SidePanel({
  tab,
  onTab,
  parts,
  orgId,
  profile,
  setters,
  findings,
  onRecheck,
  onGoPage,
  readOnly,
  docPanels,
  width,
  layout,
}: Props) {
  const count = findings.kind === 'done' ? findings.findings.length + (layout?.findings.length ?? 0) : null;
  const list = findings.kind === 'done' ? findings.findings : [];
  return (
    <aside className="side-panel" style={width ? { width } : undefined} aria-label="Các phần của văn bản">
      <div role="tablist" className="tabs" aria-label="Phần cần sửa">
        {panelTabs.map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`tab-${t}`}
            aria-selected={tab === t}
            aria-controls={`tabpanel-${t}`}
            className="tab"
            data-testid={`tab-${t}`}
            onClick={() => onTab(t)}
          >
            {tabNames[t]}
            {t === 'findings' && count !== null ? <span className={`badge${count > 0 ? ' badge-warn' : ''}`}>{count}</span> : null}
            {t === 'comments' ? <CommentsBadge /> : null}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`} className="tabpanel">
        <fieldset className="plain-fieldset" disabled={readOnly && tab !== 'findings'}>
          {tab === 'targets' ? <TargetsPanel targets={parts.targets} planYear={parts.planYear} onChange={setters.targets} /> : null}
          {tab === 'closing' ? (
            <>
              <RecipientsPanel recipients={parts.recipients} orgId={orgId} onChange={setters.recipients} />
              <SignaturePanel
                signature={parts.signature}
                bodyKind={parts.header.bodyKind}
                profile={profile}
                orgId={orgId}
                findings={list}
                onChange={setters.signature}
              />
            </>
          ) : null}
          {tab === 'appendix' ? (
            <>
              <AppendixPanel
                appendix={parts.appendix}
                planYear={parts.planYear}
                autoNote={attachedNoteText({ ...parts, appendix: { ...parts.appendix, attachedNote: undefined } }, profile)}
                onChange={setters.appendix}
              />
              <MarksPanel marks={parts.marks} onChange={setters.marks} />
            </>
          ) : null}
          {tab === 'findings' ? (
            <FindingsPanel
              findings={findings}
              onRecheck={onRecheck}
              onGo={(t) => (t === 'page' ? onGoPage() : onTab(t))}
              layout={layout}
              readOnly={readOnly}
              onEdit={(edit) => setters.header({ ...parts.header, place: edit.value })}
            />
          ) : null}
        </fieldset>
        {docPanels?.[tab] ?? null}
      </div>
    </aside>
  );
});
