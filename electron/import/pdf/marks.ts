import type { PdfItem } from './lines.ts';

/**
 * Glyphs that a font declares with an advance but that print with none: the tone marks a font
 * without precomposed Vietnamese letters builds "ố", "ế", "ấ" from (LibreOffice draws the base
 * letter, then the mark over it), which the text layer may even name wrongly ('"', '/'). Such an
 * item's width overstates where its ink ends by one glyph, and hides the gap before the next word
 * ("số hộ" read "sốhộ"). They are learned from the page itself: inside a word, the next letter
 * starts back over the mark by its whole declared advance ("ấ" + mark, then "y" one glyph width to
 * the left). Pure.
 */

/** Font and character of a glyph, as the learned set keys them. */
const keyOf = (item: PdfItem, ch: string): string => `${item.font ?? ''}\u0000${ch}`;

/** The declared advance of one glyph of `item`: its width shared among its characters. */
const glyphWidth = (item: PdfItem): number => item.width / Math.max(1, [...item.str].length);

/** Characters (by font) whose glyph the next item on the line starts back over by one whole glyph width. */
export function zeroAdvanceGlyphs(rows: readonly (readonly PdfItem[])[]): Set<string> {
  const out = new Set<string>();
  for (const row of rows) {
    for (let i = 1; i < row.length; i++) {
      const a = row[i - 1];
      const b = row[i];
      if (!a || !b || a.str.trim() === '' || b.str.trim() === '' || (a.font ?? '') !== (b.font ?? '')) continue;
      const w = glyphWidth(a);
      const back = a.x + a.width - b.x;
      if (w > a.size * 0.2 && Math.abs(back - w) <= w * 0.1) out.add(keyOf(a, [...a.str].pop() ?? ''));
    }
  }
  return out;
}

/** Where `item`'s ink ends: its width less a last glyph that prints with no advance. */
export function inkEnd(item: PdfItem, zeroAdvance: ReadonlySet<string>): number {
  const last = [...item.str].pop() ?? '';
  const end = item.x + item.width;
  return zeroAdvance.has(keyOf(item, last)) ? end - glyphWidth(item) : end;
}
