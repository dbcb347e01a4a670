import { useEffect, type RefObject } from 'react';
import { placeholderSpans } from '../../../electron/contract/model/placeholders.ts';

/** The CSS highlight (::highlight(nq-placeholder)) the editor paints placeholders with. */
export const PLACEHOLDER_HIGHLIGHT = 'nq-placeholder';

/** Ranges over every placeholder ("…", "[… Nêu …]") in the text under `root` (fields are marked by their own attribute). */
export function placeholderRanges(root: HTMLElement): Range[] {
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    for (const span of placeholderSpans(node.nodeValue ?? '')) {
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
    let frame = 0;
    const paint = (): void => {
      frame = 0;
      const ranges = placeholderRanges(el);
      el.dataset['placeholders'] = String(ranges.length);
      registry?.set(PLACEHOLDER_HIGHLIGHT, new Highlight(...ranges));
    };
    const schedule = (): void => {
      if (frame === 0) frame = requestAnimationFrame(paint);
    };
    const observer = new MutationObserver(schedule);
    observer.observe(el, { subtree: true, childList: true, characterData: true });
    schedule();
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      registry?.delete(PLACEHOLDER_HIGHLIGHT);
    };
  }, [root]);
}
