import * as z from 'zod';
import { inlinesSchema, runsToText } from './inline.ts';

/**
 * Heading levels as they appear in real resolutions:
 * part = "Phần thứ nhất" + its upper-case title; section = "I." / "I-"; item = "1.";
 * subitem = "1.1."; subsubitem = "2.1.1.".
 */
export const headingLevels = ['part', 'section', 'item', 'subitem', 'subsubitem'] as const;
export const headingLevelSchema = z.enum(headingLevels);
export type HeadingLevel = z.infer<typeof headingLevelSchema>;

/**
 * `label` is the number exactly as written ("I.", "I-", "1.", "1.1", "Phần thứ ba").
 * When it is absent the writer numbers the heading itself, in the profile's forms.
 */
export const headingSchema = z.object({
  type: z.literal('heading'),
  level: headingLevelSchema,
  label: z.string().optional(),
  runs: inlinesSchema,
});

/** A body paragraph; `label` is a literal number written before it ("1.", "a)"). */
export const paragraphSchema = z.object({
  type: z.literal('paragraph'),
  label: z.string().optional(),
  runs: inlinesSchema,
  align: z.enum(['justify', 'left', 'center', 'right']).optional(),
  indent: z.enum(['first-line', 'none']).optional(),
});

/** A "-" bullet (level 1) or a "+" sub-bullet (level 2). */
export const bulletSchema = z.object({
  type: z.literal('bullet'),
  marker: z.enum(['-', '+']),
  runs: inlinesSchema,
});

export const tableCellSchema = z.object({
  runs: inlinesSchema,
  align: z.enum(['left', 'center', 'right', 'justify']).optional(),
  bold: z.boolean().optional(),
});

export const tableSchema = z.object({
  type: z.literal('table'),
  /** How many leading rows form the header (repeated on every page). */
  headerRows: z.number().int().min(0).default(1),
  rows: z.array(z.array(tableCellSchema).min(1)).min(1, 'Bảng phải có ít nhất một dòng'),
});

/** Prints the document's structured targets (chỉ tiêu) at this point of the body. */
export const targetsBlockSchema = z.object({
  type: z.literal('targets'),
});

export const pageBreakSchema = z.object({ type: z.literal('page-break') });

export const blockSchema = z.discriminatedUnion('type', [
  headingSchema,
  paragraphSchema,
  bulletSchema,
  tableSchema,
  targetsBlockSchema,
  pageBreakSchema,
]);

export type Heading = z.infer<typeof headingSchema>;
export type Paragraph = z.infer<typeof paragraphSchema>;
export type Bullet = z.infer<typeof bulletSchema>;
export type Table = z.infer<typeof tableSchema>;
export type TableCell = z.infer<typeof tableCellSchema>;
export type Block = z.infer<typeof blockSchema>;

/**
 * The plain text of a body block, the one home of block -> text (the comparison and the search
 * index): a heading's or paragraph's label, a bullet's marker, then its words (footnotes as
 * `runsToText` writes them, left out unless `footnote` says how); a table cell by cell (" | "),
 * row by row ("\n"); a targets list and a page break have none (""). The copy picker's entries
 * (renderer/screens/copies/copyParts.ts) differ on purpose: label apart, a table summarised.
 */
export function blockToText(block: Block, footnote?: (text: string) => string): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return [block.label?.trim(), runsToText(block.runs, footnote)].filter(Boolean).join(' ');
    case 'bullet':
      return `${block.marker} ${runsToText(block.runs, footnote)}`;
    case 'table':
      return block.rows.map((row) => row.map((cell) => runsToText(cell.runs, footnote)).join(' | ')).join('\n');
    case 'targets':
    case 'page-break':
      return '';
  }
}
