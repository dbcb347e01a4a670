import * as z from 'zod';

/**
 * A review returned from Word ("Nhập góp ý từ Word"): the reviewer's tracked changes become
 * suggestions (góp ý sửa) anchored on the part of the draft they change; the secretary accepts or
 * rejects each. Comments become the app's comment threads (model/comments.ts).
 *
 * An anchor names one editable text of the draft and `at`, the offset in that text as it read
 * when the review copy was made. What the app cannot place (an edit to generated text such as the
 * date line, a label, a join of two paragraphs) is kept with `part: 'none'` and listed.
 */
export const anchorFields = {
  header: ['superiorBody', 'issuingBody', 'place'],
  signature: ['authorityOf', 'title', 'name'],
  appendix: ['heading', 'title', 'attachedNote'],
} as const;

export const suggestionAnchorSchema = z.discriminatedUnion('part', [
  /** A body heading, paragraph or bullet (its runs; label not included). */
  z.object({ part: z.literal('body'), block: z.number().int().min(0), at: z.number().int().min(0) }),
  /** A cell of a body table. */
  z.object({
    part: z.literal('body-cell'),
    block: z.number().int().min(0),
    row: z.number().int().min(0),
    col: z.number().int().min(0),
    at: z.number().int().min(0),
  }),
  /** A new paragraph after body block `after` (-1: at the start). */
  z.object({ part: z.literal('body-new'), after: z.number().int().min(-1) }),
  z.object({ part: z.literal('preamble'), block: z.number().int().min(0), at: z.number().int().min(0) }),
  z.object({ part: z.literal('summary'), at: z.number().int().min(0) }),
  z.object({ part: z.literal('conference'), line: z.number().int().min(0), at: z.number().int().min(0) }),
  z.object({ part: z.literal('circulation'), at: z.number().int().min(0) }),
  z.object({ part: z.literal('production-note'), at: z.number().int().min(0) }),
  z.object({ part: z.literal('header'), field: z.enum(anchorFields.header), at: z.number().int().min(0) }),
  z.object({ part: z.literal('signature'), field: z.enum(anchorFields.signature), at: z.number().int().min(0) }),
  z.object({ part: z.literal('appendix'), field: z.enum(anchorFields.appendix), at: z.number().int().min(0) }),
  /**
   * A target's name, value (as written) or unit, in the targets block or the appendix table;
   * `inAppendix`: a comment made on the appendix table's row (the same text, printed there).
   */
  z.object({
    part: z.literal('target'),
    key: z.string().min(1),
    field: z.enum(['name', 'value', 'unit']),
    at: z.number().int().min(0),
    inAppendix: z.literal(true).optional(),
  }),
  z.object({ part: z.literal('recipient'), line: z.number().int().min(0), field: z.enum(['text', 'note']), at: z.number().int().min(0) }),
  /** Could not be placed: `where` says what the text was (the printed paragraph). */
  z.object({ part: z.literal('none'), where: z.string() }),
]);
export type SuggestionAnchor = z.infer<typeof suggestionAnchorSchema>;
export type PlacedAnchor = Exclude<SuggestionAnchor, { part: 'none' }>;

/**
 * Where a comment read from Word sits when it is not on the body's text (whose anchor is in the
 * runs): a part of the draft (a target's value or name, a recipient, the signer, a header field …)
 * from `at`, `length` characters (`text`, as it read then); or `part: 'none'` with `where`, the
 * printed line the app writes itself (the date line …) it was made on, listed as not placed.
 */
export const commentPartSchema = z.object({
  anchor: suggestionAnchorSchema,
  length: z.number().int().min(0),
  text: z.string(),
  place: z.string(),
  /** How many lines the list had (recipients, conference lines, preamble) when the comment was made. */
  lines: z.number().int().min(0).optional(),
});
export type CommentPart = z.infer<typeof commentPartSchema>;

export const suggestionKinds = ['insert', 'delete', 'format', 'paragraph', 'join'] as const;
export const suggestionStates = ['open', 'accepted', 'rejected', 'unplaced'] as const;

/** Character formatting a format change sets (only what it names). */
export const emphasisSchema = z.object({ bold: z.boolean().optional(), italic: z.boolean().optional(), underline: z.boolean().optional() });

export const suggestionSchema = z.object({
  /** The number people use: `review accept --suggestion <k>`. */
  id: z.number().int().positive(),
  documentId: z.number().int().positive(),
  kind: z.enum(suggestionKinds),
  state: z.enum(suggestionStates),
  /** The reviewer as Word recorded it (w:author). */
  author: z.string(),
  /** When the reviewer made it (w:date), ISO; null when Word did not say. */
  madeAt: z.string().nullable(),
  anchor: suggestionAnchorSchema,
  /** Where it is, in words ("Nội dung, đoạn 5", "Chỉ tiêu: Thu ngân sách… (giá trị)"). */
  place: z.string(),
  deleted: z.string(),
  inserted: z.string(),
  /** A format change: what it sets. */
  emphasis: emphasisSchema.nullable(),
  /** The file it came from, who imported it and when. */
  source: z.string(),
  importedBy: z.string(),
  importedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

/** A comment read from Word as saved (or found already there). */
export type ImportedComment = {
  threadId: string;
  author: string;
  createdAt: string;
  body: string;
  quote: string;
  /** Where it is anchored, in words ("Nội dung, đoạn 5", "Chỉ tiêu: … (giá trị)"); "" when nowhere. */
  place: string;
  /** Anchored on the body's text, on another part of the draft, or not placed (listed with `place`, what it was on). */
  placed: 'body' | 'part' | 'none';
  replies: { author: string; createdAt: string; body: string }[];
};

/** What "Nhập góp ý từ Word" read and kept. */
export type ReviewImportReport = {
  documentId: number;
  source: string;
  /** The reviewers met in the file (authors of changes and comments). */
  reviewers: string[];
  comments: ImportedComment[];
  suggestions: Suggestion[];
  /** Suggestions that could not be placed (state unplaced): listed with what they said. */
  unplaced: Suggestion[];
  /** Items already imported before (the same file imported twice adds nothing twice). */
  alreadyImported: number;
};

const documentId = z.number().int().positive();

/** The requests of the review verbs (contract/verbs/review.ts). */
export const reviewRequests = {
  /** The reviewer's .docx as base64 (at most 20 MB), with its file name for the record. */
  importWordReview: z.object({
    id: documentId,
    fileName: z.string().trim().min(1).max(260),
    base64: z.string().min(1).max(28_000_000, 'Tệp quá lớn (tối đa 20 MB)'),
  }),
  listSuggestions: z.object({ id: documentId }),
  approvalSummary: z.object({ id: documentId }),
  /** Accept or reject: every open suggestion (`all`) or the ones named. */
  decideSuggestions: z
    .object({
      id: documentId,
      decision: z.enum(['accept', 'reject']),
      all: z.boolean().default(false),
      suggestions: z.array(z.number().int().positive()).default([]),
    })
    .refine((r) => r.all || r.suggestions.length > 0, 'Chọn góp ý cần xử lý (hoặc tất cả).'),
};

/** What "Duyệt" and "Ban hành" show before the step (the format findings included). */
export type ApprovalSummary = {
  status: string;
  openComments: number;
  openSuggestions: number;
  errors: number;
  warnings: number;
  findings: { code: string; severity: 'error' | 'warning'; path: string; message: string; fix: string }[];
};

/** What deciding gives back: the suggestions decided, those that could not be applied, the document's new version. */
export type DecisionOutcome = { decided: Suggestion[]; conflicts: { id: number; message: string }[]; version: number };
