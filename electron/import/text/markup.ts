import type { SourceRun } from '../source.ts';

/**
 * The emphasis marks of text exported from a word processor: `**bold**` and `*italic*`, the
 * bold possibly spanning lines of one block (a header printed in bold). A lone "*" (the line
 * under the issuing body), "(*)" notes and stray stars stay literal. Returns one run list per
 * line. Linear in the length of the text: the searches ahead for a closing mark only move forward.
 */

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * A search for the first position ≥ p that `test` accepts, for positions p asked in increasing
 * order: the answer found last is reused while it is still ahead of p.
 */
function forward(s: string, test: (j: number) => boolean, stepTo: (from: number) => number): (p: number) => number {
  let from = -1;
  let found = -1;
  return (p) => {
    if (from >= 0 && from <= p && (found >= p || found === s.length)) return found;
    let j = stepTo(p);
    while (j < s.length && !test(j)) j = stepTo(j + 1);
    from = p;
    found = Math.min(j, s.length);
    return found;
  };
}

/** `s.indexOf(needle, from)` (or the end) for `from` mostly increasing: the last hit is reused while ahead. */
function nextIndexOf(s: string, needle: string): (from: number) => number {
  let hitFrom = -1;
  let hit = -1;
  return (from) => {
    if (hitFrom >= 0 && hitFrom <= from && hit >= from) return hit;
    const k = s.indexOf(needle, from);
    hitFrom = from;
    hit = k < 0 ? s.length : k;
    return hit;
  };
}

export function markupLines(s: string): SourceRun[][] {
  const starAfter = nextIndexOf(s, '*');
  const eolAfter = nextIndexOf(s, '\n');
  const nextBlank = forward(s, (j) => /^\n[ \t]*\n/.test(s.slice(j, j + 64)), nextIndexOf(s, '\n'));
  const nextBoldClose = forward(s, (j) => !isSpace(s[j - 1]), nextIndexOf(s, '**'));
  const nextItalicClose = forward(
    s,
    (j) => s[j] === '\n' || (s[j + 1] !== '*' && s[j - 1] !== '*' && !isSpace(s[j - 1]) && s[j - 1] !== '(' && !isWordChar(s[j + 1])),
    (from) => Math.min(starAfter(from), eolAfter(from)),
  );
  const lines: SourceRun[][] = [[]];
  let bold = false;
  let italic = false;
  let buf = '';
  const flush = (): void => {
    if (buf === '') return;
    lines[lines.length - 1]?.push({ text: buf, bold, italic, underline: false });
    buf = '';
  };
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (c === '\n') {
      flush();
      lines.push([]);
      continue;
    }
    if (c === '*' && s[i + 1] === '*') {
      const opens: boolean = !bold && !isSpace(s[i + 2]) && nextBoldClose(i + 2) < nextBlank(i + 2);
      const closes = bold && !isSpace(s[i - 1]);
      if (opens || closes) {
        flush();
        bold = opens;
        i += 1;
        continue;
      }
    } else if (c === '*') {
      const opens: boolean =
        !italic && !isSpace(s[i + 1]) && s[i + 1] !== ')' && !isWordChar(s[i - 1]) && s[nextItalicClose(i + 1)] === '*';
      const closes = italic && !isSpace(s[i - 1]);
      if (opens || closes) {
        flush();
        italic = opens;
        continue;
      }
    }
    buf += c;
  }
  flush();
  return lines;
}
