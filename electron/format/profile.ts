import * as z from 'zod';

import { textStyleSchema } from './profileStyle.ts';
import { rulesSchema } from './profileRules.ts';

export { textStyleSchema, type TextStyle } from './profileStyle.ts';

const mm = z.number().nonnegative();
const percent = z.number().positive().max(100);

const layoutSchema = z.object({
  /** Widths of the closing block's columns (Nơi nhận | signature), in per cent of the text width. */
  closingColumns: z.tuple([percent, percent]),
  /** Appendix table column widths in mm (each value column takes `value`); "CHỈ TIÊU" takes what is left. */
  appendixColumnsMm: z.object({ stt: mm, unit: mm, value: mm }),
  /** Thickness of table borders, in points. */
  tableBorderPt: z.number().positive(),
  /** Gaps, in points: above "Số …"/the date row, above the closing block, above the appendix table. */
  headerRowGapPt: z.number().nonnegative(),
  closingSpaceBeforePt: z.number().nonnegative(),
  appendixTableSpaceBeforePt: z.number().nonnegative(),
});
const layoutDefaults: z.infer<typeof layoutSchema> = {
  closingColumns: [50, 50],
  appendixColumnsMm: { stt: 14, unit: 28, value: 30 },
  tableBorderPt: 0.5,
  headerRowGapPt: 6,
  closingSpaceBeforePt: 12,
  appendixTableSpaceBeforePt: 12,
};

/**
 * A format profile: every layout value of one guidance (36-HD/VPTW of 2018 first), as data.
 * A later guidance is a new profile; a document remembers the profile it was issued under.
 * Values whose source is weak (confidence L in spec/party-document-format.md) live here as
 * settings rather than as constants in the writer.
 */
export const formatProfileSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  source: z.string(),
  fontFamily: z.string(),
  page: z.object({
    widthMm: mm,
    heightMm: mm,
    margins: z.object({ top: mm, bottom: mm, left: mm, right: mm }),
    /** Distance from the top edge to the page number. */
    headerMm: mm,
  }),
  pageNumber: z.object({
    style: textStyleSchema,
    showOnFirstPage: z.boolean(),
    /** The appendix either continues the document's numbering or starts again at 1. */
    appendix: z.enum(['continue', 'restart']),
  }),
  header: z.object({
    /** Widths of the left (bodies, *, number) and right (party title, date) columns, in per cent. */
    columns: z.tuple([z.number().positive(), z.number().positive()]),
    partyTitle: z.object({ text: z.string(), style: textStyleSchema, rulePt: z.number().positive() }),
    superiorBody: textStyleSchema,
    issuingBody: textStyleSchema,
    asterisk: textStyleSchema,
    number: textStyleSchema,
    placeDate: textStyleSchema,
  }),
  numbering: z.object({
    /** "Số {seq}-{type}/{issuer}"; no colon after "Số" in Party documents. */
    prefix: z.string(),
    leadingZeroBelow: z.number().int().positive(),
    /** What stands in the number's place while it is not given yet. */
    blankSeq: z.string(),
  }),
  marks: z.object({
    draft: textStyleSchema,
    secrecy: textStyleSchema,
    urgency: textStyleSchema,
    circulation: textStyleSchema,
    productionNote: textStyleSchema,
  }),
  title: z.object({
    documentType: textStyleSchema,
    conference: textStyleSchema,
    summary: textStyleSchema,
    /** Printed under the summary ("-----"), or null for none. */
    separator: z.string().nullable(),
    decisionLine: textStyleSchema,
    spaceBeforePt: z.number().nonnegative(),
  }),
  body: z.object({
    style: textStyleSchema,
    align: z.enum(['justify', 'left']),
    firstLineIndentMm: mm,
    spaceBeforePt: z.number().nonnegative(),
    spaceAfterPt: z.number().nonnegative(),
    /** Exact line spacing in points ("Exactly 18 pt"). */
    lineExactPt: z.number().positive(),
  }),
  headings: z.object({
    partLabel: textStyleSchema,
    partTitle: textStyleSchema,
    section: textStyleSchema,
    item: textStyleSchema,
    subitem: textStyleSchema,
    subsubitem: textStyleSchema,
    /** Automatic forms used where a heading has no literal label. */
    sectionForm: z.enum(['I.', 'I-']),
  }),
  footnote: textStyleSchema,
  table: z.object({ style: textStyleSchema, headerBold: z.boolean() }),
  recipients: z.object({
    label: z.object({ text: z.string(), style: textStyleSchema }),
    line: textStyleSchema,
    lineSeparator: z.string(),
    lastTerminator: z.string(),
    /** The storage line must start with this word ("Lưu"), without a colon. */
    storageWord: z.string(),
  }),
  signature: z.object({
    authority: textStyleSchema,
    title: textStyleSchema,
    name: textStyleSchema,
    /** Empty lines left for the handwritten signature and the seal. */
    blankLines: z.number().int().min(1),
  }),
  appendix: z.object({
    heading: textStyleSchema,
    title: textStyleSchema,
    note: textStyleSchema,
    /** "(Kèm theo Nghị quyết số 04-NQ/HU, ngày 10/12/2021 của Huyện ủy Đức Trọng)": comma before "ngày" or not. */
    commaBeforeDate: z.boolean(),
    valueHeader: z.string(),
    table: textStyleSchema,
  }),
  /**
   * Drawing details the guidance leaves open (column splits, border weights, gaps). Optional in a
   * profile's source: the defaults are the values the 36-HD/VPTW writer was tuned with.
   */
  layout: layoutSchema.default(layoutDefaults),
  /** Dates, words, punctuation, codes, placements and copy marks of the guidance, with their sources. */
  rules: rulesSchema,
});
export type FormatProfile = z.infer<typeof formatProfileSchema>;
export type FormatProfileInput = z.input<typeof formatProfileSchema>;
