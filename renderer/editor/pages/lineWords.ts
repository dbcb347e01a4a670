/** Which words of a block's text are on one of its lines, read from the page as laid out. */

type Word = { node: Text; start: number; end: number; at: number };

/**
 * The stretch [first, last) of `element`'s text (all its text nodes as one string) whose words'
 * middles lie in [from, to): the words of one line. Words run down the lines in order, so the
 * line's first word is found by halving (a few rects to read instead of one per word of a long
 * paragraph: the page view reads a line for each page a change moved), then read on from a few
 * words before it until a word lies below the line.
 */
export function wordsOnLine(
  element: Element,
  middleOf: (word: Range) => number,
  from: number,
  to: number,
): { full: string; first: number; last: number } {
  const words: Word[] = [];
  let full = '';
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (const m of text.matchAll(/\S+/g)) {
      words.push({ node: node as Text, start: m.index, end: m.index + m[0].length, at: full.length + m.index });
    }
    full += text;
  }
  const range = document.createRange();
  const middle = (w: Word): number => {
    range.setStart(w.node, w.start);
    range.setEnd(w.node, w.end);
    return middleOf(range);
  };
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const w = words[mid];
    if (w && middle(w) < from) lo = mid + 1;
    else hi = mid;
  }
  let first = -1;
  let last = -1;
  for (let i = Math.max(0, lo - 3); i < words.length; i++) {
    const w = words[i];
    if (!w) break;
    const y = middle(w);
    if (y >= to && i >= lo) break;
    if (y < from || y >= to) continue;
    if (first < 0) first = w.at;
    last = w.at + (w.end - w.start);
  }
  return { full, first, last };
}
