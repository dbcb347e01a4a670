import { ok } from '../../contract/result.ts';
import {
  addComment,
  deleteComment,
  listDocumentComments,
  renderReviewCopy,
  replyComment,
  resolveComment,
} from '../../services/comments.ts';
import type { Handlers } from '../context.ts';

/** Comments (ý kiến): threads on the body's text, replies, resolve, delete, and the review copy. */
export const commentHandlers = {
  listComments: (req, ctx) => listDocumentComments(ctx.store.db, req.documentId, ctx.who),
  addComment: (req, ctx) => addComment(ctx.store.db, req, ctx.who),
  replyComment: (req, ctx) => replyComment(ctx.store.db, req, ctx.who),
  resolveComment: (req, ctx) => resolveComment(ctx.store.db, req, ctx.who),
  deleteComment: (req, ctx) => deleteComment(ctx.store.db, req, ctx.who),
  exportReviewCopy: async (req, ctx) => {
    const made = await renderReviewCopy(ctx.store.db, req.id);
    if (!made.ok) return made;
    return ctx.saveFile({ fileName: made.value.fileName, render: () => Promise.resolve(ok(made.value.bytes)) });
  },
} satisfies Partial<Handlers>;
