import { AlignmentType, Paragraph, type ParagraphChild } from 'docx';
import type { TextStyle } from '../format/profile.ts';
import type { BuildContext } from './context.ts';
import { inlineRuns } from './inline.ts';
import type { NumberedHeading } from './numbering.ts';
import { bodyFormat } from './paragraphs.ts';
import { spacing, styledRuns } from './styles.ts';

/**
 * A heading, already numbered. A part is two centred lines: its label ("Phần thứ nhất") and its
 * title in the part-title style (upper case); the other levels are one body-formatted line: the
 * label, a space, then the runs, all in the level's style. Headings keep with the next paragraph.
 */
export function headingParagraphs(h: NumberedHeading, ctx: BuildContext): Paragraph[] {
  const hs = ctx.profile.headings;
  const body = ctx.profile.body;
  if (h.level === 'part') {
    const line = (children: ParagraphChild[], beforePt: number): Paragraph =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: spacing({ beforePt, afterPt: body.spaceAfterPt, lineExactPt: body.lineExactPt }),
        children,
      });
    return [line(styledRuns(h.label, hs.partLabel, ctx.placeholders), body.spaceAfterPt), line(inlineRuns(h.runs, hs.partTitle, ctx), 0)];
  }
  const style: TextStyle = hs[h.level];
  return [
    new Paragraph({
      ...bodyFormat(ctx.profile, { keepNext: true }),
      children: [...styledRuns(`${h.label} `, style, ctx.placeholders), ...inlineRuns(h.runs, style, ctx)],
    }),
  ];
}
