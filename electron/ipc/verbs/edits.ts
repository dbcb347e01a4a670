import { checkStoredDocument, saveEdits } from '../../services/documentEdits.ts';
import type { Handlers } from '../context.ts';

/**
 * The editor's saves, kept off the keystroke: the body as changes (in the desktop app, in a thread
 * of their own), the format check on the stored copy.
 */
export const editHandlers = {
  saveEdits: (req, ctx) => {
    const input = { id: req.id, expectedVersion: req.expectedVersion, content: req.content, who: ctx.who };
    return ctx.editsThread?.save(input) ?? saveEdits(ctx.store.db, input);
  },
  checkStoredDocument: (req, ctx) => checkStoredDocument(ctx.store.db, req.id),
} satisfies Partial<Handlers>;
