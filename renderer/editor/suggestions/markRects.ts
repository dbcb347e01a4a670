import type { Suggestion } from '../../../electron/contract/model/review.ts';
import { markPlace } from './anchorPlace.ts';

/** Where each open suggestion's mark stands on screen, and the body text a deletion takes out. */
export type MarkSpot = { suggestion: Suggestion; left: number; top: number; label: string | null; deleted: Range | null };

/** The DOM point `at` characters into `block`'s text (the end when shorter). */
function pointIn(block: Element, at: number): { node: Node; offset: number } {
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

function rangeIn(block: Element, at: number, length: number): Range {
  const range = document.createRange();
  const start = pointIn(block, at);
  range.setStart(start.node, start.offset);
  const end = length > 0 ? pointIn(block, at + length) : start;
  range.setEnd(end.node, end.offset);
  return range;
}

/** The marks of `open` suggestions on the page under `root` (the body editor's blocks, the page's parts). */
export function markSpots(root: HTMLElement, open: readonly Suggestion[]): MarkSpot[] {
  const body = root.querySelector('[data-testid="body-editor"]');
  return open.flatMap((suggestion): MarkSpot[] => {
    const place = markPlace(suggestion.anchor);
    if (!place) return [];
    if (place.kind === 'part') {
      const el = root.querySelectorAll(place.selector)[place.nth];
      if (!el) return [];
      const r = el.getBoundingClientRect();
      return [{ suggestion, left: r.right, top: r.top, label: place.label, deleted: null }];
    }
    const block = body?.children[place.block];
    if (!block) return [];
    const at = Math.min(place.at, block.textContent?.length ?? 0);
    const deleted = suggestion.deleted && place.at !== Number.MAX_SAFE_INTEGER ? rangeIn(block, at, suggestion.deleted.length) : null;
    const caret = rangeIn(block, at, 0);
    const rect = caret.getClientRects()[0] ?? block.getBoundingClientRect();
    return [{ suggestion, left: rect.left, top: rect.top, label: null, deleted }];
  });
}
