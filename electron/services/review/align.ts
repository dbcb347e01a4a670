import { align } from '../compare/lcs.ts';

/**
 * Pairs the paragraphs read back from Word with the lines the review copy printed, keeping their
 * order (the compare's longest common subsequence over the lines' text, case and spacing
 * ignored): a paragraph the reviewer added, or one whose text no longer reads as printed, pairs
 * with nothing.
 */

export function lineKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleUpperCase('vi');
}

/** For each item of `a`, the index of its partner in `b`, or -1 (empty lines never pair). */
export function alignLines(a: readonly string[], b: readonly string[]): number[] {
  const keys = (list: readonly string[], side: string) => list.map((t, i) => lineKey(t) || `\u0000${side}${i}`);
  const pairs = new Array<number>(a.length).fill(-1);
  for (const op of align(keys(a, 'a'), keys(b, 'b'))) if (op.op === 'equal') pairs[op.a] = op.b;
  return pairs;
}
