import type { WordOp } from '../../contract/workflow.ts';
import { align, type AlignOp } from './lcs.ts';

/**
 * Word-level differences inside a paragraph. Text is cut into numbers as written ("7,5",
 * "15.577"), words (letters and digits, with Vietnamese diacritics), single punctuation marks
 * and runs of spaces; the alignment is made on
 * these tokens and then tidied so that a change reads as whole phrases: a space between two
 * changes joins them, and in each changed stretch the removed words come before the added ones.
 */

const TOKEN = /\s+|\p{N}+(?:[.,]\p{N}+)*(?![\p{L}\p{M}])|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokenize(text: string): string[] {
  return text.normalize('NFC').match(TOKEN) ?? [];
}

const isSpace = (t: string | undefined): boolean => t !== undefined && /^\s+$/.test(t);

/**
 * Token operations between two token lists. Each op keeps its indexes, so a caller can take the
 * formatting of the token from its own version (`a` indexes the older list, `b` the newer).
 */
export function diffTokens(a: readonly string[], b: readonly string[]): AlignOp[] {
  const ops = align(a, b);
  // A lone space kept between two changes becomes part of both: "x y" -> "p q" reads as one change.
  const spread: AlignOp[] = ops.flatMap((op, k) => {
    if (op.op !== 'equal' || !isSpace(a[op.a])) return [op];
    const before = ops[k - 1];
    const after = ops[k + 1];
    const changed = (o: AlignOp | undefined) => o !== undefined && o.op !== 'equal';
    return changed(before) && changed(after)
      ? [
          { op: 'delete', a: op.a },
          { op: 'insert', b: op.b },
        ]
      : [op];
  });
  const out: AlignOp[] = [];
  let stretch: AlignOp[] = [];
  const flush = () => {
    out.push(...stretch.filter((o) => o.op === 'delete'), ...stretch.filter((o) => o.op === 'insert'));
    stretch = [];
  };
  for (const op of spread) {
    if (op.op === 'equal') {
      flush();
      out.push(op);
    } else {
      stretch.push(op);
    }
  }
  flush();
  return out;
}

/** Consecutive pieces of the same kind joined. */
export function mergeOps(pieces: readonly WordOp[]): WordOp[] {
  const out: WordOp[] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (last && last.op === piece.op) last.text += piece.text;
    else if (piece.text !== '') out.push({ ...piece });
  }
  return out;
}

/** The words of `after` against `before`: kept, inserted and deleted pieces, in reading order. */
export function wordDiff(before: string, after: string): WordOp[] {
  const a = tokenize(before);
  const b = tokenize(after);
  return mergeOps(
    diffTokens(a, b).map((op) =>
      op.op === 'equal'
        ? { op: 'equal', text: b[op.b] ?? '' }
        : op.op === 'delete'
          ? { op: 'delete', text: a[op.a] ?? '' }
          : { op: 'insert', text: b[op.b] ?? '' },
    ),
  );
}

/** How much of two texts is the same (0..1), by the characters of the words they share. */
export function similarity(ops: readonly WordOp[]): number {
  let same = 0;
  let total = 0;
  for (const op of ops) {
    const chars = op.text.replace(/\s+/g, '').length;
    if (op.op === 'equal') {
      same += 2 * chars;
      total += 2 * chars;
    } else {
      total += chars;
    }
  }
  return total === 0 ? 1 : same / total;
}
