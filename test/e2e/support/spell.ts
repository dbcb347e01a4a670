import type { Page } from 'playwright-core';

/** The words a CSS highlight paints as misspelt ('nq-spell' in the body, 'nq-spell-field' in the fields). */
export function underlined(page: Page, highlight: string): Promise<string[]> {
  return page.evaluate(
    (name) => [...((CSS.highlights as unknown as Map<string, Set<Range>>).get(name) ?? [])].map((r) => r.toString()),
    highlight,
  );
}

/** The centre on screen of the first `word` in the text under the elements `within` selects (the body editor, the fields' mirrors). */
export function wordCentre(page: Page, word: string, within: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ w, selector }) => {
      for (const root of Array.from(document.querySelectorAll(selector))) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
          const at = (n.textContent ?? '').indexOf(w);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(n, at);
          range.setEnd(n, at + w.length);
          const r = range.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
      }
      throw new Error(`không thấy "${w}"`);
    },
    { w: word, selector: within },
  );
}
