import { BLANK_AFTER, isUpper } from '../layout/text.ts';
import { inkEnd, zeroAdvanceGlyphs } from './marks.ts';

/**
 * Text items of a PDF page (as pdf.js gives them: a string, its position and size) -> printed
 * lines in reading order: items whose baselines are close form a line, lines go top to bottom,
 * items left to right. A wide horizontal gap inside a line (the header's two columns, "Nơi nhận:"
 * beside "T/M BAN THƯỜNG VỤ") becomes a tab, so the header and closing readers see two columns;
 * not the blank a draft leaves after "Số", "ngày" or "tháng".
 * Pure.
 */

/** `font`: the font's name in the PDF, when known (glyphs are told apart by font). */
export type PdfItem = { str: string; x: number; y: number; width: number; size: number; font?: string };
export type PdfLine = { text: string; y: number; size: number; x: number; end: number; gapBefore: boolean };

/** A gap wider than this many times the font size separates two columns. */
const COLUMN_GAP = 1.2;

/** A gap between two items wider than this is a word gap: a sixth of the smaller font's size (the line's largest may be a heading's). */
const wordGap = (before: number, after: number): number => Math.min(before || after, after) * 0.15;

export function linesOfPage(items: readonly PdfItem[]): PdfLine[] {
  const sorted = items.filter((i) => i.str !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfItem[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    const ref = row?.[0];
    if (row && ref && Math.abs(ref.y - item.y) <= Math.max(ref.size, item.size) * 0.45) row.push(item);
    else rows.push([item]);
  }
  for (const row of rows) row.sort((a, b) => a.x - b.x);
  const zeroAdvance = zeroAdvanceGlyphs(rows);
  const out: PdfLine[] = [];
  const steps = rows
    .slice(1)
    .map((r, i) => (rows[i]?.[0]?.y ?? 0) - (r[0]?.y ?? 0))
    .filter((d) => d > 0);
  const step = steps.sort((a, b) => a - b)[Math.floor(steps.length / 2)] ?? 14;
  let prevY: number | null = null;
  for (const row of rows) {
    let text = '';
    let end: number | null = null;
    let spaced = false;
    let prevSize = 0;
    const size = Math.max(...row.map((i) => i.size));
    for (const item of row) {
      // A run of spaces or a tab drawn as its own item is a gap, not text; a space glyph is a word gap however narrow
      // a tight line draws it (a toned vowel built from a mark whose advance the font overstates leaves it ~0.1 em).
      if (item.str.trim() === '') {
        spaced ||= end !== null;
        continue;
      }
      if (end !== null) {
        const gap = item.x - end;
        // A draft's blank after "Số", "ngày" or "tháng" is no column gap.
        if (gap > COLUMN_GAP * size && !BLANK_AFTER.test(text.trimEnd())) text = `${text.trimEnd()}\t`;
        else if ((spaced || gap > wordGap(prevSize, item.size)) && !/\s$/u.test(text) && !/^\s/u.test(item.str)) text += ' ';
      }
      text += item.str.trimEnd();
      const trailing = item.str.length - item.str.trimEnd().length;
      spaced = trailing > 0;
      prevSize = item.size;
      end = trailing > 0 ? item.x + item.width - trailing * item.size * 0.25 : inkEnd(item, zeroAdvance);
    }
    const y = row[0]?.y ?? 0;
    // An empty line's worth of space more than the usual line step.
    const gapBefore = prevY !== null && prevY - y > step * 1.6;
    const x = row[0]?.x ?? 0;
    if (text.trim() !== '') out.push({ text: text.replace(/[ ]{2,}/g, ' ').trimEnd(), y, size, x, end: end ?? x, gapBefore });
    prevY = y;
  }
  return out;
}

/** A line that is only a rule ("-----", "___", "* * *"): the title's separator, never part of a paragraph. */
const RULE = /^\s*(?:[-–—_=*.·]\s*){3,}$/u;
const STARTS_NEW = /^\s*(?:[-–—•+*]\s|\d+(?:\.\d+)*[.)]?\s|[IVXLC]+\s*[.\-–]\s|[a-zđ]\)\s|Nơi nhận|Điều\s+\d)/u;

/**
 * The printed lines of a page joined into paragraphs: a line that runs to the right margin
 * continues on the next when that one starts at the left margin, without an empty line,
 * without a list mark, and neither is a line in capitals or laid out in columns.
 */
export function paragraphsOfPage(lines: readonly PdfLine[]): PdfLine[] {
  if (lines.length === 0) return [];
  const left = Math.min(...lines.map((l) => l.x));
  const right = Math.max(...lines.map((l) => l.end));
  const width = Math.max(1, right - left);
  const out: PdfLine[] = [];
  // Whether the last paragraph is in capitals, in columns or a rule: a joined one never is (neither of its
  // lines was), so a long paragraph is not scanned again at every line it gains.
  let prevUpper = false;
  let prevApart = false;
  for (const line of lines) {
    const prev = out[out.length - 1];
    const lineUpper = isUpper(line.text);
    const joins =
      prev !== undefined &&
      !line.gapBefore &&
      !prevApart &&
      !line.text.includes('\t') &&
      prev.end >= right - width * 0.2 &&
      line.x <= left + line.size &&
      !STARTS_NEW.test(line.text) &&
      !RULE.test(line.text) &&
      !prevUpper &&
      !lineUpper;
    if (joins && prev) out[out.length - 1] = { ...prev, text: `${prev.text} ${line.text.trimStart()}`, end: line.end };
    else {
      out.push(line);
      prevUpper = lineUpper;
      prevApart = line.text.includes('\t') || RULE.test(line.text);
    }
  }
  return out;
}

/** A page number printed alone at the top or bottom of a page. */
export function isPageNumber(line: PdfLine, index: number, count: number): boolean {
  return (index === 0 || index === count - 1) && /^\s*-?\s*\d{1,3}\s*-?\s*$/u.test(line.text);
}
