import { useCommentsContext, useCommentsSnapshot } from '../../editor/plugins/Comments/CommentsContext.ts';

/** The number of open comment threads, on the "Ý kiến" tab (nothing when there are none). */
export function CommentsBadge() {
  const comments = useCommentsContext();
  const s = useCommentsSnapshot(comments?.store);
  const open = s.threads.kind === 'ready' ? s.threads.threads.filter((t) => t.resolvedAt === null).length : 0;
  return open > 0 ? (
    <span className="badge badge-warn" data-testid="comments-badge">
      {open}
    </span>
  ) : null;
}
