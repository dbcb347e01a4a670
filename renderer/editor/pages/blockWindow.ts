import { isFar as farOf, registerWindow } from './farBlocks.ts';
import { zoomOf } from './measure.ts';

/**
 * Only the body blocks near the screen are in the browser's layout tree. A long document's ~1,200
 * blocks, even skipped by content-visibility: auto, each cost Chromium something every frame (its
 * containment and paint layer, the proximity check, the hover hit test, the commit): with the far
 * ones left out (display: none, marked data-far) a keystroke's frame no longer grows with the
 * document. Their room is kept by two spacers, the body's ::before and ::after (--far-above,
 * --far-below), sized from each block's height and the space after it, as last laid out
 * (`Geometry`), so nothing on screen moves. The window follows the scroll (a frame at a time, with
 * room to spare so that fast scrolling shows text, not blank page), the caret (Ctrl+Home/End too:
 * plugins/Shortcuts/bodyEdges.ts), and anything scrolled into view through reveal(); it is set
 * aside while the pages are measured (suspend/resume), and never applies to print (page.css).
 */
type Geometry = { height: number; gap: number };

/** A body of fewer blocks (some 50 pages) is laid out whole: what it costs a frame is small. */
const MIN_BLOCKS = 200;
/** Blocks within this many screens of the visible part are always laid out; when the screen nears an edge, the window is moved to this… */
const NEED_SCREENS = 1;
/** …many screens either side. */
const SHOW_SCREENS = 2.5;

export type BlockWindow = {
  /** Lays every block out again (measuring the pages needs their true places). */
  suspend: () => void;
  /** Takes the geometry of every block (all laid out) and leaves out the far ones again. */
  resume: () => void;
  /** Whether blocks are left out now. */
  active: () => boolean;
  /** Takes the geometry of the blocks laid out, for topOf (before the pages are measured without laying out the far ones). */
  prepare: () => void;
  /** The part of the body's sheet whose blocks are laid out, in CSS px from the sheet's top (unzoomed); null when all are. */
  laidOut: () => LaidOut | null;
  dispose: () => void;
};

/** The laid-out part of the sheet holding the body: what is drawn over the sheet elsewhere is off screen (PageMarkers). */
export type LaidOut = { sheet: Element; top: number; bottom: number };

/** Fired on the document when blocks are left out of the layout or laid out again (what is painted over text follows: highlights/textMarks.ts). */
export const BLOCKS_MOVED = 'nq-blocks-moved';
export type BlocksMoved = { shown: Element[]; hidden: Element[] };

function toggleFar(blocks: Iterable<Element>, far: (block: Element, i: number) => boolean): void {
  const moved: BlocksMoved = { shown: [], hidden: [] };
  let i = 0;
  for (const c of blocks) {
    const now = far(c, i);
    i += 1;
    if (now === farOf(c)) continue;
    c.toggleAttribute('data-far', now);
    (now ? moved.hidden : moved.shown).push(c);
  }
  if (moved.shown.length > 0 || moved.hidden.length > 0) {
    document.dispatchEvent(new CustomEvent<BlocksMoved>(BLOCKS_MOVED, { detail: moved }));
  }
}

/** Every block laid out, no spacers. */
function showNone(body: HTMLElement): void {
  toggleFar(body.children, () => false);
  body.removeAttribute('data-far-above');
  body.removeAttribute('data-far-below');
}

