import { createEmptyHistoryState } from '@lexical/history';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Block } from '../../electron/contract/model/body.ts';
import type { Organization, StoredDocument } from '../../electron/contract/model/office.ts';
import { contentLockedMessage, isContentEditable } from '../../electron/contract/model/status.ts';
import { resolveProfile } from '../../electron/format/resolveProfile.ts';
import { ProfileBar } from '../panels/profile/ProfileBar.tsx';
import { runCommand } from '../app/commands.ts';
import { CommentsPanel } from '../panels/comments/CommentsPanel.tsx';
import { PartCommentButton } from '../panels/comments/PartCommentButton.tsx';
import { WordReviewPanel } from '../panels/wordReview/WordReviewPanel.tsx';
import { HistoryPanel } from '../panels/review/HistoryPanel.tsx';
import { ReviewBar } from '../panels/review/ReviewBar.tsx';
import { VersionsPanel } from '../panels/versions/VersionsPanel.tsx';
import { documentTitle } from '../app/format.ts';
import { BodyEditor } from './BodyEditor.tsx';
import { ConflictBanner } from './ConflictBanner.tsx';
import { EditorTopBar } from './EditorTopBar.tsx';
import { PresenceNote } from './PresenceNote.tsx';
import { FindBar } from './find/FindBar.tsx';
import { DecoratorViewsContext, type DecoratorViews } from './nodes/decoratorViews.ts';
import { PageView } from './PageView.tsx';
import { PanelResizer, usePanelWidth } from './pages/PanelResizer.tsx';
import { useZoom, type ZoomMode } from './pages/useZoom.ts';
import { useLayoutFindings } from './pages/useLayoutFindings.ts';
import { ViewControls } from './pages/ViewControls.tsx';
import { usePrint } from './print/usePrint.ts';
import { CommentsProvider } from './plugins/Comments/CommentsProvider.tsx';
import { FootnoteView } from './plugins/Footnote/FootnoteView.tsx';
import { FieldSpell } from './plugins/Spell/FieldSpell.tsx';
import { TargetsBlockView } from './plugins/Targets/TargetsBlockView.tsx';
import { Toolbar } from './plugins/Toolbar/Toolbar.tsx';
import { BodyContextValue, type PanelTab } from './session/editorContext.ts';
import type { DocParts } from './session/parts.ts';
import { usePartsHistory } from './session/partsHistory.ts';
import { makeSetters } from './session/setters.ts';
import { useDocumentSession } from './session/useDocumentSession.ts';
import { SidePanel } from './SidePanel.tsx';
import { SuggestionMarks } from './suggestions/SuggestionMarks.tsx';
import { useRefusal } from '../app/start/permissions.ts';

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
  const sheets = useRef<HTMLDivElement>(null);
  const screen = useRef<HTMLDivElement>(null);
  const loaded = useRef(rest.length === 0);
  const onLoaded = useCallback(() => {
    loaded.current = true;
  }, []);
  const session = useDocumentSession(editor, stored, partsRef, loaded);
  const { autosave } = session;
  // Drafting is for chuyên viên and the office's heads: the others read the draft (the dispatcher refuses their saves).
  const editRefused = useRefusal('soan-thao');
  const readOnly = !isContentEditable(stored.status) || editRefused !== null;
  // A draft belongs to one body: the page offers only that body's header (its number, register and export agree).
  const ownBody = useMemo(() => organizations.filter((o) => o.id === stored.orgId), [organizations, stored.orgId]);

  // Only a change of the parts makes the document dirty (StrictMode runs this effect twice on open).
  const openedParts = useRef(parts);
  useEffect(() => {
    partsRef.current = parts;
    if (parts !== openedParts.current) autosave.markDirty();
  }, [parts, autosave]);

  const resolved = useMemo(
    () => resolveProfile({ profileId: parts.profileId, date: parts.header.date, planYear: parts.planYear }),
    [parts.profileId, parts.header.date, parts.planYear],
  );
  const profile = resolved.ok ? resolved.value : null;
  const setters = useMemo(() => makeSetters(setParts), []);
  const bodyHistory = useMemo(() => createEmptyHistoryState(), []);
  const history = usePartsHistory(editor, bodyHistory, parts, setParts, !readOnly);
  const { onLayout, layout } = useLayoutFindings(editor, partsRef, setters, readOnly);
  const [panelOpen, setPanelOpen] = useState(true);
  const [panelWidth, setPanelWidth] = usePanelWidth();
  const [zoomMode, setZoomMode] = useState<ZoomMode>('fit-width');
  const zoom = useZoom(pageScroll, zoomMode, { widthMm: profile?.page.widthMm ?? 210, heightMm: profile?.page.heightMm ?? 297 });
  const openPanel = useCallback((t: PanelTab) => {
    setTab(t);
    setPanelOpen(true);
  }, []);
  const bodyContext = useMemo(() => ({ targets: parts.targets, openPanel }), [parts.targets, openPanel]);
  const markDirty = useCallback(() => autosave.markDirty(), [autosave]);
  const body = useMemo(
    () =>
      profile ? <BodyEditor profile={profile} onBodyChange={markDirty} rest={rest} onLoaded={onLoaded} history={bodyHistory} /> : null,
    [profile, markDirty, rest, onLoaded, bodyHistory],
  );
  const home = useCallback(() => onClose(), [onClose]);
  const title = documentTitle({ title: stored.title, planYear: parts.planYear });
  const print = usePrint(sheets, profile, title);
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

  if (!profile) return <p className="form-error screen-message">{resolved.ok ? '' : resolved.error.message}</p>;
  return (
    <DecoratorViewsContext value={views}>
      <BodyContextValue value={bodyContext}>
        <CommentsProvider documentId={stored.id} parts={parts} status={stored.status} flush={autosave.flush} showPanel={showComments}>
          <div className="editor-screen" ref={screen} data-testid="editor" data-document-id={stored.id}>
            {readOnly ? null : <FieldSpell root={screen} version={parts} />}
            <EditorTopBar
              title={title}
              status={stored.status}
              autosave={autosave}
              exporting={session.exporting}
              readOnly={readOnly}
              onHome={home}
              onSave={() => runCommand('save')}
              onExport={() => runCommand('export')}
            />
            <ReviewBar stored={stored} draftRound={parts.marks.draftRound} autosave={autosave} onReload={onReload} />
            <ProfileBar
              profile={profile}
              date={parts.header.date}
              planYear={parts.planYear}
              issued={parts.header.number.seq !== null}
              readOnly={readOnly}
              onChange={setters.profileId}
            />
            <PresenceNote documentId={stored.id} />
            <ConflictBanner autosave={autosave} onReload={onReload} onOverwrite={() => void session.overwrite()} />
            {readOnly ? (
              <div className="banner banner-info" role="note" data-testid="read-only-banner">
                {isContentEditable(stored.status) && editRefused ? `Chỉ xem dự thảo. ${editRefused}` : contentLockedMessage(stored.status)}
              </div>
            ) : (
              <Toolbar history={history} />
            )}
            <FindBar editor={editor} parts={parts} updateParts={setParts} openPanel={openPanel} readOnly={readOnly} />
            <div className="workspace">
              <div className="page-pane">
                <div className="page-scroll" ref={pageScroll}>
                  <ViewControls
                    mode={zoomMode}
                    zoom={zoom}
                    onMode={setZoomMode}
                    panelOpen={panelOpen}
                    onTogglePanel={() => setPanelOpen((o) => !o)}
                    onPrint={(mode) => void print(mode)}
                  />
                  <fieldset className="plain-fieldset" disabled={readOnly} style={{ zoom }}>
                    <PageView
                      parts={parts}
                      profile={profile}
                      organizations={ownBody}
                      setters={setters}
                      openPanel={openPanel}
                      body={body}
                      sheets={sheets}
                      onLayout={onLayout}
                    />
                  </fieldset>
                  <SuggestionMarks root={pageScroll} documentId={stored.id} editable={!readOnly} autosave={autosave} onReload={onReload} />
                  <PartCommentButton root={screen} />
                </div>
              </div>
              {panelOpen ? <PanelResizer width={panelWidth} onWidth={setPanelWidth} /> : null}
              {!panelOpen ? null : panelReady ? (
                <SidePanel
                  width={panelWidth}
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
                  layout={layout}
                />
              ) : (
                <aside className="side-panel" style={{ width: panelWidth }} aria-busy="true" />
              )}
            </div>
          </div>
        </CommentsProvider>
      </BodyContextValue>
    </DecoratorViewsContext>
  );
}
