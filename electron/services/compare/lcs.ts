/**
 * Sequence alignment by longest common subsequence, for blocks of a body, words of a paragraph
 * and lines of a list. Common ends are matched first; the middle by dynamic programming, unless
 * it is too large (then it counts as replaced whole, which only a pathological text reaches).
 */

/** Cells of the DP table allowed (the middle of two 2,000-item sequences). */
const MAX_CELLS = 4_000_000;

export type AlignOp = { op: 'equal'; a: number; b: number } | { op: 'delete'; a: number } | { op: 'insert'; b: number };

function middlePairs(a: readonly string[], b: readonly string[], from: number, endA: number, endB: number): Array<[number, number]> {
  const n = endA - from;
  const m = endB - from;
  if (n === 0 || m === 0 || n * m > MAX_CELLS) return [];
  const width = m + 1;
  // table[i * width + j] = LCS length of a[from + i ..endA) and b[from + j ..endB)
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] =
        a[from + i] === b[from + j]
          ? (table[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[from + i] === b[from + j]) {
      pairs.push([from + i, from + j]);
      i++;
      j++;
    } else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) {
      i++;
    } else {
      j++;
    }
  }
  return pairs;
}

/** Index pairs (i, j) with a[i] === b[j], increasing in both, as many as possible. */
export function lcsPairs(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const pairs: Array<[number, number]> = [];
  for (let k = 0; k < start; k++) pairs.push([k, k]);
  pairs.push(...middlePairs(a, b, start, endA, endB));
  for (let k = 0; endA + k < a.length; k++) pairs.push([endA + k, endB + k]);
  return pairs;
}

/** The alignment as operations in order: in each gap between matches, deletions come before insertions. */
export function align(a: readonly string[], b: readonly string[]): AlignOp[] {
  const ops: AlignOp[] = [];
  let i = 0;
  let j = 0;
  for (const [pa, pb] of [...lcsPairs(a, b), [a.length, b.length] as [number, number]]) {
    for (; i < pa; i++) ops.push({ op: 'delete', a: i });
    for (; j < pb; j++) ops.push({ op: 'insert', b: j });
    if (pa < a.length && pb < b.length) ops.push({ op: 'equal', a: pa, b: pb });
    i = pa + 1;
    j = pb + 1;
  }
  return ops;
}
