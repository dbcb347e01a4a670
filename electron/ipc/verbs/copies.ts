import { copyDefaults, copyRegister, documentCopies, makeCopyForUi } from '../../services/copies/index.ts';
import type { Handlers } from '../context.ts';

/** Certified copies (sao y, sao lục, trích sao) and the copy register. */
export const copyHandlers = {
  listCopies: (req, ctx) => copyRegister(ctx.store.db, { orgId: req.orgId, termId: req.termId, date: req.date }),
  documentCopies: (req, ctx) => documentCopies(ctx.store.db, req.id),
  copyDefaults: (req, ctx) => copyDefaults(ctx.store.db, { orgId: req.orgId, date: req.date }),
  makeCopy: (req, ctx) => makeCopyForUi(ctx.store.db, req, ctx.who, ctx.stageFile),
} satisfies Partial<Handlers>;
