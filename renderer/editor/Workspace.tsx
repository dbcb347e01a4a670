import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Block } from '../../electron/contract/model/body.ts';
import type { Organization, StoredDocument } from '../../electron/contract/model/office.ts';
import { contentLockedMessage, isContentEditable } from '../../electron/contract/model/status.ts';
import { findProfile, DEFAULT_PROFILE_ID } from '../../electron/format/profiles/index.ts';
import { runCommand } from '../app/commands.ts';
import { CommentsPanel } from '../panels/comments/CommentsPanel.tsx';
import { WordReviewPanel } from '../panels/wordReview/WordReviewPanel.tsx';
import { HistoryPanel } from '../panels/review/HistoryPanel.tsx';
import { ReviewBar } from '../panels/review/ReviewBar.tsx';
import { VersionsPanel } from '../panels/versions/VersionsPanel.tsx';
import { documentTitle } from '../app/format.ts';
import { BodyEditor } from './BodyEditor.tsx';
import { ConflictBanner } from './ConflictBanner.tsx';
import { EditorTopBar } from './EditorTopBar.tsx';
import { DecoratorViewsContext, type DecoratorViews } from './nodes/decoratorViews.ts';
import { PageView } from './PageView.tsx';
import { CommentsProvider } from './plugins/Comments/CommentsProvider.tsx';
import { FootnoteView } from './plugins/Footnote/FootnoteView.tsx';
import { TargetsBlockView } from './plugins/Targets/TargetsBlockView.tsx';
import { Toolbar } from './plugins/Toolbar/Toolbar.tsx';
import { BodyContextValue, type PanelTab } from './session/editorContext.ts';
import type { DocParts } from './session/parts.ts';
import { makeSetters } from './session/setters.ts';
import { useDocumentSession } from './session/useDocumentSession.ts';
import { SidePanel } from './SidePanel.tsx';

const views: DecoratorViews = { footnote: FootnoteView, targets: TargetsBlockView };

type Props = {
  stored: StoredDocument;
  initialParts: DocParts;
  rest: Block[];
  organizations: Organization[];
  onClose: () => void;
  onReload: () => void;
};

/** The editor's screen: top bar, toolbar, the page, and the side panel; owns the document's parts (all but the body). */
export function Workspace({ stored, initialParts, rest, organizations, onClose, onReload }: Props) {
  const [editor] = useLexicalComposerContext();
  const [parts, setParts] = useState(initialParts);
  const partsRef = useRef(parts);
  const [tab, setTab] = useState<PanelTab>('targets');
  // The page first; the side panel (many fields) one frame later, so a long document opens sooner.
  const [panelReady, setPanelReady] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setTimeout(() => setPanelReady(true), 0));
    return () => cancelAnimationFrame(frame);
  }, []);
  const pageScroll = useRef<HTMLDivElement>(null);
  const loaded = useRef(rest.length === 0);
  const onLoaded = useCallback(() => {
    loaded.current = true;
  }, []);
  const session = useDocumentSession(editor, stored, partsRef, loaded);
  const { autosave } = session;
  const readOnly = !isContentEditable(stored.status);

  // Only a change of the parts makes the document dirty (StrictMode runs this effect twice on open).
  const openedParts = useRef(parts);
  useEffect(() => {
    partsRef.current = parts;
    if (parts !== openedParts.current) autosave.markDirty();
  }, [parts, autosave]);

  const profile = useMemo(() => findProfile(parts.profileId) ?? findProfile(DEFAULT_PROFILE_ID), [parts.profileId]);
  const setters = useMemo(() => makeSetters(setParts), []);
  const openPanel = useCallback((t: PanelTab) => setTab(t), []);
  const bodyContext = useMemo(() => ({ targets: parts.targets, openPanel }), [parts.targets, openPanel]);
  const markDirty = useCallback(() => autosave.markDirty(), [autosave]);
  const body = useMemo(
    () => (profile ? <BodyEditor profile={profile} onBodyChange={markDirty} rest={rest} onLoaded={onLoaded} /> : null),
    [profile, markDirty, rest, onLoaded],
  );
  const home = useCallback(() => onClose(), [onClose]);
  const showComments = useCallback(() => setTab('comments'), []);
  const docPanels = useMemo(
    () => ({
      comments: (
        <>
          <CommentsPanel />
          <WordReviewPanel documentId={stored.id} status={stored.status} autosave={autosave} onReload={onReload} />
        </>
      ),
      history: <HistoryPanel documentId={stored.id} version={stored.version} />,
      versions: (
        <VersionsPanel
          documentId={stored.id}
          status={stored.status}
          organizations={organizations}
          autosave={autosave}
          onReload={onReload}
        />
      ),
    }),
    [stored, organizations, autosave, onReload],
  );

  if (!profile) return <p className="form-error screen-message">Văn bản dùng bộ thể thức “{parts.profileId}” mà ứng dụng không có.</p>;
  return (
    <DecoratorViewsContext value={views}>
      <BodyContextValue value={bodyContext}>
        <CommentsProvider documentId={stored.id} status={stored.status} flush={autosave.flush} showPanel={showComments}>
          <div className="editor-screen" data-testid="editor" data-document-id={stored.id}>
            <EditorTopBar
              title={documentTitle({ title: stored.title, planYear: parts.planYear })}
              status={stored.status}
              autosave={autosave}
              exporting={session.exporting}
              onHome={home}
              onSave={() => runCommand('save')}
              onExport={() => runCommand('export')}
            />
            <ReviewBar stored={stored} draftRound={parts.marks.draftRound} autosave={autosave} onReload={onReload} />
            <ConflictBanner autosave={autosave} onReload={onReload} onOverwrite={() => void session.overwrite()} />
            {readOnly ? (
              <div className="banner banner-info" role="note" data-testid="read-only-banner">
                {contentLockedMessage(stored.status)}
              </div>
            ) : (
              <Toolbar />
            )}
            <div className="workspace">
              <div className="page-scroll" ref={pageScroll}>
                <fieldset className="plain-fieldset" disabled={readOnly}>
                  <PageView
                    parts={parts}
                    profile={profile}
                    organizations={organizations}
                    setters={setters}
                    openPanel={openPanel}
                    body={body}
                  />
                </fieldset>
              </div>
              {panelReady ? (
                <SidePanel
                  tab={tab}
                  onTab={setTab}
                  parts={parts}
                  orgId={stored.orgId}
                  profile={profile}
                  setters={setters}
                  findings={session.findings}
                  onRecheck={session.recheck}
                  onGoPage={() => pageScroll.current?.scrollTo({ top: 0, behavior: 'smooth' })}
                  organizations={organizations}
                  readOnly={readOnly}
                  docPanels={docPanels}
                />
              ) : (
                <aside className="side-panel" aria-busy="true" />
              )}
            </div>
          </div>
        </CommentsProvider>
      </BodyContextValue>
    </DecoratorViewsContext>
  );
}
