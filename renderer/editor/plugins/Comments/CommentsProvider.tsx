import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { DocParts } from '../../../../electron/contract/model/partAnchors.ts';
import type { DocumentStatus } from '../../../../electron/contract/model/status.ts';
import { isContentEditable } from '../../../../electron/contract/model/status.ts';
import { useApi } from '../../../api/useApi.ts';
import { showToast } from '../../../app/toast/toastStore.ts';
import { readUserName } from '../../../panels/comments/userName.ts';
import { downloadFile } from '../../session/download.ts';
import { makeCommentActions } from './commentActions.ts';
import { CommentsContext, type CommentsContextValue } from './CommentsContext.ts';
import { createCommentsStore } from './commentsStore.ts';

type Props = {
  documentId: number;
  /** The document's parts other than the body, as edited: what a thread on a part is on, and their order. */
  parts: DocParts;
  status: DocumentStatus;
  /** Saves the document now; true when everything is saved. */
  flush: () => Promise<boolean>;
  /** Shows the "Ý kiến" tab of the side panel. */
  showPanel: () => void;
  children: ReactNode;
};

/** Loads the comments of the open document and shares them (and what can be done with them) with the page and the panel. */
export function CommentsProvider({ documentId, parts, status, flush, showPanel, children }: Props) {
  const api = useApi();
  const [editor] = useLexicalComposerContext();
  const flushRef = useRef(flush);
  const showRef = useRef(showPanel);
  useEffect(() => {
    flushRef.current = flush;
    showRef.current = showPanel;
  }, [flush, showPanel]);
  const value = useMemo((): CommentsContextValue => {
    const store = createCommentsStore(readUserName());
    const locked = !isContentEditable(status);
    const issued = status === 'ban-hanh';
    const actions = makeCommentActions({
      api,
      editor,
      store,
      documentId,
      locked,
      issued,
      flush: () => flushRef.current(),
      openPanel: () => showRef.current(),
      notify: (kind, message) => void showToast({ kind, message }),
      download: downloadFile,
    });
    return { store, actions, locked, issued };
  }, [api, editor, documentId, status]);
  useEffect(() => {
    void value.actions.load();
  }, [value]);
  useEffect(() => {
    value.store.set({ parts });
  }, [value, parts]);
  return <CommentsContext value={value}>{children}</CommentsContext>;
}
