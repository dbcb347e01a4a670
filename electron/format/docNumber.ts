import type { DocNumber } from '../contract/model/parts.ts';
import { padBelow } from './numbers.ts';

export type NumberingRules = { prefix: string; leadingZeroBelow: number; blankSeq: string };

/** The numbering of 36-HD/VPTW for text outside a printed page (lists, comparisons, the command line): nothing before the dash while there is no number. */
export const plainNumbering: NumberingRules = { prefix: 'Số', leadingZeroBelow: 10, blankSeq: '' };

/** The number part alone: "04-NQ/HU" (or "    -NQ/HU" before the number is given). */
export function formatDocSymbol(n: DocNumber, rules: NumberingRules): string {
  const seq = n.seq === null ? rules.blankSeq : padBelow(n.seq, rules.leadingZeroBelow);
  return `${seq}-${n.typeCode}/${n.issuerCode}`;
}

/** "Số 04-NQ/HU" — no colon after "Số" (36-HD/VPTW, Phụ lục 3). */
export function formatDocNumber(n: DocNumber, rules: NumberingRules): string {
  return `${rules.prefix} ${formatDocSymbol(n, rules)}`;
}

/** Reads "Số 04-NQ/HU", "Số: 04-NQ/HU", "04 -NQ/HU", "Số    -NQ/HU" (seq null); null when it is not a number and symbol. */
export function parseDocNumber(text: string): DocNumber | null {
  const m = /^\s*(?:Số\s*:?\s*)?(\d+)?\s*-\s*([\p{Lu}][\p{L}]*)\s*\/\s*([\p{Lu}][\p{L}\-/]*)\s*$/u.exec(text);
  if (!m) return null;
  const seq = m[1] ? Number(m[1]) : null;
  // "00-NQ/HU" is no document number: numbers start at 01.
  if (seq === 0) return null;
  return { seq, typeCode: m[2] ?? '', issuerCode: m[3] ?? '' };
}
