import { useEffect, type RefObject } from 'react';
import { placeholderSpans } from '../../../electron/contract/model/placeholders.ts';

/** The CSS highlight (::highlight(nq-placeholder)) the editor paints placeholders with. */
export const PLACEHOLDER_HIGHLIGHT = 'nq-placeholder';
const PAINT_AFTER_MS = 120;

type Span = ReturnType<typeof placeholderSpans>[number];
/** Each text node's placeholders as last found, with its text then: an unchanged node is not searched again. */
const found = new WeakMap<Node, { text: string; spans: Span[] }>();

function spansOf(node: Node): Span[] {
  const text = node.nodeValue ?? '';
  const known = found.get(node);
  if (known?.text === text) return known.spans;
  const spans = placeholderSpans(text);
  found.set(node, { text, spans });
  return spans;
}

/** Ranges over every placeholder ("…", "[… Nêu …]") in the text under `root` (fields are marked by their own attribute). */
export function placeholderRanges(root: HTMLElement): Range[] {
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    for (const span of spansOf(node)) {
      const range = document.createRange();
      range.setStart(node, span.start);
      range.setEnd(node, span.end);
      ranges.push(range);
    }
  }
  return ranges;
}

/**
 * Paints what is left to write on the page (the body, the targets, the closing and the appendix
 * previews) as highlighted placeholders, repainting after every change of the page's text; the
 * count is kept on the root as `data-placeholders` (the page's own record, read by tests).
 */
export function usePlaceholderHighlight(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = root.current;
    if (!el) return undefined;
    const registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
    let timer = 0;
    const paint = (): void => {
      timer = 0;
      const ranges = placeholderRanges(el);
      el.dataset['placeholders'] = String(ranges.length);
      registry?.set(PLACEHOLDER_HIGHLIGHT, new Highlight(...ranges));
    };
    // A moment after the change, not in the keystroke's own frame (a long document has much text to walk).
    const schedule = (): void => {
      if (timer === 0) timer = window.setTimeout(paint, PAINT_AFTER_MS);
    };
    const observer = new MutationObserver(schedule);
    observer.observe(el, { subtree: true, childList: true, characterData: true });
    schedule();
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
      registry?.delete(PLACEHOLDER_HIGHLIGHT);
    };
  }, [root]);
}
