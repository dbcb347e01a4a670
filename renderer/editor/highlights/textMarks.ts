import { BLOCKS_MOVED, type BlocksMoved } from '../pages/blockWindow.ts';
import { inputWaiting } from '../../app/inputWaiting.ts';
import { quietTimer } from '../../app/quietTimer.ts';

/** A stretch of one text node's text to mark: [start, end). */
export type Span = { start: number; end: number };

/**
 * A CSS highlight (::highlight(name)) kept per text node, so that a keystroke in a 300-page body
 * looks again at the text nodes it changed instead of the whole page: the ranges of a changed node
 * are replaced, the others stay, and the one Highlight object is updated in place (no new ranges
 * for unchanged text, so nothing piles up for the garbage collector).
 */
export type TextMarks = {
  /** Marks again these text nodes, and forgets the nodes no longer in the page. */
  update: (nodes: Iterable<Text>) => void;
  /** Marks again every text node under `root` (after opening, or when what counts as a mark changed). */
  all: (root: Node) => void;
  /** How many stretches are marked (in `node` only, when given). */
  count: (node?: Text) => number;
  /** Unmarks everything and takes the highlight off the page. */
  dispose: () => void;
};

/**
 * Text in a body block left out of the layout far from the screen (pages/blockWindow.ts) is not
 * marked until the block is laid out again: every range in the page costs each keystroke's frame
 * something, and nobody sees the marks of a block that is not there.
 */
const isFar = (node: Text): boolean => (node.parentElement?.closest('[data-far]') ?? null) !== null;

function textsUnder(root: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) out.push(node as Text);
  return out;
}

const canHighlight = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

export type TextMarksOptions = {
  /** At most this many stretches in all (past that the rest of a long document is left unmarked). */
  limit?: number;
  /**
   * Whether the text marked is the body's, whose blocks are laid out and left out as the page
   * scrolls (BLOCKS_MOVED): true by default; false for text elsewhere (the fields' spell mirrors),
   * which then costs a scroll nothing.
   */
  followBlocks?: boolean;
};

/** Marks what `find` finds in each text node. */
export function textMarks(name: string, find: (node: Text) => readonly Span[], options: TextMarksOptions = {}): TextMarks {
  const { limit = Number.POSITIVE_INFINITY, followBlocks = true } = options;
  const highlight = canHighlight() ? new Highlight() : null;
  if (highlight) CSS.highlights.set(name, highlight);
  const byNode = new Map<Text, Range[]>();
  let total = 0;

  const unmark = (node: Text): void => {
    const old = byNode.get(node);
    if (!old) return;
    for (const r of old) highlight?.delete(r);
    total -= old.length;
    byNode.delete(node);
  };
  /**
   * Marks a node again. A range still over the same stretch is kept as it is (a Range follows its
   * text's edits): taking it off and putting an equal one back would repaint the mark for nothing.
   */
  const mark = (node: Text): void => {
    const old = byNode.get(node) ?? [];
    const spans = node.isConnected && !isFar(node) ? find(node) : [];
    total -= old.length;
    const kept = new Set<Range>();
    const ranges: Range[] = [];
    for (const span of spans) {
      if (total + ranges.length >= limit) break;
      let range = old.find(
        (r) =>
          !kept.has(r) && r.startContainer === node && r.endContainer === node && r.startOffset === span.start && r.endOffset === span.end,
      );
      if (range) kept.add(range);
      else {
        range = document.createRange();
        range.setStart(node, span.start);
        range.setEnd(node, span.end);
        highlight?.add(range);
      }
      ranges.push(range);
    }
    for (const r of old) if (!kept.has(r)) highlight?.delete(r);
    if (ranges.length > 0) byNode.set(node, ranges);
    else byNode.delete(node);
    total += ranges.length;
  };
  const clear = (): void => {
    highlight?.clear();
    byNode.clear();
    total = 0;
  };
  const moved = (e: Event): void => {
    const { shown, hidden } = (e as CustomEvent<BlocksMoved>).detail;
    for (const block of hidden) for (const node of textsUnder(block)) unmark(node);
    for (const block of shown) for (const node of textsUnder(block)) mark(node);
  };
  if (followBlocks) document.addEventListener(BLOCKS_MOVED, moved);

  return {
    update(nodes) {
      for (const node of [...byNode.keys()]) if (!node.isConnected) unmark(node);
      for (const node of nodes) mark(node);
    },
    all(root) {
      clear();
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null && total < limit; node = walker.nextNode()) mark(node as Text);
    },
    count: (node) => (node ? (byNode.get(node)?.length ?? 0) : total),
    dispose() {
      if (followBlocks) document.removeEventListener(BLOCKS_MOVED, moved);
      clear();
      if (highlight && CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    },
  };
}

/** The text nodes these DOM changes touched: changed text, and every text node under what was added. */
export function changedTexts(records: readonly MutationRecord[], into: Set<Text> = new Set()): Set<Text> {
  const add = (node: Node): void => {
    if (node instanceof Text) {
      into.add(node);
      return;
    }
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t !== null; t = walker.nextNode()) into.add(t as Text);
  };
  for (const r of records) {
    if (r.type === 'characterData') add(r.target);
    else r.addedNodes.forEach(add);
  }
  return into;
}

/**
 * Runs `work` once the page has been still for `quietMs` (each change pushes it back), in the
 * browser's idle time when it has some (at most `quietMs` later, and after a key that is waiting): a keystroke never waits for it.
 * Returns `poke` (something changed) and `cancel`.
 */
export function whenQuiet(work: () => void, quietMs: number): { poke: () => void; cancel: () => void } {
  let idle = 0;
  const run = (): void => {
    if (typeof requestIdleCallback === 'function') {
      idle = requestIdleCallback(
        (deadline) => {
          idle = 0;
          // A key arrived meanwhile: it goes first, and the work waits for the next idle moment.
          if (!deadline.didTimeout && inputWaiting()) run();
          else work();
        },
        { timeout: quietMs },
      );
    } else work();
  };
  const timer = quietTimer(run, quietMs);
  const cancelIdle = (): void => {
    if (idle) cancelIdleCallback(idle);
    idle = 0;
  };
  return {
    poke() {
      cancelIdle();
      timer.poke();
    },
    cancel() {
      cancelIdle();
      timer.cancel();
    },
  };
}
