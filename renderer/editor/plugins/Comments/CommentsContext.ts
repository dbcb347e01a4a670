import { createContext, useContext, useSyncExternalStore } from 'react';
import type { CommentActions } from './commentActions.ts';
import type { CommentsSnapshot, CommentsStore } from './commentsStore.ts';

/** The comments of the open document, shared by the editor plugin, the toolbar and the "Ý kiến" panel. */
export type CommentsContextValue = {
  store: CommentsStore;
  actions: CommentActions;
  /** The content cannot be edited: new anchors are saved with the comment. */
  locked: boolean;
  /** Issued: no new comments on the text. */
  issued: boolean;
};

export const CommentsContext = createContext<CommentsContextValue | null>(null);

/** The comments of the open document; null outside an editor (the headless tests). */
export function useCommentsContext(): CommentsContextValue | null {
  return useContext(CommentsContext);
}

const none = (): (() => void) => () => undefined;
const empty: CommentsSnapshot = { threads: { kind: 'loading' }, anchors: [], draft: null, activeId: null, userName: null };

/** The shared state, re-rendering on every change of it. */
export function useCommentsSnapshot(store: CommentsStore | undefined): CommentsSnapshot {
  return useSyncExternalStore(store?.subscribe ?? none, store?.get ?? (() => empty));
}
