import * as z from 'zod';

/** A run of text with the character formatting the party layout allows. */
export const textRunSchema = z.object({
  type: z.literal('text'),
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  /** The comment threads anchored on this text (their ids); absent when none. Printed only in a review copy. */
  comments: z.array(z.string().min(1).max(64)).min(1).optional(),
});
export type TextRun = z.infer<typeof textRunSchema>;

/** The character formatting of a run. */
export type Emphasis = Pick<TextRun, 'bold' | 'italic' | 'underline'>;

/**
 * Whether two runs print alike in any style, so that they may be joined: each mark the same,
 * absent apart from `false`. An absent mark is the paragraph style's (docx/styles.ts runFormat:
 * inside a bold heading, bold), `false` is off whatever the style, so a run left to the style and
 * one set not bold print differently in a bold heading.
 */
export const sameEmphasis = (a: Emphasis, b: Emphasis): boolean =>
  a.bold === b.bold && a.italic === b.italic && a.underline === b.underline;

/** A footnote reference at this point of the text; `runs` is the footnote's own text. */
export const footnoteSchema = z.object({
  type: z.literal('footnote'),
  runs: z.array(textRunSchema).min(1, 'Chú thích cuối trang không được để trống'),
});
export type Footnote = z.infer<typeof footnoteSchema>;

export const inlineSchema = z.discriminatedUnion('type', [textRunSchema, footnoteSchema]);
export type Inline = z.infer<typeof inlineSchema>;

export const inlinesSchema = z.array(inlineSchema);

/**
 * The plain text of inline content (or of a footnote's own runs): footnotes left out, or written
 * in by `footnote` (the comparison shows "[chú thích: …]", the search index the words). The one
 * home of runs -> text.
 */
export function runsToText(inlines: readonly Inline[], footnote: (text: string) => string = () => ''): string {
  return inlines.map((i) => (i.type === 'text' ? i.text : footnote(runsToText(i.runs)))).join('');
}

/** "[chú thích: …]": a footnote as the comparison and tracked changes show it inline. */
export const footnoteInBrackets = (text: string): string => `[chú thích: ${text}]`;
