import { ok } from '../../contract/result.ts';
import { appInfo } from '../../services/appInfo.ts';
import { checkResolution } from '../../services/check/index.ts';
import { duplicateDocument, saveTypedResults } from '../../services/documentActions.ts';
import { profileFor } from '../../services/documents.ts';
import { startNextYear } from '../../services/draft.ts';
import { exportFileName, renderForExport } from '../../services/exportFile.ts';
import { deleteDocument, restoreDocument } from '../../services/bin.ts';
import { getDocument, listDocuments } from '../../store/documents.ts';
import { saveDocument } from '../../services/documentSave.ts';
import { listOrganizations } from '../../store/organizations.ts';
import { listRecipientLists } from '../../store/recipientLists.ts';
import { deleteRecipientListAudited, saveRecipientListAudited } from '../../services/office/recipientLists.ts';
import { searchDocuments } from '../../store/search.ts';
import { listSigners } from '../../store/signers.ts';
import { targetsWithResults } from '../../store/targets.ts';
import type { Handlers } from '../context.ts';

/** Keeps only the fields that were given, so optional filters stay absent rather than undefined. */
function defined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Documents, results, search, organizations and the app itself: the contract's first verbs. */
export const documentHandlers = {
  appInfo: (_req, ctx) => ok(appInfo(ctx.store.path, ctx.transport)),
  listOrganizations: (_req, ctx) => listOrganizations(ctx.store.db),
  listSigners: (req, ctx) => listSigners(ctx.store.db, req.orgId, { includeInactive: req.includeInactive === true }),
  listRecipientLists: (req, ctx) => listRecipientLists(ctx.store.db, req.orgId),
  saveRecipientList: (req, ctx) =>
    saveRecipientListAudited(ctx.store.db, {
      orgId: req.orgId,
      name: req.name,
      lines: req.lines,
      who: ctx.who,
      ...defined({ id: req.id }),
    }),
  deleteRecipientList: (req, ctx) => deleteRecipientListAudited(ctx.store.db, { id: req.id, orgId: req.orgId, who: ctx.who }),
  listDocuments: (req, ctx) => listDocuments(ctx.store.db, defined({ orgId: req.orgId, planYear: req.planYear, status: req.status })),
  getDocument: (req, ctx) => getDocument(ctx.store.db, req.id),
  // A save without a reason (the editor's autosave and "Lưu") is kept for recovery but is not a
  // checkpoint of the versions list; "Lưu phiên bản" and the workflow steps are.
  saveDocument: (req, ctx) =>
    saveDocument(ctx.store.db, {
      id: req.id,
      content: req.content,
      expectedVersion: req.expectedVersion,
      who: ctx.who,
      why: req.why ?? 'Tự động lưu',
      autosave: req.why === undefined,
    }),
  createNextYear: (req, ctx) =>
    startNextYear(ctx.store.db, {
      orgId: req.orgId,
      year: req.year,
      who: ctx.who,
      ...defined({ carryValues: req.carryValues, templateId: req.templateId }),
    }),
  duplicateDocument: (req, ctx) => duplicateDocument(ctx.store.db, req.id, ctx.who),
  deleteDocument: (req, ctx) => deleteDocument(ctx.store.db, { id: req.id, who: ctx.who }),
  restoreDocument: (req, ctx) => restoreDocument(ctx.store.db, { id: req.id, who: ctx.who }),
  checkDocument: (req) => {
    const profile = profileFor(req.content);
    return profile.ok ? ok(checkResolution(req.content, profile.value)) : profile;
  },
  exportDocx: async (req, ctx) => {
    const document = getDocument(ctx.store.db, req.id);
    if (!document.ok) return document;
    const content = document.value.content;
    return ctx.saveFile({ fileName: exportFileName(content), render: () => renderForExport(content) });
  },
  listResults: (req, ctx) => {
    const found = targetsWithResults(ctx.store.db, req.orgId, req.year);
    return found.ok ? ok(found.value?.rows ?? []) : found;
  },
  saveResults: (req, ctx) => {
    const saved = saveTypedResults(ctx.store.db, { orgId: req.orgId, year: req.year, entries: req.entries, who: ctx.who });
    return saved.ok ? ok({ saved: saved.value }) : saved;
  },
  search: (req, ctx) => searchDocuments(ctx.store.db, req.query, defined({ orgId: req.orgId })),
} satisfies Partial<Handlers>;
