import { previewImport, saveReviewedImport } from '../../services/importReview.ts';
import type { Handlers } from '../context.ts';

/** "Nhập văn bản cũ": read a file for review (nothing stored), then store what the user confirmed. */
export const importHandlers = {
  previewImport: (req, ctx) => previewImport(ctx.store.db, req),
  saveImport: (req, ctx) => saveReviewedImport(ctx.store.db, { ...req, who: ctx.who }),
} satisfies Partial<Handlers>;
