import type { FlowBlock } from './paginate.ts';

/**
 * What the page view keeps between two layouts of a long document, so that a keystroke re-measures
 * only the block it changed: each body block's measured lines (tops relative to the block's own
 * top, so they hold when the blocks above grow), and the text of the lines asked for. A block is
 * measured again when its DOM changed (`dirty`, from a MutationObserver), and everything when the
 * text width, the zoom or the fonts changed (`key`).
 */
export type CachedBlock = {
  block: FlowBlock;
  /** Each line's top, relative to the element's top (unzoomed as measured: screen px). */
  rel: number[];
  element: Element;
  kind: 'text' | 'rows' | 'box';
  /** The text of the lines asked for so far, by line. */
  texts: Map<number, string>;
  /** The block's whole text. */
  text: string;
};

export type MeasureCache = {
  /** The measured blocks of each top-level child of the body (a targets block has several). */
  entries: WeakMap<Element, CachedBlock[]>;
  dirty: Set<Element>;
  /** Text width and zoom the entries were measured at. */
  key: string;
  /** Blocks laid out in full off screen since (measured, or a line's text read): their layout can be forgotten (relock.ts). */
  laidOut: Set<Element>;
  /** Each measured block's height (unzoomed CSS px) as laid out in full, kept as its size while it is skipped. */
  heights: WeakMap<Element, number>;
};

export function newMeasureCache(): MeasureCache {
  return { entries: new WeakMap(), dirty: new Set(), key: '', laidOut: new Set(), heights: new WeakMap() };
}

/** Forgets every measurement when the body's width on screen (the zoom, the window) changed since. */
export function keyCache(cache: MeasureCache, body: Element): void {
  const key = String(body.getBoundingClientRect().width);
  if (key === cache.key) return;
  cache.entries = new WeakMap();
  cache.dirty.clear();
  cache.key = key;
}

/** Forgets every measurement (the fonts changed). */
export function clearCache(cache: MeasureCache): void {
  cache.key = '';
}

/** Whether a top-level child of the body must be measured (again). */
export function needsMeasure(cache: MeasureCache, child: Element): boolean {
  return cache.dirty.has(child) || !cache.entries.has(child);
}

/** The top-level body child a changed node belongs to, if any. */
function blockOf(node: Node): Element | null {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest('.nq-body > *') ?? null;
}

/**
 * Marks dirty the body blocks touched by these DOM changes. A change to the footnotes' texts marks
 * every block holding a footnote reference (its footnotes take room at the foot of its page).
 */
export function noteChanges(cache: MeasureCache, records: readonly MutationRecord[], pages: Element): void {
  for (const r of records) {
    // Blocks left out of the layout far from the screen (blockWindow.ts) have not changed.
    if (r.type === 'attributes' && r.attributeName?.startsWith('data-far')) continue;
    const block = blockOf(r.target);
    if (block) {
      cache.dirty.add(block);
      continue;
    }
    const target = r.target instanceof Element ? r.target : r.target.parentElement;
    if (!target?.closest('.footnote-list')) continue;
    for (const ref of pages.querySelectorAll('.nq-body .nq-fn')) {
      const b = blockOf(ref);
      if (b) cache.dirty.add(b);
    }
  }
}
