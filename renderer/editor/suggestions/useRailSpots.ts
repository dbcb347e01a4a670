import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { CommentThread } from '../../../electron/contract/model/comments.ts';
import type { Suggestion } from '../../../electron/contract/model/review.ts';
import { chipHeight, NARROW, railGeometry, stackTops } from './marginRail.ts';
import { markPoint, markSpots, type MarkPoint } from './markRects.ts';

/** One mark of the rail: what it is about, the line it points at, and where its chip stands. */
export type RailItem = MarkPoint & {
  key: string;
  suggestion: Suggestion | null;
  thread: CommentThread | null;
  chipTop: number;
};
export type Rail = { left: number; width: number; narrow: boolean; items: RailItem[] };

/** The CSS highlights of the body text a reviewer's deletion takes out, and of the text a comment on a part is on. */
const DELETED = 'nq-suggest-del';
const COMMENTED = 'nq-comment-part';

const emptyRail: Rail = { left: 0, width: 0, narrow: false, items: [] };

function measure(
  el: HTMLElement,
  open: readonly Suggestion[],
  threads: readonly CommentThread[],
  drawn: ReadonlyMap<string, number>,
): Rail {
  const pane = el.getBoundingClientRect();
  // The pane's visible box, its scroll bar left out.
  // The view controls stay at the top of the pane: marks of lines under them are not shown.
  const controls = el.querySelector('[data-testid="view-controls"]')?.getBoundingClientRect();
  const top = Math.max(pane.top + 20, controls ? controls.bottom : pane.top);
  const visible = { left: pane.left, top, right: pane.left + el.clientWidth, bottom: pane.top + el.clientHeight };
  const text = el.querySelector('[data-testid="body-editor"]')?.getBoundingClientRect();
  if (!text) return emptyRail;
  const { left, width } = railGeometry(visible, text);
  const items: RailItem[] = [
    ...markSpots(el, open).map((s) => ({ ...s, key: `s${s.suggestion.id}`, thread: null, chipTop: 0 })),
    ...threads.flatMap((thread): RailItem[] => {
      const part = thread.onPart;
      const point = part ? markPoint(el, part.anchor, part.text) : null;
      return point ? [{ ...point, key: `c${thread.id}`, suggestion: null, thread, chipTop: 0 }] : [];
    }),
  ]
    // Only the marks of lines inside the scrolling page pane (not under the toolbars or the side panel).
    .filter((s) => s.top >= visible.top && s.top <= visible.bottom - 20)
    .sort((a, b) => a.top - b.top || a.left - b.left);
  const heights = items.map((s) => drawn.get(s.key) ?? chipHeight(width, s.suggestion?.author ?? s.thread?.author ?? ''));
  const tops = stackTops(
    items.map((s) => s.top),
    heights,
  );
  return { left, width, narrow: width < NARROW, items: items.map((s, i) => ({ ...s, chipTop: tops[i] ?? s.top })) };
}

/** The chips' heights as drawn, by key: the stacking uses them once known (the estimate before). */
function drawnHeights(): Map<string, number> {
  const out = new Map<string, number>();
  for (const box of document.querySelectorAll<HTMLElement>('[data-rail-key]')) out.set(box.dataset.railKey ?? '', box.offsetHeight);
  return out;
}

/** The rail of `open` suggestions and threads on parts, repainted when the page's text changes, it scrolls or the window resizes. */
export function useRailSpots(root: RefObject<HTMLElement | null>, open: readonly Suggestion[], threads: readonly CommentThread[]): Rail {
  const [rail, setRail] = useState<Rail>(emptyRail);
  const drawn = useRef(new Map<string, number>());
  // Once drawn, a chip whose height differs from the one it was stacked with moves the ones below.
  useLayoutEffect(() => {
    const now = drawnHeights();
    const changed = [...now].some(([key, h]) => drawn.current.get(key) !== h);
    drawn.current = now;
    const el = root.current;
    if (changed && el) setRail(measure(el, open, threads, now));
  }, [rail, root, open, threads]);
  useEffect(() => {
    const el = root.current;
    if (!el || (open.length === 0 && threads.length === 0)) {
      setRail(emptyRail);
      return undefined;
    }
    const registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
    let frame = 0;
    const paint = (): void => {
      frame = 0;
      const next = measure(el, open, threads, drawn.current);
      setRail(next);
      registry?.set(DELETED, new Highlight(...next.items.flatMap((s) => (s.deleted ? [s.deleted] : []))));
      registry?.set(COMMENTED, new Highlight(...next.items.flatMap((s) => (s.thread && s.found ? [s.found] : []))));
    };
    const schedule = (): void => {
      if (frame === 0) frame = requestAnimationFrame(paint);
    };
    const observer = new MutationObserver(schedule);
    observer.observe(el, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['style'] });
    const resized = new ResizeObserver(schedule);
    resized.observe(el);
    window.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule);
    schedule();
    return () => {
      observer.disconnect();
      resized.disconnect();
      window.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
      cancelAnimationFrame(frame);
      registry?.delete(DELETED);
      registry?.delete(COMMENTED);
    };
  }, [root, open, threads]);
  return rail;
}
