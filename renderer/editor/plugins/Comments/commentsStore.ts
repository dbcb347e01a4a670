import type { CommentEntry, CommentThread } from '../../../../electron/contract/model/comments.ts';
import type { DocParts, PartAnchor } from '../../../../electron/contract/model/partAnchors.ts';
import { threadPlaces, type ThreadPlace } from './threadRows.ts';

/** The threads as loaded from the store. */
export type ThreadsState =
  { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; who: string; threads: CommentThread[] };

/**
 * What the comments panel and the editor plugin share while a document is open: the threads, the
 * anchors found in the editor (in reading order; `beforeTargets` of them come before the targets
 * block), the document's parts other than the body (as edited), a new comment being written (its
 * mark is in the text already, or it is on `part`), the thread shown as active, and the user's
 * name when they typed one.
 */
export type CommentsSnapshot = {
  threads: ThreadsState;
  anchors: readonly string[];
  beforeTargets?: number;
  parts?: DocParts | null;
  draft: { id: string; quote: string; part?: PartAnchor; name?: string } | null;
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

export type ThreadRow = {
  thread: CommentThread;
  /** On the body's text, its anchor found in the page. */
  anchored: boolean;
  /** On another part: where it is now, named ("Chỉ tiêu 3 (giá trị)"); `gone` when that part was deleted. */
  part?: { anchor: PartAnchor; name: string } | { gone: true; name: string };
};

/**
 * The threads in the order the document prints what they are on: the header and title's parts,
 * the body's marked text with the targets at their block, the closing and the appendix; those
 * whose text or part is gone come last, oldest first.
 */
export function orderThreads(
  threads: readonly CommentThread[],
  anchors: readonly string[],
  parts: DocParts | null = null,
  beforeTargets = anchors.length,
): ThreadRow[] {
  const at = new Map(anchors.map((id, i) => [id, i]));
  const places = parts ? threadPlaces(parts, threads) : new Map<string, ThreadPlace>();
  return threads
    .map((thread, i) => {
      const index = at.get(thread.id);
      const place = places.get(thread.id);
      const rank: readonly [number, number] = index !== undefined ? [index < beforeTargets ? 1 : 3, index] : (place?.rank ?? [9, i]);
      const row: ThreadRow = { thread, anchored: index !== undefined, ...(place ? { part: place.part } : {}) };
      return { row, rank };
    })
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1])
    .map(({ row }) => row);
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
