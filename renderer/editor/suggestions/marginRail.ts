/**
 * Where the review marks go beside the page, as Word puts its balloons: in a rail right of the
 * text column (over the sheet's right margin and the grey beyond it, never over the text), each
 * mark at the height of its line and pushed down below the one above when they would touch, so
 * that no mark covers a line of text or another mark. Pure, tested without a browser.
 */

export type Box = { left: number; top: number; right: number; bottom: number };

/** The rail's left edge and width: from just right of the text to the pane's visible edge, at most `max` wide. */
export function railGeometry(
  pane: Box,
  text: Box,
  options: { gap?: number; min?: number; max?: number } = {},
): { left: number; width: number } {
  const gap = options.gap ?? 8;
  const min = options.min ?? 64;
  const max = options.max ?? 260;
  const left = text.right + gap;
  const room = pane.right - 2 - left;
  return { left, width: Math.max(min, Math.min(max, room)) };
}

/** Below this width a chip has the reviewer's name on its own line(s), then the change. */
export const NARROW = 170;

/**
 * A chip's height in the rail (as suggestionMarks.css draws it): one line (name and change) when
 * wide; when narrow, the name on one line, or two when it does not fit, then the change.
 */
export function chipHeight(width: number, author: string): number {
  if (width >= NARROW) return 22;
  const nameLines = author.length * 6.4 > width - 14 ? 2 : 1;
  return 8 + 14 * (nameLines + 1);
}

/** Each mark's top in the rail: its line's top, or just below the mark above it (`gap` apart). Input in reading order. */
export function stackTops(wanted: readonly number[], heights: readonly number[], gap = 3): number[] {
  const order = wanted.map((top, i) => ({ top, i })).sort((a, b) => a.top - b.top || a.i - b.i);
  const out = new Array<number>(wanted.length).fill(0);
  let floor = Number.NEGATIVE_INFINITY;
  for (const { top, i } of order) {
    const at = Math.max(top, floor);
    out[i] = at;
    floor = at + (heights[i] ?? 22) + gap;
  }
  return out;
}
