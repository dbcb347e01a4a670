/**
 * A paragraph split between two printed pages shows on each only its own lines (the window clips
 * the rest); the clipped lines are also made invisible, so they are not in the PDF's text either
 * (copying or searching the PDF finds each line once, on its page).
 */
const isMiddleIn = (r: DOMRect, top: number, from: number, to: number): boolean => {
  const middle = (r.top + r.bottom) / 2 - top;
  return middle >= from - 1 && middle < to - 1;
};

/** The stretch of the element's text (offsets into its whole text) whose words lie in [from, to) of its sheet. */
function visibleStretch(element: Element, sheet: Element, from: number, to: number): { first: number; last: number } {
  const top = sheet.getBoundingClientRect().top;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let at = 0;
  let first = -1;
  let last = -1;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (const m of text.matchAll(/\S+/g)) {
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      if (!isMiddleIn(range.getBoundingClientRect(), top, from, to)) continue;
      if (first < 0) first = at + m.index;
      last = at + m.index + m[0].length;
    }
    at += text.length;
  }
  return { first, last };
}

/** Wraps the characters [from, to) of a text node in an invisible span. */
function hide(node: Text, from: number, to: number): void {
  if (to <= from) return;
  const target = from > 0 ? node.splitText(from) : node;
  if (to - from < (target.textContent ?? '').length) target.splitText(to - from);
  const span = document.createElement('span');
  span.className = 'print-hidden';
  target.replaceWith(span);
  span.append(target);
}

/**
 * Hides, in `copy` (a copy of `element`), the text outside [from, to) of the master's sheet,
 * measured on `element` (the master, laid out).
 */
export function hideLinesOutside(element: Element, copy: Element, sheet: Element, from: number, to: number): void {
  const { first, last } = visibleStretch(element, sheet, from, to);
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) nodes.push(node as Text);
  if (first > 0) copy.classList.add('print-continued');
  let at = 0;
  for (const node of nodes) {
    const length = (node.textContent ?? '').length;
    const start = at;
    at += length;
    if (first < 0) {
      hide(node, 0, length);
      continue;
    }
    // The part after the visible stretch first (splitting the front would shift the offsets).
    if (at > last) hide(node, Math.max(0, last - start), length);
    if (start < first) hide(node, 0, Math.min(length, first - start));
  }
}
