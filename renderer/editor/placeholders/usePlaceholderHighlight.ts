import { useEffect, type RefObject } from 'react';
import { placeholderSpans } from '../../../electron/contract/model/placeholders.ts';
import { changedTexts, textMarks, whenQuiet } from '../highlights/textMarks.ts';

/** The CSS highlight (::highlight(nq-placeholder)) the editor paints placeholders with. */
export const PLACEHOLDER_HIGHLIGHT = 'nq-placeholder';
const PAINT_AFTER_MS = 120;

type Span = ReturnType<typeof placeholderSpans>[number];
/** Each text node's placeholders as last found, with its text then: an unchanged node is not searched again. */
const found = new WeakMap<Node, { text: string; spans: Span[] }>();

function spansOf(node: Text): Span[] {
  const text = node.nodeValue ?? '';
  const known = found.get(node);
  if (known?.text === text) return known.spans;
  const spans = placeholderSpans(text);
  found.set(node, { text, spans });
  return spans;
}

/**
 * Paints what is left to write on the page (the body, the targets, the closing and the appendix
 * previews) as highlighted placeholders, a moment after the page's text stops changing (not in a
 * keystroke's frame) and only in the text nodes that changed (a long document has much text); the
 * count is kept on the root as `data-placeholders` (the page's own record, read by tests).
 */
export function usePlaceholderHighlight(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = root.current;
    if (!el) return undefined;
    const marks = textMarks(PLACEHOLDER_HIGHLIGHT, spansOf);
    const changed = new Set<Text>();
    let first = true;
    const paint = (): void => {
      changedTexts(observer.takeRecords(), changed);
      if (first) marks.all(el);
      else marks.update(changed);
      first = false;
      changed.clear();
      const count = String(marks.count());
      if (el.dataset['placeholders'] !== count) el.dataset['placeholders'] = count;
    };
    const quiet = whenQuiet(paint, PAINT_AFTER_MS);
    const observer = new MutationObserver((records) => {
      changedTexts(records, changed);
      quiet.poke();
    });
    observer.observe(el, { subtree: true, childList: true, characterData: true });
    quiet.poke();
    return () => {
      observer.disconnect();
      quiet.cancel();
      marks.dispose();
    };
  }, [root]);
}