/** The window over the body blocks of `pages` (the page view's sheets), scrolled in `pane`. */
export function blockWindow(pages: HTMLElement): BlockWindow {
  const geometry = new WeakMap<Element, Geometry>();
  let firstTop = 0;
  let active = false;
  let frame = 0;
  let laidOut: LaidOut | null = null;
  /** Each block's top as prepare() found it (screen px from the sheet's top). */
  const tops = new Map<Element, number>();
  const body = (): HTMLElement | null => pages.querySelector<HTMLElement>(':scope > .page .nq-body');
  const pane = (): Element => pages.closest('.page-scroll') ?? document.documentElement;
  /** The visible part of the scrolling pane, on screen. */
  const viewOf = (): { top: number; bottom: number; height: number } => {
    const el = pane();
    return el === document.documentElement ? { top: 0, bottom: innerHeight, height: innerHeight } : el.getBoundingClientRect();
  };

  /** Heights and gaps of the blocks laid out now (all of them when `all`), in CSS px unzoomed; the first block's top in its sheet. */
  const record = (el: HTMLElement, zoom: number, all = false): void => {
    const sheetTop = (el.closest('.page') ?? el).getBoundingClientRect().top;
    const children = [...el.children];
    const boxes = children.map((c) => (all || !farOf(c) ? c.getBoundingClientRect() : null));
    const end = el.getBoundingClientRect().bottom;
    children.forEach((c, i) => {
      const box = boxes[i];
      if (!box) return;
      const last = i === children.length - 1;
      const next = last ? null : boxes[i + 1];
      const gap = last ? end - box.bottom : next ? next.top - box.bottom : (geometry.get(c)?.gap ?? 0) * zoom;
      geometry.set(c, { height: box.height / zoom, gap: gap / zoom });
      if (i === 0) firstTop = (box.top - sheetTop) / zoom;
    });
  };

  /** The blocks [from, to] to lay out: those within `screens` of the visible part (or of `around`), and the one holding the caret. */
  const wanted = (el: HTMLElement, zoom: number, screens: number, around?: Element): [number, number] => {
    const sheetTop = (el.closest('.page') ?? el).getBoundingClientRect().top;
    const children = [...el.children];
    // Where each block is (screen px from the sheet's top), from the geometry: blocks left out have no box.
    const tops: number[] = [];
    const bottoms: number[] = [];
    let y = firstTop * zoom;
    for (const c of children) {
      const g = geometry.get(c) ?? { height: 0, gap: 0 };
      tops.push(y);
      y += g.height * zoom;
      bottoms.push(y);
      y += g.gap * zoom;
    }
    const view = viewOf();
    const height = Math.max(view.height, 200);
    const at = around ? children.indexOf(around) : -1;
    const from = (at >= 0 ? (tops[at] ?? 0) : view.top - sheetTop) - height * screens;
    const to = (at >= 0 ? (bottoms[at] ?? 0) : view.bottom - sheetTop) + height * screens;
    const anchor = document.getSelection()?.anchorNode;
    const caret = at < 0 && anchor ? (anchor instanceof Element ? anchor : anchor.parentElement)?.closest('.nq-body > *') : null;
    let first = -1;
    let last = -1;
    children.forEach((c, i) => {
      const near = (bottoms[i] ?? 0) >= from && (tops[i] ?? 0) <= to;
      if (near || c === caret) {
        first = first < 0 ? i : first;
        last = i;
      }
    });
    return first < 0 ? [0, -1] : [first, last];
  };

  /** Leaves out the blocks outside [from, to], with spacers sized so that the ones kept stay where they are. */
  const apply = (el: HTMLElement, zoom: number, [from, to]: [number, number]): void => {
    const children = [...el.children];
    const sum = (a: number, b: number): number => {
      let total = 0;
      for (let i = a; i < b; i++) {
        const g = geometry.get(children[i] as Element);
        total += (g?.height ?? 0) + (g?.gap ?? 0);
      }
      return total;
    };
    const first = children[from];
    const last = children[to];
    const sheet = el.closest('.page');
    const above = sum(0, from);
    laidOut = first && last && sheet ? { sheet, top: firstTop + above, bottom: firstTop + above + sum(from, to + 1) } : null;
    toggleFar(children, (_, i) => i < from || i > to);
    if (!first || !last) return;
    const below = sum(to + 1, children.length) + (geometry.get(last)?.gap ?? 0);
    el.style.setProperty('--far-above', `${above}px`);
    el.style.setProperty('--far-below', `${below}px`);
    el.toggleAttribute('data-far-above', from > 0);
    el.toggleAttribute('data-far-below', to < children.length - 1);
    // The spacers' margins and the blocks' collapse differently from the blocks they stand for: put right what is off.
    const sheetTop = (el.closest('.page') ?? el).getBoundingClientRect().top;
    const top = first.getBoundingClientRect().top - sheetTop;
    const bottom = last.getBoundingClientRect().bottom;
    const end = el.getBoundingClientRect().bottom;
    const wantTop = (firstTop + above) * zoom;
    const wantEnd = bottom + below * zoom;
    if (from > 0) el.style.setProperty('--far-above', `${Math.max(0, above + (wantTop - top) / zoom)}px`);
    if (to < children.length - 1) el.style.setProperty('--far-below', `${Math.max(0, below + (wantEnd - end) / zoom)}px`);
  };

  /** Moves the window if the screen (or the caret, or `around`) came near its edge. */
  const update = (around?: Element): void => {
    frame = 0;
    const el = body();
    if (!el || !active || pages.hasAttribute('data-all-blocks')) return;
    const sheet = el.closest<HTMLElement>('.page');
    if (!sheet) return;
    const zoom = zoomOf(sheet);
    record(el, zoom);
    const [a, b] = wanted(el, zoom, NEED_SCREENS, around);
    const children = [...el.children];
    const covered = b >= a && children.slice(a, b + 1).every((c) => !farOf(c));
    if (covered && !around) return;
    apply(el, zoom, wanted(el, zoom, SHOW_SCREENS, around));
  };

  const later = (): void => {
    if (!frame && active) frame = requestAnimationFrame(() => update());
  };
  const showAll = (): void => {
    const el = body();
    if (!el || pages.hasAttribute('data-all-blocks')) return;
    const sheet = el.closest<HTMLElement>('.page');
    if (sheet && active) record(el, zoomOf(sheet));
    pages.toggleAttribute('data-all-blocks', true);
  };
  const onSelection = (): void => {
    if (!active || pages.hasAttribute('data-all-blocks')) return;
    const caret = document.getSelection()?.anchorNode;
    const block = caret instanceof Node ? (caret instanceof Element ? caret : caret.parentElement)?.closest('.nq-body > [data-far]') : null;
    if (!block || !pages.contains(block)) return;
    update(block);
    (caret instanceof Element ? caret : caret?.parentElement)?.scrollIntoView({ block: 'center' });
  };
  const scroller = pane();
  const target: EventTarget = scroller === document.documentElement ? window : scroller;
  target.addEventListener('scroll', later, { passive: true });
  document.addEventListener('selectionchange', onSelection);

  const handle: BlockWindow = {
    suspend: () => {
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      if (active) showAll();
    },
    resume: () => {
      const el = body();
      const sheet = el?.closest<HTMLElement>('.page');
      if (!el || !sheet) return;
      if (el.childElementCount < MIN_BLOCKS) {
        active = false;
        laidOut = null;
        showNone(el);
        return;
      }
      const zoom = zoomOf(sheet);
      // Every block is laid out now (measured, or skipped at the height it was measured at): take them all.
      pages.toggleAttribute('data-all-blocks', true);
      record(el, zoom, true);
      const range = wanted(el, zoom, SHOW_SCREENS);
      pages.toggleAttribute('data-all-blocks', false);
      active = true;
      apply(el, zoom, range);
    },
    active: () => active,
    laidOut: () => (active ? laidOut : null),
    prepare: () => {
      const el = body();
      const sheet = el?.closest<HTMLElement>('.page');
      tops.clear();
      if (!el || !sheet || !active) return;
      const zoom = zoomOf(sheet);
      record(el, zoom);
      let y = firstTop * zoom;
      for (const c of el.children) {
        const g = geometry.get(c) ?? { height: 0, gap: 0 };
        tops.set(c, y);
        y += (g.height + g.gap) * zoom;
      }
    },
    dispose: () => {
      target.removeEventListener('scroll', later);
      document.removeEventListener('selectionchange', onSelection);
      if (frame) cancelAnimationFrame(frame);
      registerWindow(pages, null);
      laidOut = null;
      const el = body();
      if (el) showNone(el);
    },
  };
  registerWindow(pages, {
    topOf: (block) => (active && farOf(block) ? (tops.get(block) ?? null) : null),
    reveal: (block) => {
      if (active) update(block);
    },
  });
  return handle;
}
