import { checkStoredDocument, saveEdits } from '../../services/documentEdits.ts';
import type { Handlers } from '../context.ts';

/** The editor's saves, kept off the keystroke: the body as changes, the format check on the stored copy. */
export const editHandlers = {
  saveEdits: (req, ctx) =>
    saveEdits(ctx.store.db, { id: req.id, expectedVersion: req.expectedVersion, content: req.content, who: ctx.who }),
  checkStoredDocument: (req, ctx) => checkStoredDocument(ctx.store.db, req.id),
} satisfies Partial<Handlers>;
