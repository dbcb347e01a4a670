import { z } from 'zod';
import { authorityKinds, recipientSchema, type Recipient, type Signature } from './model/parts.ts';
import { resolutionSchema } from './model/resolution.ts';
import { documentStatusSchema } from './model/status.ts';
import { commentRequests, type CommentEntry, type CommentListing, type CommentThread } from './model/comments.ts';
import type {
  DocumentSummary,
  Finding,
  Organization,
  RecipientList,
  SearchHit,
  Signer,
  StoredDocument,
  TargetWithResult,
  Term,
} from './model/office.ts';
import type { Result } from './result.ts';
import { importRequests, type ImportPreview } from './imports.ts';
import {
  workflowRequests,
  type RegisterEntry,
  type RegisterListing,
  type StatusEvent,
  type VersionComparison,
  type VersionRef,
  type VersionSnapshot,
} from './workflow.ts';

/**
 * The one contract between the UI and the Node side. Every call is declared here once: its name,
 * the zod schema of its request (checked by the handler before anything runs) and the type of its
 * result. The Electron preload and the loopback HTTP transport both implement exactly these verbs;
 * the renderer's `window.api` type is derived from this table, never restated.
 */
type Channel<Req extends z.ZodType, Res> = { request: Req; /** Phantom: the result type. */ result?: Res };

function channel<Res>() {
  return <Req extends z.ZodType>(request: Req): Channel<Req, Res> => ({ request });
}

const id = z.number().int().positive();
const orgId = z.string().min(1, 'Thiếu mã cơ quan');
const year = z.number().int().min(1930).max(2200);

export type AppInfo = {
  version: string;
  /** Where the data lives (shown in Trợ giúp › Thông tin). */
  databasePath: string;
  transport: 'electron' | 'web';
  profiles: { id: string; name: string }[];
  templates: { id: string; name: string }[];
};

/** What exporting gives back: a file saved by the desktop app, bytes for the browser to download, or nothing (cancelled). */
export type ExportOutcome =
  { kind: 'saved'; path: string } | { kind: 'download'; fileName: string; base64: string } | { kind: 'cancelled' };

/** Certified copies: sao y bản chính (our own document), sao lục (another body's), trích sao (part of ours). */
export const copyKinds = ['sao-y', 'sao-luc', 'trich-sao'] as const;
export const copyKindSchema = z.enum(copyKinds);
export type CopyKind = z.infer<typeof copyKindSchema>;

/** One row of the copy register (sổ bản sao): numbers run from 01 per copying body and term. */
export type CopyRecord = {
  id: number;
  /** The body whose office made the copy. */
  orgId: string;
  termId: number;
  /** 26 in "Số 26-BS/VPHU". */
  seq: number;
  kind: CopyKind;
  /** The copied document when it is one of ours; null for a received file. */
  documentId: number | null;
  /** What was copied, as the register names it ("Nghị quyết số 12-NQ/TU"). */
  sourceLabel: string;
  /** The day of the copy (YYYY-MM-DD). */
  copiedOn: string;
  recipients: Recipient[];
  signer: Signature;
  createdAt: string;
  createdBy: string;
};

/** A register row with its number as printed ("Số 07-BS/VPHU"). */
export type CopyListing = CopyRecord & { number: string };
export type CopyRegisterView = { term: Term; copies: CopyListing[] };
/** What the copy form starts with for a body on a day. */
export type CopyDefaults = { date: string; term: Term; nextNumber: string; recipients: Recipient[]; signature: Signature };
/** A copy made and recorded: the .docx as base64 for the shell to save or the browser to download. */
export type MadeCopyOutcome = { record: CopyRecord; number: string; fileName: string; base64: string };

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');

/** A copy request from the UI: our document by id, or a received .docx sent as base64 (at most about 30 MB). */
export const makeCopyRequestSchema = z.object({
  kind: copyKindSchema,
  source: z.union([
    z.object({ documentId: id }),
    z.object({ fileName: z.string().trim().min(1), base64: z.string().min(1).max(42_000_000, 'Tệp quá lớn để là một văn bản') }),
  ]),
  orgId: orgId.optional(),
  parts: z.string().trim().min(1).optional(),
  includeAppendix: z.boolean().optional(),
  date: isoDay.optional(),
  recipients: z.array(recipientSchema).min(1, 'Bản sao phải có ít nhất một nơi nhận').optional(),
  recipientList: z.string().trim().min(1).optional(),
  signerId: id.optional(),
  /** Fields typed over the chosen (or the office's) signer; title and name alone are enough. */
  signature: z
    .object({
      authority: z.enum(authorityKinds).optional(),
      authorityOf: z.string().optional(),
      title: z.string().trim().min(1).optional(),
      name: z.string().trim().min(1).optional(),
    })
    .optional(),
  sourceLabel: z.string().trim().min(1).optional(),
});
export type MakeCopyRequest = z.output<typeof makeCopyRequestSchema>;

