import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { useMemo } from 'react';
import type { Organization } from '../../../electron/contract/model/office.ts';
import type { Resolution } from '../../../electron/contract/model/resolution.ts';
import { resolveProfile } from '../../../electron/format/resolveProfile.ts';
import { $setBodyBlocks } from '../../editor/convert/index.ts';
import { DecoratorViewsContext, type DecoratorViews } from '../../editor/nodes/decoratorViews.ts';
import { bodyNodes } from '../../editor/nodes/registry.ts';
import { PageView } from '../../editor/PageView.tsx';
import { FootnoteList } from '../../editor/plugins/Footnote/FootnoteList.tsx';
import { FootnoteView } from '../../editor/plugins/Footnote/FootnoteView.tsx';
import { NumberingPlugin } from '../../editor/plugins/Numbering/NumberingPlugin.tsx';
import { TargetsBlockView } from '../../editor/plugins/Targets/TargetsBlockView.tsx';
import { BodyContextValue } from '../../editor/session/editorContext.ts';
import { splitDocument } from '../../editor/session/parts.ts';
import type { Setters } from '../../editor/session/setters.ts';
import { editorTheme } from '../../editor/theme.ts';

const views: DecoratorViews = { footnote: FootnoteView, targets: TargetsBlockView };
const nothing = (): void => undefined;
const noSetters: Setters = {
  schemaVersion: nothing,
  profileId: nothing,
  kind: nothing,
  planYear: nothing,
  header: nothing,
  marks: nothing,
  title: nothing,
  targets: nothing,
  recipients: nothing,
  signature: nothing,
  appendix: nothing,
};

type Props = { content: Resolution; organizations: Organization[] };

/** A document's content as the page shows it, read-only: the editor's own page view with a Lexical body that cannot be edited. */
export function ReadOnlyPage({ content, organizations }: Props) {
  const { parts, body } = useMemo(() => splitDocument(content), [content]);
  const resolved = resolveProfile({ profileId: parts.profileId, date: parts.header.date, planYear: parts.planYear });
  const profile = resolved.ok ? resolved.value : null;
  const config = useMemo<InitialConfigType>(
    () => ({
      namespace: 'phien-ban',
      editable: false,
      nodes: bodyNodes,
      theme: editorTheme,
      onError: nothing,
      editorState: () => $setBodyBlocks(body),
    }),
    [body],
  );
  const bodyContext = useMemo(() => ({ targets: parts.targets, openPanel: nothing }), [parts.targets]);
  if (!profile) return <p className="form-error">{resolved.ok ? '' : resolved.error.message}</p>;
  return (
    <LexicalComposer initialConfig={config}>
      <DecoratorViewsContext value={views}>
        <BodyContextValue value={bodyContext}>
          <fieldset className="plain-fieldset read-only-page" disabled>
            <PageView
              parts={parts}
              profile={profile}
              organizations={organizations}
              setters={noSetters}
              openPanel={nothing}
              body={
                <div className="pf-body">
                  <RichTextPlugin
                    contentEditable={
                      <ContentEditable className="nq-body" lang="vi" aria-label="Nội dung phiên bản (chỉ xem)" data-testid="version-body" />
                    }
                    ErrorBoundary={LexicalErrorBoundary}
                  />
                  <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} />
                  <NumberingPlugin profile={profile} />
                  <FootnoteList />
                </div>
              }
            />
          </fieldset>
        </BodyContextValue>
      </DecoratorViewsContext>
    </LexicalComposer>
  );
}
