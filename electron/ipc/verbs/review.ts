import { decideSuggestions } from '../../services/review/decide.ts';
import { approvalSummary } from '../../services/review/guard.ts';
import { importWordReview, listDocumentSuggestions } from '../../services/review/importReview.ts';
import type { Handlers } from '../context.ts';

/** Review through Word: the reviewer's file back in, suggestions listed, accepted or rejected. */
export const reviewHandlers = {
  importWordReview: (req, ctx) =>
    importWordReview(ctx.store.db, { id: req.id, fileName: req.fileName, bytes: Buffer.from(req.base64, 'base64') }, ctx.who),
  listSuggestions: (req, ctx) => listDocumentSuggestions(ctx.store.db, req.id),
  decideSuggestions: (req, ctx) => decideSuggestions(ctx.store.db, req, ctx.who),
  approvalSummary: (req, ctx) => approvalSummary(ctx.store.db, req.id),
} satisfies Partial<Handlers>;
