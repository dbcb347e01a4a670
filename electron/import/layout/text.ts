import type { SourceBlock, SourcePara } from '../source.ts';
import { pushAll } from '../pushAll.ts';

/** Small text tests shared by the region and part parsers. */

/** Single spaces, no tabs, trimmed (the readers give NFC text). */
export function tidy(s: string): string {
  return s
    .replace(/[\t ]{2,}|\t/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();
}

/**
 * Written in capitals: has at least two letters and no lower-case letter. (A regular expression:
 * upper-casing every line with the Vietnamese locale was a tenth of a long PDF's import.)
 */
export function isUpper(s: string): boolean {
  return !/\p{Ll}/u.test(s) && /\p{L}[^]*?\p{L}/u.test(s);
}

/** The paragraph's text in a comparable form: trimmed, upper case, single spaces, no final ":". */
export function key(s: string): string {
  return tidy(s).toLocaleUpperCase('vi').replace(/\s+/g, ' ').replace(/[:.]$/, '');
}

/** Every paragraph of the blocks in reading order (table cells row by row). */
export function parasOf(blocks: readonly SourceBlock[]): SourcePara[] {
  const out: SourcePara[] = [];
  for (const b of blocks) {
    if (b.kind === 'para') out.push(b);
    else for (const row of b.rows) for (const cell of row) pushAll(out, cell);
  }
  return out;
}

/**
 * Paragraphs of a laid-out block (header, closing) column by column: a table's cells top to
 * bottom in the first column, then the next; a paragraph split by tabs (or runs of 6+ spaces)
 * puts its pieces in columns too, and a line break inside it starts a new piece. Each piece
 * keeps its source paragraph and its place in it (`span`, character offsets in `para.text`).
 */
export type Piece = { text: string; para: SourcePara; column: number; span: Span };

export function columnPieces(blocks: readonly SourceBlock[]): Piece[] {
  const columns: Piece[][] = [];
  const put = (column: number, piece: Piece): void => {
    (columns[column] ??= []).push(piece);
  };
  for (const b of blocks) {
    if (b.kind === 'table') {
      for (const row of b.rows) {
        row.forEach((cell, c) => cell.forEach((p) => splitPieces(p).forEach((x) => put(c + x.column, { ...x, column: c + x.column }))));
      }
    } else {
      splitPieces(b).forEach((x) => put(x.column, x));
    }
  }
  return columns.flat();
}

export type Span = { start: number; end: number; column: number; ordinal: number };

/** The words after which a run of spaces is the blank a clerk fills by pen ("Số      -NQ/TU", "ngày      tháng 12"), not a column gap. */
export const BLANK_AFTER = /(?:^|[\s,])(?:Số\s*:?|ngày|tháng)$/iu;

/**
 * Where the pieces of a paragraph's text are: split at tabs (or 6+ spaces, unless they are a
 * draft's blank after "Số", "ngày" or "tháng"; each split is a column, an empty leading part
 * included) and at line breaks; empty pieces dropped.
 */
export function pieceSpans(text: string): Span[] {
  const out: Span[] = [];
  const sep = /\t+| {6,}|\n/g;
  let column = 0;
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    if (raw.trim() !== '') {
      const lead = raw.length - raw.trimStart().length;
      out.push({ start: start + lead, end: start + raw.trimEnd().length, column, ordinal: out.length });
    }
  };
  for (const m of text.matchAll(sep)) {
    if (m[0].startsWith(' ') && BLANK_AFTER.test(text.slice(start, m.index))) continue;
    push(m.index);
    if (m[0] !== '\n') column += 1;
    start = m.index + m[0].length;
  }
  push(text.length);
  return out;
}

function splitPieces(p: SourcePara): Piece[] {
  return pieceSpans(p.text)
    .map((span) => ({ text: tidy(p.text.slice(span.start, span.end)), para: p, column: span.column, span }))
    .filter((x) => x.text !== '');
}
