import * as z from 'zod';
import type { DocNumber, Recipient, Signature } from './model/parts.ts';
import { resolutionSchema, type Resolution } from './model/resolution.ts';
import type { CopyKind } from './verbs/copies.ts';
import type { DocumentStatus } from './model/status.ts';

/**
 * Importing a past resolution from the UI ("Nhập văn bản cũ"): the file is read and shown for
 * review first (`previewImport`, nothing stored), the user corrects what was read and links each
 * target to an existing indicator or marks it new, then confirms (`saveImport`).
 */

/** An indicator the body already has (from its stored documents), as a target may be linked to it. */
/** The kinds of file the importer reads, and their names for people. */
export type SourceFormat = 'docx' | 'txt' | 'pdf' | 'doc';
export const sourceFormatNames: Record<SourceFormat, string> = { docx: 'Word', doc: 'Word 97–2003', pdf: 'PDF', txt: 'văn bản thuần' };

export type IndicatorRef = { key: string; name: string; unit: string | null; parentName: string | null };

/** How a target read from the file was matched to the body's indicators. */
export type ImportTargetLink = {
  /** The target's key in the model read. */
  key: string;
  name: string;
  parentKey: string | null;
  /** The existing indicator reused, or null for a new one. */
  linkedTo: { key: string; name: string } | null;
  match: 'name' | 'loose' | 'parent-name' | 'new' | 'ambiguous';
  confidence: number;
};

/** A certified copy's block read from a file (after the full-width rule): who copied, the kind, number, place and date, Nơi nhận and signer. */
export type ReadCopyBlock = {
  kind: CopyKind;
  kindText: string;
  copyingBody: { superior: string | null; name: string | null };
  number: DocNumber | null;
  place: string | null;
  date: string | null;
  recipients: Recipient[];
  signature: Partial<Signature>;
};

/** What was read from a file, for the review screen. */
export type ImportPreview = {
  fileName: string;
  /** The body the file is imported for (its indicators are the ones linked to); null when none was chosen. */
  orgId: string | null;
  model: Resolution;
  /** 0..1 per model path ("header.number", "title.summary", "targets.<key>" …): low means doubtful. */
  confidence: Record<string, number>;
  /** Vietnamese notes of the reader: what to check. */
  notes: string[];
  links: ImportTargetLink[];
  /** The copy block when the file is a certified copy. */
  copy: ReadCopyBlock | null;
  /** How it would be stored: issued when it has a number and a date, a draft otherwise. */
  status: 'ban-hanh' | 'du-thao';
  source: { format: SourceFormat; paragraphs: number; plain: boolean };
  /** The file's paragraphs as read, in reading order (table cells included). */
  original: string[];
  /** The body's indicators a target may be linked to. */
  indicators: IndicatorRef[];
  /**
   * The body's stored document this file already is (same kind, number and symbol, or the same
   * text): saving updates it when it is a draft, or opens it when it is issued.
   */
  duplicate: { documentId: number; status: DocumentStatus; why: 'number' | 'text' } | null;
  /**
   * The issuing body read from the file when it is not the chosen body (another Tỉnh ủy, Đảng ủy …):
   * `saveImport` stores it only with `otherIssuer: true`. Null when they are the same or no body was chosen.
   */
  otherIssuer: OtherIssuer | null;
};

/** An imported document's issuing body (`read`, as the file names it) and the body it would be stored for (`chosen`). */
export type OtherIssuer = { read: string; chosen: string };

/** Below this confidence a field is shown as doubtful. */
export const DOUBTFUL_BELOW = 0.75;

const orgId = z.string().min(1, 'Thiếu mã cơ quan');
const fileName = z.string().trim().min(1, 'Thiếu tên tệp');

/** Request schemas of the import verbs of the contract (api.ts). */
export const importRequests = {
  previewImport: z.object({
    fileName,
    base64: z.string().min(1, 'Tệp rỗng, không có nội dung để nhập.').max(42_000_000, 'Tệp quá lớn để là một nghị quyết'),
    orgId: orgId.optional(),
  }),
  saveImport: z.object({
    orgId,
    fileName,
    content: resolutionSchema,
    /** Per target key of `content`: the existing indicator's key it is the same as, or null for a new indicator. */
    links: z.array(z.object({ key: z.string().min(1), linkedTo: z.string().min(1).nullable() })).default([]),
    /** Store a second document even though the body has this one as a draft (default: update that one). */
    asNew: z.boolean().optional(),
    /** The user confirmed storing a document of another issuing body under this body (else OTHER_ISSUER). */
    otherIssuer: z.boolean().optional(),
  }),
} as const;

export type SaveImportLinks = z.output<typeof importRequests.saveImport>['links'];
