/**
 * The browser's selection kept inside the editor's root. A triple click on the body's last paragraph
 * selects past the body, into the closing drawn after it ("Nơi nhận:"): Lexical cannot read a range
 * whose end is outside its root, and "Thêm ý kiến" then saw no selection. The end (or start) outside
 * the root is brought back to the last (or first) text inside it that the range covers; a selection
 * wholly outside the root is left alone.
 */
export function clampSelectionTo(root: HTMLElement | null): void {
  const selection = window.getSelection();
  if (root === null || selection === null || selection.rangeCount === 0) return;
  const range = selection.getRangeAt(0);
  const startIn = root.contains(range.startContainer);
  const endIn = root.contains(range.endContainer);
  if (startIn === endIn) return;
  const texts: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    if (n instanceof Text && n.data.trim() !== '' && range.intersectsNode(n)) texts.push(n);
  }
  const first = texts[0];
  const last = texts[texts.length - 1];
  if (first === undefined || last === undefined) return;
  const clamped = range.cloneRange();
  if (!endIn) clamped.setEnd(last, last.data.length);
  if (!startIn) clamped.setStart(first, 0);
  selection.removeAllRanges();
  selection.addRange(clamped);
}
