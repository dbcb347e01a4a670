import type { CommentEntry, CommentThread } from '../../../../electron/contract/model/comments.ts';

/** The threads as loaded from the store. */
export type ThreadsState =
  { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; who: string; threads: CommentThread[] };

/**
 * What the comments panel and the editor plugin share while a document is open: the threads, the
 * anchors found in the editor (in reading order), a new comment being written (its mark is in
 * the text already), the thread shown as active, and the user's name when they typed one.
 */
export type CommentsSnapshot = {
  threads: ThreadsState;
  anchors: readonly string[];
  draft: { id: string; quote: string } | null;
  activeId: string | null;
  userName: string | null;
};

export type CommentsStore = {
  get: () => CommentsSnapshot;
  set: (patch: Partial<CommentsSnapshot> | ((s: CommentsSnapshot) => Partial<CommentsSnapshot>)) => void;
  subscribe: (listener: () => void) => () => void;
};

export function createCommentsStore(userName: string | null = null): CommentsStore {
  let state: CommentsSnapshot = { threads: { kind: 'loading' }, anchors: [], draft: null, activeId: null, userName };
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(patch) {
      state = { ...state, ...(typeof patch === 'function' ? patch(state) : patch) };
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Who writes: the name the user typed, else the transport's user. */
export function authorName(s: CommentsSnapshot): string {
  return s.userName ?? (s.threads.kind === 'ready' ? s.threads.who : '');
}

export type ThreadRow = { thread: CommentThread; anchored: boolean };

/** The threads in reading order of their marked text; those whose text is gone come last, oldest first. */
export function orderThreads(threads: readonly CommentThread[], anchors: readonly string[]): ThreadRow[] {
  const at = new Map(anchors.map((id, i) => [id, i]));
  return threads
    .map((thread, i) => ({ thread, anchored: at.has(thread.id), rank: at.get(thread.id) ?? anchors.length + i }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ thread, anchored }) => ({ thread, anchored }));
}

/** The list with one thread replaced (or added at the end). */
export function withThread(threads: readonly CommentThread[], thread: CommentThread): CommentThread[] {
  return threads.some((t) => t.id === thread.id) ? threads.map((t) => (t.id === thread.id ? thread : t)) : [...threads, thread];
}

/** The list with a reply added to its thread. */
export function withReply(threads: readonly CommentThread[], reply: CommentEntry): CommentThread[] {
  return threads.map((t) => (t.id === reply.parentId ? { ...t, replies: [...t.replies, reply] } : t));
}

/** The list without a thread, or without a reply. */
export function withoutComment(threads: readonly CommentThread[], id: string): CommentThread[] {
  return threads
    .filter((t) => t.id !== id)
    .map((t) => (t.replies.some((r) => r.id === id) ? { ...t, replies: t.replies.filter((r) => r.id !== id) } : t));
}

const safeId = /^[0-9a-f-]{36}$/i;

/**
 * The page's highlight rules: open threads (and the one being written) highlighted, the active
 * one stronger; resolved threads and unknown marks stay plain.
 */
export function highlightCss(s: CommentsSnapshot): string {
  const open = s.threads.kind === 'ready' ? s.threads.threads.filter((t) => t.resolvedAt === null).map((t) => t.id) : [];
  const ids = [...open, ...(s.draft ? [s.draft.id] : [])].filter((id) => safeId.test(id));
  const rule = (id: string) => `mark.nq-comment[data-comment-ids~="${id}"]`;
  const lines = ids.length > 0 ? [`${ids.map(rule).join(',\n')} { background: var(--comment-open, #fff1b8); }`] : [];
  if (s.activeId && safeId.test(s.activeId) && ids.includes(s.activeId)) {
    lines.push(`${rule(s.activeId)} { background: var(--comment-active, #ffd666); box-shadow: 0 2px 0 #d48806; }`);
  }
  return lines.join('\n');
}