export const api = {
  appInfo: channel<AppInfo>()(z.object({})),
  listOrganizations: channel<Organization[]>()(z.object({})),
  listSigners: channel<Signer[]>()(z.object({ orgId })),
  listRecipientLists: channel<RecipientList[]>()(z.object({ orgId })),
  saveRecipientList: channel<RecipientList>()(
    z.object({ id: id.optional(), orgId, name: z.string().trim().min(1, 'Thiếu tên danh sách'), lines: z.array(recipientSchema).min(1) }),
  ),
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
  saveResults: channel<{ saved: number }>()(
    z.object({ orgId, year, entries: z.array(z.object({ key: z.string().min(1), written: z.string().trim().min(1) })).min(1) }),
  ),
  search: channel<SearchHit[]>()(z.object({ query: z.string().trim().min(1, 'Nhập từ khóa để tìm'), orgId: orgId.optional() })),
  /** Sổ bản sao: the copies a body made in a term (by id, or the term running on `date`, today by default). */
  listCopies: channel<CopyRegisterView>()(z.object({ orgId, termId: id.optional(), date: isoDay.optional() })),
  /** What the copy form starts with: the day, the term, the number the copy would get, its Nơi nhận and signer. */
  copyDefaults: channel<CopyDefaults>()(z.object({ orgId, date: isoDay.optional() })),
  /** Makes a certified copy (sao y / sao lục / trích sao) and records it in the copy register. */
  makeCopy: channel<MadeCopyOutcome>()(makeCopyRequestSchema),
  // Review, issue, versions, compare and the number register (contract/workflow.ts).
  /** The status history: created, submitted, returned (with the reason), approved, issued, amended. */
  documentHistory: channel<StatusEvent[]>()(workflowRequests.documentHistory),
  submitForReview: channel<StoredDocument>()(workflowRequests.submitForReview),
  /** Back to the secretary; the reason is required. */
  returnDraft: channel<StoredDocument>()(workflowRequests.returnDraft),
  approveDocument: channel<StoredDocument>()(workflowRequests.approveDocument),
  /** The clerk issues an approved document: next number of the register, issue date (today by default). */
  issueDocument: channel<StoredDocument>()(workflowRequests.issueDocument),
  listVersions: channel<VersionRef[]>()(workflowRequests.listVersions),
  /** A version opened read-only. */
  getVersion: channel<VersionSnapshot>()(workflowRequests.getVersion),
  /** "Lưu phiên bản": a version even when nothing changed, of the text being edited when given. */
  saveVersion: channel<StoredDocument>()(workflowRequests.saveVersion),
  restoreVersion: channel<StoredDocument>()(workflowRequests.restoreVersion),
  /** A new version of an issued document (reason required), same number and date. */
  amendIssued: channel<StoredDocument>()(workflowRequests.amendIssued),
  compareVersions: channel<VersionComparison>()(workflowRequests.compareVersions),
  /** The newer of two versions as .docx with Word tracked changes against the older. */
  exportVersionDiff: channel<ExportOutcome>()(workflowRequests.exportVersionDiff),
  listTerms: channel<Term[]>()(workflowRequests.listTerms),
  /** The number register of a body, type (NQ by default) and term (the running one by default). */
  listRegister: channel<RegisterListing>()(workflowRequests.listRegister),
  voidNumber: channel<RegisterEntry>()(workflowRequests.voidNumber),
  exportRegister: channel<ExportOutcome>()(workflowRequests.exportRegister),
  // Nhập văn bản cũ (contract/imports.ts): read and shown for review, stored only once confirmed.
  /** Reads a .docx or .txt sent as base64: the model read, with confidences, notes, target links and the original paragraphs. Stores nothing. */
  previewImport: channel<ImportPreview>()(importRequests.previewImport),
  /** Stores a reviewed import for a body: issued (and registered) when it has a number and a date, a draft otherwise. */
  saveImport: channel<StoredDocument>()(importRequests.saveImport),
  // Ý kiến (model/comments.ts): threads anchored on the body's text, with replies.
  /** A document's comment threads (oldest first) and the transport's user (the default author). */
  listComments: channel<CommentListing>()(commentRequests.listComments),
  /** A new thread; its anchor is the id on the marked runs of the content (written first). */
  addComment: channel<CommentThread>()(commentRequests.addComment),
  replyComment: channel<CommentEntry>()(commentRequests.replyComment),
  /** "Đã xử lý" (resolved: true) or "Mở lại" (false). */
  resolveComment: channel<CommentThread>()(commentRequests.resolveComment),
  /** Only the author may delete; a thread goes with its replies. */
  deleteComment: channel<{ id: string }>()(commentRequests.deleteComment),
  /** "Xuất bản góp ý": the current content as .docx with every open thread as a Word comment. */
  exportReviewCopy: channel<ExportOutcome>()(commentRequests.exportReviewCopy),
} as const;

export type ApiName = keyof typeof api;
export type ApiRequest<K extends ApiName> = z.input<(typeof api)[K]['request']>;
export type ApiParsedRequest<K extends ApiName> = z.output<(typeof api)[K]['request']>;
export type ApiResult<K extends ApiName> = NonNullable<(typeof api)[K]['result']>;

/** What the renderer sees as `window.api`: one async function per verb, never throwing. */
export type Api = { [K in ApiName]: (request: ApiRequest<K>) => Promise<Result<ApiResult<K>>> };

/** The IPC channel of a verb (the only place channel strings are made). */
export function ipcChannel(name: ApiName): string {
  return `api:${name}`;
}

export const apiNames = Object.keys(api) as ApiName[];

/**
 * Menu items that act on the UI (Tệp › Mới, Lưu …): the desktop shell sends one of these to the
 * window and the preload hands it to `onMenuCommand` subscribers. Editing (undo, cut, paste) and
 * view (zoom, full screen) items are native roles and never reach the UI.
 */
export const menuCommands = ['new', 'open', 'save', 'export', 'search', 'about'] as const;
export type MenuCommand = (typeof menuCommands)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}

/** The IPC channel on which the shell sends menu commands to the window. */
export const MENU_CHANNEL = 'menu:command';

/** What the desktop preload exposes as `window.api`: the contract's verbs plus the menu subscription. */
export type WindowApi = Api & {
  /** Calls `listener` for each menu command; returns the function that unsubscribes. */
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
};
