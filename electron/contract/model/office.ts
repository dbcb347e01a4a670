import { isoDaySchema } from './dates.ts';
import * as z from 'zod';
import type { recipientSchema } from './parts.ts';
import { authorityKinds, bodyKindSchema, type Signature } from './parts.ts';
import type { Resolution } from './resolution.ts';
import type { DocumentStatus } from './status.ts';
import { parsedValueSchema, type ParsedValue, type TargetValue } from './targets.ts';

/** An issuing body the office drafts for (Huyện ủy Đức Trọng, Đảng ủy xã …). */
export const organizationSchema = z.object({
  /** Stable code chosen once, e.g. "HU-DUC-TRONG". */
  id: z.string().regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/, 'Mã tổ chức chỉ gồm chữ in hoa không dấu, chữ số và "-" (ví dụ HU-DUC-TRONG)'),
  parentId: z.string().min(1).nullable().default(null),
  /** Printed above the name: "ĐẢNG BỘ TỈNH LÂM ĐỒNG"; null when there is none. */
  superiorBody: z.string().min(1).nullable().default(null),
  /** As printed: "HUYỆN ỦY ĐỨC TRỌNG". */
  name: z.string().trim().min(1, 'Thiếu tên tổ chức'),
  bodyKind: bodyKindSchema,
  /** In document numbers: HU, TU, ĐU. */
  issuerCode: z.string().trim().min(1, 'Thiếu ký hiệu cơ quan ban hành'),
  /** Place name of the date line: "Đức Trọng". */
  place: z.string().trim().min(1, 'Thiếu địa danh'),
  /** The office that makes copies: "VĂN PHÒNG", and its code in copy numbers: "VPHU". */
  officeName: z.string().trim().min(1, 'Thiếu tên văn phòng'),
  officeCode: z.string().trim().min(1, 'Thiếu ký hiệu văn phòng'),
});
export type Organization = z.output<typeof organizationSchema>;
export type OrganizationInput = z.input<typeof organizationSchema>;

/** Someone who signs for an organization, with the authority they usually sign under. */
export const signerSchema = z.object({
  orgId: z.string().min(1),
  name: z.string().trim().min(1, 'Thiếu họ tên người ký'),
  /** "BÍ THƯ", "PHÓ BÍ THƯ". */
  title: z.string().trim().min(1, 'Thiếu chức vụ người ký'),
  /** Default authority line: T/M HUYỆN ỦY, K/T BÍ THƯ … */
  authority: z.enum(authorityKinds),
  authorityOf: z.string().default(''),
  /** Order in the picker (the secretary first). */
  position: z.number().int().default(0),
  active: z.boolean().default(true),
});
export type SignerInput = z.input<typeof signerSchema> & { id?: number };
export type Signer = z.output<typeof signerSchema> & { id: number };

export function signatureOf(signer: Signer): Signature {
  return { authority: signer.authority, authorityOf: signer.authorityOf, title: signer.title, name: signer.name };
}

const isoDate = isoDaySchema;

/** A term (nhiệm kỳ) of an organization's party committee: numbers run from 01 within it. */
export const termSchema = z
  .object({
    orgId: z.string().min(1),
    /** The term's name: "2025-2030", or a khóa such as "XIII". */
    ordinal: z.string().trim().min(1, 'Thiếu tên nhiệm kỳ (ví dụ 2025-2030 hoặc khóa XIII)'),
    startYear: z.number().int().min(1930).max(2200),
    endYear: z.number().int().min(1930).max(2200),
    /** The day the congress elected the committee. */
    startDate: isoDate,
    /** The day the next term began; null while the term runs. */
    endDate: isoDate.nullable().default(null),
    /**
     * The committee was appointed (chỉ định) before its congress: the term, and its numbering,
     * start on the day the appointment took effect; the congress does not restart them (05-HD).
     */
    appointed: z.boolean().default(false),
  })
  .refine((t) => t.endYear >= t.startYear, { message: 'Năm kết thúc nhiệm kỳ phải không nhỏ hơn năm bắt đầu', path: ['endYear'] })
  .refine((t) => t.endDate === null || t.endDate >= t.startDate, { message: 'Ngày kết thúc phải sau ngày bắt đầu', path: ['endDate'] });
