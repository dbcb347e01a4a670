import type { Suggestion, SuggestionAnchor } from '../../../electron/contract/model/review.ts';
import { markPlace } from './anchorPlace.ts';

/**
 * Where a review mark points on screen: the line (caret's left, top, height) of the text it is
 * about, its label for a part of the draft other than the body ("Chỉ tiêu", "Người ký"), and the
 * body text a deletion takes out (struck through by a CSS highlight).
 */
export type MarkPoint = { left: number; top: number; height: number; label: string | null; deleted: Range | null; found: Range | null };
export type MarkSpot = MarkPoint & { suggestion: Suggestion };

/** The DOM point `at` characters into `block`'s text (the end when shorter). */
function pointIn(block: Node, at: number): { node: Node; offset: number } {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let left = at;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node !== null; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    if (left <= length) return { node, offset: left };
    left -= length;
    last = node;
  }
  return last ? { node: last, offset: last.data.length } : { node: block, offset: block.childNodes.length };
}

function rangeIn(block: Node, at: number, length: number): Range {
  const range = document.createRange();
  const start = pointIn(block, at);
  range.setStart(start.node, start.offset);
  const end = length > 0 ? pointIn(block, at + length) : start;
  range.setEnd(end.node, end.offset);
  return range;
}

const upper = (s: string): string => s.normalize('NFC').toLocaleUpperCase('vi');

/** The first range of `needle` in `el`'s text (case aside: headers print in capitals), else null. */
function textRange(el: Element, needle: string): Range | null {
  const wanted = upper(needle.trim());
  if (wanted === '') return null;
  const at = upper(el.textContent ?? '').indexOf(wanted);
  return at === -1 ? null : rangeIn(el, at, wanted.length);
}

/** Where a mark anchored at `anchor` points, `needle` being the text it is about when known; null when not on the page. */
export function markPoint(root: HTMLElement, anchor: SuggestionAnchor, needle: string, deletedLength = 0): MarkPoint | null {
  const place = markPlace(anchor);
  if (!place) return null;
  if (place.kind === 'part') {
    const el = root.querySelectorAll(place.selector)[place.nth];
    if (!el) return null;
    const caret = place.at === undefined ? null : (rangeIn(el, place.at, 0).getClientRects()[0] ?? null);
    const found = textRange(el, needle);
    const r = found?.getClientRects()[0] ?? caret ?? el.getBoundingClientRect();
    return { left: r.left, top: r.top, height: Math.min(r.height, 28), label: place.label, deleted: null, found };
  }
  const block = root.querySelector('[data-testid="body-editor"]')?.children[place.block];
  if (!block) return null;
  const at = Math.min(place.at, block.textContent?.length ?? 0);
  const deleted = deletedLength > 0 && place.at !== Number.MAX_SAFE_INTEGER ? rangeIn(block, at, deletedLength) : null;
  const caret = rangeIn(block, at, 0);
  const rect = caret.getClientRects()[0] ?? block.getBoundingClientRect();
  return { left: rect.left, top: rect.top, height: Math.min(rect.height, 28), label: null, deleted, found: null };
}

/** The marks of `open` suggestions on the page under `root` (the body editor's blocks, the page's parts). */
export function markSpots(root: HTMLElement, open: readonly Suggestion[]): MarkSpot[] {
  return open.flatMap((suggestion): MarkSpot[] => {
    const point = markPoint(root, suggestion.anchor, suggestion.deleted, suggestion.deleted.length);
    return point ? [{ ...point, suggestion }] : [];
  });
}
