import { zoomOf } from './measure.ts';

/** Blocks dropped per idle slice. */
const BATCH = 60;
/** Blocks this close to the screen (px) are left alone: the browser lays them out anyway. */
const NEAR = 1500;

/** Whether the browser lays this block out anyway: it holds the caret or the selection (content-visibility: auto never skips those). */
export function holdsSelection(block: Element): boolean {
  const selection = document.getSelection();
  const anchor = selection?.anchorNode;
  const focus = selection?.focusNode;
  return !!anchor && !!focus && block.contains(anchor) && block.contains(focus);
}

/**
 * Lets the browser forget the layout of body blocks that were laid out in full off screen (to be
 * measured, or to read a page's first line) and are skipped again (content-visibility: auto).
 * Chromium keeps a skipped block's old layout, and every keystroke's layout of the body then costs
 * about twice as much on 300 pages; a block taken out of the layout tree and put back is skipped
 * from scratch. Its height is kept (contain-intrinsic-size: auto, with the height it had when
 * measured in full as the fallback: a block measured and hidden again in one task has no remembered
 * size, and the blocks below it would otherwise sit too high, with the page markers).
 */
export function forgetLayouts(blocks: Iterable<Element>, heights: WeakMap<Element, number>): void {
  const drop: { el: HTMLElement; height: number }[] = [];
  const view = window.innerHeight;
  for (const el of blocks) {
    // A block left out far from the screen (blockWindow.ts) has no layout to forget.
    if (!(el instanceof HTMLElement) || !el.isConnected || holdsSelection(el) || el.hasAttribute('data-far')) continue;
    const sheet = el.closest<HTMLElement>('.page');
    const box = el.getBoundingClientRect();
    if (!sheet || (box.bottom > -NEAR && box.top < view + NEAR)) continue;
    drop.push({ el, height: heights.get(el) ?? box.height / zoomOf(sheet) });
  }
  const first = drop[0];
  if (!first) return;
  for (const { el, height } of drop) {
    el.style.containIntrinsicSize = `auto ${height}px`;
    el.style.display = 'none';
  }
  void getComputedStyle(first.el).display; // the style pass takes the blocks out of the layout tree
  for (const { el } of drop) el.style.display = '';
}

/**
 * Runs forgetLayouts over `blocks` in the browser's idle time, a batch at a time, calling `after`
 * once a batch is done (the page view drops the DOM records of its own style changes); returns a cancel.
 */
export function forgetLayoutsWhenIdle(blocks: Set<Element>, heights: WeakMap<Element, number>, after: () => void): () => void {
  let handle = 0;
  const step = (deadline: IdleDeadline): void => {
    handle = 0;
    while (blocks.size > 0 && deadline.timeRemaining() > 4) {
      const batch = [...blocks].slice(0, BATCH);
      for (const b of batch) blocks.delete(b);
      forgetLayouts(batch, heights);
      after();
    }
    if (blocks.size > 0) handle = requestIdleCallback(step);
  };
  if (typeof requestIdleCallback !== 'function' || blocks.size === 0) return () => undefined;
  handle = requestIdleCallback(step);
  return () => {
    if (handle) cancelIdleCallback(handle);
  };
}