export type TermInput = z.input<typeof termSchema>;
export type Term = z.output<typeof termSchema> & { id: number };

/** How a result came in: nhập tay (typed), dán từ bảng tính (pasted from a spreadsheet), nhập từ văn bản (read from a report). */
export const resultSources = ['nhap-tay', 'dan-bang-tinh', 'nhap-van-ban'] as const;
export const resultSourceSchema = z.enum(resultSources);
export type ResultSource = z.infer<typeof resultSourceSchema>;

/** A year's actual figure for an indicator, as written, and what could be read from it. */
export type StoredResult = {
  written: string;
  parsed: ParsedValue | null;
  source: ResultSource;
  recordedBy: string;
  recordedAt: string;
};

export const resultEntrySchema = z.object({
  /** The indicator's key (TargetNode.key). */
  key: z.string().min(1),
  written: z.string().trim().min(1, 'Kết quả không được để trống'),
  parsed: parsedValueSchema.nullable().default(null),
  source: resultSourceSchema,
});
export type ResultEntry = z.input<typeof resultEntrySchema>;

/** A named, ordered "Nơi nhận" list the office reuses. */
export type RecipientList = {
  id: number;
  orgId: string;
  name: string;
  lines: z.infer<typeof recipientSchema>[];
  createdAt: string;
  updatedAt: string;
};

/** What a listing shows of a document, without its content. */
export type DocumentSummary = {
  id: number;
  orgId: string;
  docType: string;
  planYear: number;
  status: DocumentStatus;
  profileId: string;
  /** The number given at issue (4 for "Số 04-NQ/HU"); null while a draft. */
  numberSeq: number | null;
  /** Issue date (YYYY-MM-DD); null while a draft. */
  issuedOn: string | null;
  title: string;
  summary: string;
  /** Current version number; every write adds one. */
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type StoredDocument = DocumentSummary & { content: Resolution };

/** A short piece of the original text around the best match; highlights index into `text`. */
export type Passage = {
  text: string;
  highlights: Array<{ start: number; end: number }>;
};

export type SearchHit = {
  document: DocumentSummary;
  /**
   * Relevance, higher is better, in the order of the hits: bm25 (sign flipped) when a word of the
   * query is rare; when every word is in most documents, the tier of the hit (a small whole number:
   * the committee named, the words in the title …, newest first within a tier; store/searchTiers.ts).
   */
  score: number;
  /** Where the words occur, with diacritics as written. */
  passage: Passage;
};

/** One target of a document beside the result recorded for the same indicator and year. */
export type TargetWithResult = {
  key: string;
  name: string;
  unit: string | null;
  depth: number;
  parentKey: string | null;
  groupKey: string | null;
  groupName: string | null;
  /** The value as the document wrote it; null for a group row. */
  target: TargetValue | null;
  result: StoredResult | null;
};

/** One deviation from the format profile: where, what is wrong, and how to fix it. */
export type Finding = {
  code: string;
  severity: 'error' | 'warning';
  /** Field path in the document model, e.g. "recipients.lines[8]". */
  path: string;
  message: string;
  fix: string;
  /** The fix the app applies in one click, when there is one: the field's new text (never applied without the click). */
  edit?: FindingEdit;
};

/** A one-click fix: set the text field at `path` to `value`; `label` is the button's Vietnamese text. */
export type FindingEdit = { path: 'header.place'; value: string; label: string };

/**
 * A deviation of a .docx from the format profile: a finding plus where it is (the paragraph's
 * number in reading order and the start of its text), what the profile expects and what the file has.
 */
export type DocxFinding = Finding & { paragraph: number | null; excerpt: string; expected: string; found: string };
