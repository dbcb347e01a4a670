import { addOfficeWord, listOfficeWords } from '../../store/officeWords.ts';
import type { Handlers } from '../context.ts';

/** The office dictionary of the spell-checker. */
export const spellingHandlers = {
  listOfficeWords: (_req, ctx) => listOfficeWords(ctx.store.db),
  addOfficeWord: (req, ctx) => addOfficeWord(ctx.store.db, req.word, ctx.who),
} satisfies Partial<Handlers>;
