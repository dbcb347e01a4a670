import { AlignmentType, Paragraph, type IParagraphOptions, type ParagraphChild } from 'docx';
import type { Bullet, Paragraph as ModelParagraph } from '../contract/model/body.ts';
import type { FormatProfile, TextStyle } from '../format/profile.ts';
import type { BuildContext } from './context.ts';
import { inlineRuns } from './inline.ts';
import { spacing, styledRuns } from './styles.ts';
import { mmToTwips } from './units.ts';

export type Align = 'justify' | 'left' | 'center' | 'right';

export const alignment = {
  justify: AlignmentType.JUSTIFIED,
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

/**
 * Paragraph format of the body (box 6): justified, first-line indent, space after, exact line
 * spacing — all from the profile. `align`/`indent` let a stored paragraph differ.
 */
export function bodyFormat(
  profile: FormatProfile,
  opts: { align?: Align | undefined; indent?: 'first-line' | 'none' | undefined; keepNext?: boolean } = {},
): Pick<IParagraphOptions, 'alignment' | 'indent' | 'spacing' | 'keepNext'> {
  const b = profile.body;
  const indent = opts.indent ?? 'first-line';
  return {
    alignment: alignment[opts.align ?? b.align],
    ...(indent === 'first-line' && b.firstLineIndentMm > 0 ? { indent: { firstLine: mmToTwips(b.firstLineIndentMm) } } : {}),
    spacing: spacing({ beforePt: b.spaceBeforePt, afterPt: b.spaceAfterPt, lineExactPt: b.lineExactPt }),
    ...(opts.keepNext ? { keepNext: true } : {}),
  };
}

/** "1." + " " before the runs, in the runs' style. */
function labelRuns(label: string | undefined, style: TextStyle, ctx: BuildContext): ParagraphChild[] {
  return label?.trim() ? styledRuns(`${label.trim()} `, style, ctx.placeholders) : [];
}

/** A body paragraph; its literal `label` ("1.", "a)") is printed before the runs. */
export function bodyParagraph(p: ModelParagraph, ctx: BuildContext, keep = false): Paragraph {
  const style = ctx.profile.body.style;
  return new Paragraph({
    ...bodyFormat(ctx.profile, { align: p.align, indent: p.indent, keepNext: keep }),
    ...(keep ? { keepLines: true } : {}),
    children: [...labelRuns(p.label, style, ctx), ...inlineRuns(p.runs, style, ctx)],
  });
}

/** A "- " bullet or "+ " sub-bullet: the literal marker, with the body's indent. */
export function bulletParagraph(b: Bullet, ctx: BuildContext, keep = false): Paragraph {
  const style = ctx.profile.body.style;
  return new Paragraph({
    ...bodyFormat(ctx.profile, { keepNext: keep }),
    ...(keep ? { keepLines: true } : {}),
    children: [...styledRuns(`${b.marker} `, style, ctx.placeholders), ...inlineRuns(b.runs, style, ctx)],
  });
}

/** A body-formatted paragraph of plain text (used by the targets list); `keep`: with what follows, whole. */
export function plainBodyParagraph(text: string, ctx: BuildContext, style: TextStyle = ctx.profile.body.style, keep = false): Paragraph {
  return new Paragraph({
    ...bodyFormat(ctx.profile, { keepNext: keep }),
    ...(keep ? { keepLines: true } : {}),
    children: styledRuns(text, style, ctx.placeholders),
  });
}
