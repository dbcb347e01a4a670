import * as z from 'zod';
import { recipientListLinesSchema } from '../model/parts.ts';
import { resolutionSchema } from '../model/resolution.ts';
import { documentStatusSchema } from '../model/status.ts';
import type {
  DocumentSummary,
  Finding,
  Organization,
  RecipientList,
  SearchHit,
  Signer,
  StoredDocument,
  TargetWithResult,
} from '../model/office.ts';
import { channel, idField as id, orgIdField as orgId, yearField as year } from './channel.ts';

export type AppInfo = {
  version: string;
  /** Where the data lives (shown in Trợ giúp › Thông tin). */
  databasePath: string;
  transport: 'electron' | 'web' | 'cli' | 'server';
  profiles: { id: string; name: string }[];
  templates: { id: string; name: string }[];
};

/** What exporting gives back: a file saved by the desktop app, bytes for the browser to download, or nothing (cancelled). */
export type ExportOutcome =
  { kind: 'saved'; path: string } | { kind: 'download'; fileName: string; base64: string } | { kind: 'cancelled' };

/** Documents, results, search, organizations and the app itself. */
export const documentVerbs = {
  appInfo: channel<AppInfo>()(z.object({})),
  listOrganizations: channel<Organization[]>()(z.object({})),
  listSigners: channel<Signer[]>()(z.object({ orgId, includeInactive: z.boolean().optional() })),
  listRecipientLists: channel<RecipientList[]>()(z.object({ orgId })),
  saveRecipientList: channel<RecipientList>()(
    z.object({ id: id.optional(), orgId, name: z.string().trim().min(1, 'Thiếu tên danh sách'), lines: recipientListLinesSchema }),
  ),
  /** Removes a saved "Nơi nhận" list of the body (documents keep the lines they took from it). */
  deleteRecipientList: channel<{ deleted: number }>()(z.object({ id, orgId })),
  listDocuments: channel<DocumentSummary[]>()(
    z.object({ orgId: orgId.optional(), planYear: year.optional(), status: documentStatusSchema.optional() }),
  ),
  getDocument: channel<StoredDocument>()(z.object({ id })),
  /** Autosave and explicit saves: refused when someone saved a newer version meanwhile. */
  saveDocument: channel<StoredDocument>()(
    z.object({ id, content: resolutionSchema, expectedVersion: id, why: z.string().trim().min(1).optional() }),
  ),
  /** "Tạo nghị quyết năm mới": next year's draft from last year's resolution and results. */
  createNextYear: channel<StoredDocument>()(
    z.object({ orgId, year, carryValues: z.boolean().optional(), templateId: z.string().optional() }),
  ),
  duplicateDocument: channel<StoredDocument>()(z.object({ id })),
  /** Moves a document to the bin; `restoreDocument` undoes it. */
  deleteDocument: channel<{ id: number }>()(z.object({ id })),
  restoreDocument: channel<StoredDocument>()(z.object({ id })),
  /** Format findings of the content being edited (it need not be saved). */
  checkDocument: channel<Finding[]>()(z.object({ content: resolutionSchema })),
  exportDocx: channel<ExportOutcome>()(z.object({ id })),
  /** A year's targets of an organization beside that year's results. */
  listResults: channel<TargetWithResult[]>()(z.object({ orgId, year })),
  /** Results typed in "Kết quả thực hiện"; an empty `written` takes the year's result back (typed by mistake). */
  saveResults: channel<{ saved: number }>()(
    z.object({ orgId, year, entries: z.array(z.object({ key: z.string().min(1), written: z.string().trim() })).min(1) }),
  ),
  search: channel<SearchHit[]>()(z.object({ query: z.string().trim().min(1, 'Nhập từ khóa để tìm'), orgId: orgId.optional() })),
};
