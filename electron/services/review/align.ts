/**
 * Pairs the paragraphs read back from Word with the lines the review copy printed, keeping their
 * order (longest common subsequence over the lines' text, case and spacing ignored): a paragraph
 * the reviewer added, or one whose text no longer reads as printed, pairs with nothing.
 */

export function lineKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleUpperCase('vi');
}

/** For each item of `a`, the index of its partner in `b`, or -1. */
export function alignLines(a: readonly string[], b: readonly string[]): number[] {
  const ka = a.map(lineKey);
  const kb = b.map(lineKey);
  const n = ka.length;
  const m = kb.length;
  const width = m + 1;
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      table[i * width + j] =
        ka[i] !== '' && ka[i] === kb[j]
          ? (table[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
    }
  }
  const pairs = new Array<number>(n).fill(-1);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (ka[i] !== '' && ka[i] === kb[j]) {
      pairs[i] = j;
      i += 1;
      j += 1;
    } else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) i += 1;
    else j += 1;
  }
  return pairs;
}
