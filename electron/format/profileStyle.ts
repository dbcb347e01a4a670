import * as z from 'zod';

/** How one printed element looks. Sizes in points. */
export const textStyleSchema = z.object({
  sizePt: z.number().positive(),
  bold: z.boolean().default(false),
  italic: z.boolean().default(false),
  underline: z.boolean().default(false),
  /** Print in upper case whatever the stored text. */
  caps: z.boolean().default(false),
});
export type TextStyle = z.infer<typeof textStyleSchema>;

/** The text as printed: upper case when the style says so (Vietnamese letters upper-case correctly). */
export function printedText(text: string, style: Pick<TextStyle, 'caps'>): string {
  return style.caps ? text.toLocaleUpperCase('vi') : text;
}
