import type { Emphasis } from '../../../../electron/contract/model/inline.ts';

/** Bold, italic, underline (the model's Emphasis, every mark known): the only character formatting a pasted run keeps. */
export type PastedEmphasis = Required<Emphasis>;

export const noEmphasis: PastedEmphasis = { bold: false, italic: false, underline: false };

const boldTags = new Set(['B', 'STRONG']);
const italicTags = new Set(['I', 'EM', 'CITE', 'DFN']);
const underlineTags = new Set(['U', 'INS']);

function styleValue(el: Element, prop: string): string | null {
  const style = el.getAttribute('style');
  if (!style) return null;
  const m = new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*([^;]+)`, 'i').exec(style);
  return m?.[1]?.trim().toLowerCase() ?? null;
}

/**
 * The emphasis inside `el`, from its tag and its inline style (the style wins: Google Docs wraps
 * everything in <b style="font-weight:normal">). Word's own names count too ("mso-bidi-font-weight" does not).
 */
export function emphasisOf(el: Element, outer: PastedEmphasis): PastedEmphasis {
  let { bold, italic, underline } = outer;
  const tag = el.tagName.toUpperCase();
  if (boldTags.has(tag)) bold = true;
  if (italicTags.has(tag)) italic = true;
  if (underlineTags.has(tag)) underline = true;
  const weight = styleValue(el, 'font-weight');
  if (weight) bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
  const fontStyle = styleValue(el, 'font-style');
  if (fontStyle) italic = fontStyle === 'italic' || fontStyle === 'oblique';
  const decoration = styleValue(el, 'text-decoration') ?? styleValue(el, 'text-decoration-line');
  if (decoration) underline = decoration.includes('underline');
  if (styleValue(el, 'text-underline') !== null) underline = styleValue(el, 'text-underline') !== 'none';
  return { bold, italic, underline };
}
