import { assessYear, pasteResults } from '../../services/results.ts';
import type { Handlers } from '../context.ts';

/** A year's results beside its targets. */
export const resultHandlers = {
  assessTargets: (req, ctx) => assessYear(ctx.store.db, req.orgId, req.year),
  pasteResults: (req, ctx) => pasteResults(ctx.store.db, { ...req, who: ctx.who }),
} satisfies Partial<Handlers>;
