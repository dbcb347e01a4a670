/**
 * What the rest of the page view needs to know of the body blocks left out of the layout far from
 * the screen (blockWindow.ts): which they are, where they would be, and how to lay some out for a
 * moment (to read a page's first line) or for good (before scrolling to them).
 */
export type FarWindow = {
  /** Where a block left out would be: the top of its box, in screen px from its sheet's top; null when it is laid out. */
  topOf: (block: Element) => number | null;
  /** Lays out the blocks around `block` at once. */
  reveal: (block: Element) => void;
};

const windows = new WeakMap<Element, FarWindow>();

export function registerWindow(pages: Element, window: FarWindow | null): void {
  if (window) windows.set(pages, window);
  else windows.delete(pages);
}

/** Whether a body block is left out of the layout. */
export const isFar = (block: Element): boolean => block.hasAttribute('data-far');

/** The top of a body block left out, in screen px from its sheet's top, from the window's geometry; null when it is laid out. */
export function farTop(block: Element): number | null {
  if (!isFar(block)) return null;
  const pages = block.closest('.pages');
  return pages ? (windows.get(pages)?.topOf(block) ?? null) : null;
}

/** Lays out the body block holding `el` if it was left out, so that it can be scrolled to. */
export function reveal(el: Element): void {
  const block = el.closest('.nq-body > [data-far]');
  const pages = block?.closest('.pages');
  if (block && pages) windows.get(pages)?.reveal(block);
}

/** Scrolls `el` into view, anywhere on the page view: its block laid out first when it was left out. */
export function bringIntoView(el: Element, options: ScrollIntoViewOptions): void {
  reveal(el);
  el.scrollIntoView(options);
}

/** Runs `read` with these blocks laid out in full for the moment (wherever they land: read them relative to themselves). */
export function withShown<T>(blocks: readonly Element[], read: () => T): T {
  for (const b of blocks) b.classList.add('nq-measuring');
  try {
    return read();
  } finally {
    for (const b of blocks) b.classList.remove('nq-measuring');
  }
}
