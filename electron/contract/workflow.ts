import { isoDaySchema } from './model/dates.ts';
import * as z from 'zod';
import type { Block } from './model/body.ts';
import { resolutionSchema, type Resolution } from './model/resolution.ts';
import type { DocumentStatus } from './model/status.ts';

/**
 * Shapes of review, issue and compare that cross to the UI (requests and results of the
 * contract's verbs): the status history, versions, the number register, and the comparison of
 * two versions.
 */

/** One step of a document's life: created, submitted, returned (with the reason), approved, issued, amended. */
export type StatusEvent = {
  at: string;
  who: string;
  /** null when the document was created. */
  from: DocumentStatus | null;
  to: DocumentStatus;
  /** tao, trang-thai, or sua-sau-ban-hanh (content amended after issue, same status). */
  kind: 'tao' | 'trang-thai' | 'sua-sau-ban-hanh';
  reason: string;
  /** The version written by this step. */
  version: number;
  /** "Dự thảo lần N" printed by that version; null once issued. */
  draftRound: number | null;
  /** "04-NQ/HU" when the step issued the document. */
  number: string | null;
};

/** One row of the number register (sổ đăng ký số văn bản). */
export type RegisterEntry = {
  id: number;
  seq: number;
  /** "04-NQ/HU": leading zero below 10. */
  symbol: string;
  documentId: number | null;
  /** YYYY-MM-DD. */
  issuedOn: string;
  summary: string;
  recipients: string;
  signer: string;
  secret: boolean;
  voided: { at: string; by: string; reason: string } | null;
  createdAt: string;
  createdBy: string;
};

/** The register of one body, one document type and one term, as listed and exported. */
export type RegisterListing = {
  org: { id: string; name: string; issuerCode: string };
  term: { id: number; ordinal: string; startYear: number; endYear: number; startDate: string; endDate: string | null };
  docType: string;
  entries: RegisterEntry[];
};

/** A piece of a word-level diff: words kept, added in the newer version or removed from the older. */
export type WordOp = { op: 'equal' | 'insert' | 'delete'; text: string };

export type BlockType = Block['type'];

/**
 * The body, block by block, in the newer version's order (removed blocks where they stood):
 * `before`/`after` are indexes into the older/newer body. A changed block carries its word diff;
 * a moved one was removed at `before` and put, unchanged (or with `words` when edited), at `after`:
 * it appears twice, as `moved` where it now stands and as `moved-away` where it stood.
 */
export type BlockDiff =
  | { kind: 'equal'; type: BlockType; before: number; after: number; text: string }
  | { kind: 'changed'; type: BlockType; before: number; after: number; words: WordOp[] }
  | { kind: 'added'; type: BlockType; after: number; text: string }
  | { kind: 'removed'; type: BlockType; before: number; text: string }
  | { kind: 'moved'; type: BlockType; before: number; after: number; text: string; words: WordOp[] | null }
  | { kind: 'moved-away'; type: BlockType; before: number; after: number; text: string };

/** One field (or part) of a target that differs, as written. */
export type TargetFieldChange = { field: 'name' | 'unit' | 'value' | 'better' | 'previous' | 'position'; before: string; after: string };

export type TargetDiff =
  | { kind: 'added'; key: string; name: string; value: string }
  | { kind: 'removed'; key: string; name: string; value: string }
  | { kind: 'changed'; key: string; name: string; changes: TargetFieldChange[] };

/** A header, title, marks, signature or appendix field that differs; `label` is Vietnamese. */
export type FieldDiff = { path: string; label: string; before: string; after: string };

/** A line of the recipients ("Nơi nhận") list, kept, added or removed. */
export type LineDiff = { op: 'equal' | 'insert' | 'delete'; text: string };

export type ComparisonSummary = {
  blocksChanged: number;
  blocksAdded: number;
  blocksRemoved: number;
  blocksMoved: number;
  targetsChanged: number;
  targetsAdded: number;
  targetsRemoved: number;
  fieldsChanged: number;
  recipientsChanged: number;
  /** True when the two versions have identical content (false with only formatting changed, though every count is 0). */
  same: boolean;
};

/** Two versions compared: what the UI shows side by side, and what the tracked-changes .docx marks. */
export type Comparison = {
  summary: ComparisonSummary;
  fields: FieldDiff[];
  body: BlockDiff[];
  targets: TargetDiff[];
  recipients: LineDiff[];
};

/** The versions compared: a document's version numbers with who saved them and when. */
export type VersionRef = {
  documentId: number;
  version: number;
  status: DocumentStatus;
  createdBy: string;
  createdAt: string;
  reason: string;
};

export type VersionComparison = { older: VersionRef; newer: VersionRef; comparison: Comparison };

/** A version's content, opened read-only ("Xem phiên bản"). */
export type VersionSnapshot = VersionRef & { content: Resolution };

const id = z.number().int().positive();
const expectedVersion = id.optional();
const isoDay = isoDaySchema;
const reason = (message: string) => z.string({ error: message }).trim().min(1, message);

/** Request schemas of the review, version, compare and register verbs of the contract (api.ts). */
export const workflowRequests = {
  documentHistory: z.object({ id }),
  submitForReview: z.object({ id, why: z.string().trim().min(1).optional(), expectedVersion }),
  returnDraft: z.object({ id, why: reason('Trả lại dự thảo phải ghi lý do'), expectedVersion }),
  /** `overrideReason`: why it is approved although the format check finds errors (required then, recorded). */
  approveDocument: z.object({
    id,
    why: z.string().trim().min(1).optional(),
    expectedVersion,
    overrideReason: z.string().trim().min(1).optional(),
  }),
  issueDocument: z.object({
    id,
    date: isoDay.optional(),
    secret: z.boolean().optional(),
    overrideReason: z.string().trim().min(1).optional(),
  }),
  /** The checkpoints; `includeAutosaves` adds the autosaves (recovery). */
  listVersions: z.object({ id, includeAutosaves: z.boolean().optional() }),
  getVersion: z.object({ id, version: id }),
  saveVersion: z.object({ id, why: reason('Hãy ghi tên hoặc lý do của phiên bản'), content: resolutionSchema.optional(), expectedVersion }),
  restoreVersion: z.object({ id, version: id, why: z.string().trim().min(1).optional(), expectedVersion }),
  amendIssued: z.object({ id, content: resolutionSchema, why: reason('Sửa văn bản đã ban hành phải ghi lý do'), expectedVersion }),
  compareVersions: z.object({ id, from: id, to: id }),
  exportVersionDiff: z.object({ id, from: id, to: id }),
  listTerms: z.object({ orgId: z.string().min(1, 'Thiếu mã cơ quan') }),
  listRegister: z.object({
    orgId: z.string().min(1, 'Thiếu mã cơ quan'),
    docType: z.string().trim().min(1).optional(),
    termId: id.optional(),
    /** The term by its ordinal ("XIII"), as the command line names it. */
    termOrdinal: z.string().trim().min(1).optional(),
  }),
  voidNumber: z.object({
    orgId: z.string().min(1, 'Thiếu mã cơ quan'),
    docType: z.string().trim().min(1),
    termId: id,
    seq: id,
    reason: reason('Hủy số phải ghi lý do'),
  }),
  exportRegister: z.object({
    orgId: z.string().min(1, 'Thiếu mã cơ quan'),
    docType: z.string().trim().min(1).optional(),
    termId: id.optional(),
    /** The term by its ordinal ("XIII"), as the command line names it. */
    termOrdinal: z.string().trim().min(1).optional(),
    format: z.enum(['csv', 'docx']),
  }),
} as const;
