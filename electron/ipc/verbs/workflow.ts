import { ok } from '../../contract/result.ts';
import { compareVersions } from '../../services/compare/versions.ts';
import { renderVersionDiff } from '../../services/compare/trackedExport.ts';
import { listRegister } from '../../services/register.ts';
import { renderRegisterFile } from '../../services/registerExport.ts';
import { issueDocument, voidNumber } from '../../services/register.ts';
import { guardedSubmission, guardedWhy } from '../../services/review/guard.ts';
import { approveDocument, documentHistory, returnDraft, submitForReview } from '../../services/workflow.ts';
import { amendIssued, restoreVersion, saveVersion } from '../../services/workflowVersions.ts';
import { listTerms } from '../../store/terms.ts';
import { getVersion, listVersions } from '../../store/versions.ts';
import type { Handlers } from '../context.ts';

/** Keeps only the fields that were given (the services take optional fields as absent, not undefined). */
function given<T extends Record<string, unknown>>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/** Review (trình, trả lại, duyệt), issue and the number register, versions and their comparison. */
export const workflowHandlers = {
  documentHistory: (req, ctx) => documentHistory(ctx.store.db, req.id),
  submitForReview: (req, ctx) => {
    // Guardrail: with placeholders still unfilled, submitting needs a written reason, recorded with the step.
    const why = guardedSubmission(ctx.store.db, req.id, req);
    if (!why.ok) return why;
    return submitForReview(ctx.store.db, { id: req.id, who: ctx.who, ...given({ why: why.value, expectedVersion: req.expectedVersion }) });
  },
  returnDraft: (req, ctx) =>
    returnDraft(ctx.store.db, { id: req.id, who: ctx.who, why: req.why, ...given({ expectedVersion: req.expectedVersion }) }),
  approveDocument: (req, ctx) => {
    // Guardrail: with format errors, approving needs a written reason, recorded with the step.
    const why = guardedWhy(ctx.store.db, req.id, 'duyet', req);
    if (!why.ok) return why;
    return approveDocument(ctx.store.db, { id: req.id, who: ctx.who, ...given({ why: why.value, expectedVersion: req.expectedVersion }) });
  },
  issueDocument: (req, ctx) => {
    const why = guardedWhy(ctx.store.db, req.id, 'ban-hanh', req);
    if (!why.ok) return why;
    return issueDocument(ctx.store.db, { id: req.id, who: ctx.who, ...given({ date: req.date, secret: req.secret, why: why.value }) });
  },
  listVersions: (req, ctx) => listVersions(ctx.store.db, req.id, given({ includeAutosaves: req.includeAutosaves })),
  getVersion: (req, ctx) => getVersion(ctx.store.db, req.id, req.version),
  saveVersion: (req, ctx) =>
    saveVersion(ctx.store.db, {
      id: req.id,
      who: ctx.who,
      why: req.why,
      ...given({ content: req.content, expectedVersion: req.expectedVersion }),
    }),
  restoreVersion: (req, ctx) =>
    restoreVersion(ctx.store.db, {
      id: req.id,
      version: req.version,
      who: ctx.who,
      ...given({ why: req.why, expectedVersion: req.expectedVersion }),
    }),
  amendIssued: (req, ctx) =>
    amendIssued(ctx.store.db, {
      id: req.id,
      content: req.content,
      who: ctx.who,
      why: req.why,
      ...given({ expectedVersion: req.expectedVersion }),
    }),
  compareVersions: (req, ctx) => compareVersions(ctx.store.db, { id: req.id, from: req.from, to: req.to }),
  exportVersionDiff: async (req, ctx) => {
    const made = await renderVersionDiff(ctx.store.db, { id: req.id, from: req.from, to: req.to });
    if (!made.ok) return made;
    return ctx.saveFile({ fileName: made.value.fileName, render: () => Promise.resolve(ok(made.value.bytes)) });
  },
  listTerms: (req, ctx) => listTerms(ctx.store.db, req.orgId),
  listRegister: (req, ctx) =>
    listRegister(ctx.store.db, { orgId: req.orgId, ...given({ docType: req.docType, termId: req.termId, termOrdinal: req.termOrdinal }) }),
  voidNumber: (req, ctx) => voidNumber(ctx.store.db, { ...req, who: ctx.who }),
  exportRegister: async (req, ctx) => {
    const listing = listRegister(ctx.store.db, {
      orgId: req.orgId,
      ...given({ docType: req.docType, termId: req.termId, termOrdinal: req.termOrdinal }),
    });
    if (!listing.ok) return listing;
    const made = await renderRegisterFile(listing.value, req.format);
    if (!made.ok) return made;
    return ctx.saveFile({ fileName: made.value.fileName, render: () => Promise.resolve(ok(made.value.bytes)) });
  },
} satisfies Partial<Handlers>;
