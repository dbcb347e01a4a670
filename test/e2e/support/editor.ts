import type { Locator, Page } from 'playwright-core';

export type SaveStateKind = 'saved' | 'dirty' | 'saving' | 'error' | 'conflict';
type Transition = { state: string; at: number };
type Tracked = { __saveStates?: Transition[] };

/**
 * Records every change of the save indicator's data-state with its time (performance.now()),
 * on this page and after every reload, so that a test can ask "saved since that edit?" without
 * racing the autosave's debounce.
 */
export async function trackSaveStates(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: { state: string; at: number }[] = [];
    (window as Tracked).__saveStates = log;
    let last: string | null = null;
    const look = (): void => {
      const state = document.querySelector('[data-testid=save-state]')?.getAttribute('data-state') ?? null;
      if (state !== null && state !== last) log.push({ state, at: performance.now() });
      last = state;
    };
    new MutationObserver(look).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
  });
}

/** The page's clock, to mark the moment before an edit. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** The save indicator as shown: its data-state and its text ("Đã lưu lúc 14:05"). */
export async function saveState(page: Page): Promise<{ state: string | null; text: string }> {
  const el = page.getByTestId('save-state');
  return { state: await el.getAttribute('data-state'), text: (await el.textContent()) ?? '' };
}

/** The data-states the indicator went through since `since` (page clock). */
export function saveStatesSince(page: Page, since: number): Promise<string[]> {
  return page.evaluate((t) => ((window as Tracked).__saveStates ?? []).filter((e) => e.at >= t).map((e) => e.state), since);
}

/**
 * Waits until an edit made after `since` is saved: the indicator left "saved" after that moment
 * (the edit was noticed) and now shows "Đã lưu lúc …" (the store confirmed the write). Needs
 * trackSaveStates. Returns the indicator's text.
 */
export async function waitForSavedSince(page: Page, since: number, timeout = 15_000): Promise<string> {
  await page.waitForFunction(
    (t) => {
      const log = (window as Tracked).__saveStates ?? [];
      const el = document.querySelector('[data-testid=save-state]');
      return (
        log.some((e) => e.at >= t && e.state !== 'saved') &&
        el?.getAttribute('data-state') === 'saved' &&
        /^Đã lưu lúc \d{1,2}:\d{2}/.test(el.textContent ?? '')
      );
    },
    since,
    { timeout },
  );
  return (await page.getByTestId('save-state').textContent()) ?? '';
}

/** Waits until the save indicator shows `state`. */
export async function waitForSaveState(page: Page, state: SaveStateKind, timeout = 15_000): Promise<void> {
  await page.waitForFunction((s) => document.querySelector('[data-testid=save-state]')?.getAttribute('data-state') === s, state, {
    timeout,
  });
}

/** The body's blocks as text, in order (what the editor shows). */
export function bodyBlockTexts(page: Page): Promise<string[]> {
  return page.getByTestId('body-editor').evaluate((el) => Array.from(el.children, (c) => c.textContent ?? ''));
}

/**
 * Puts the caret at the very end of a block of the body (End only reaches the end of the visual
 * line of a wrapped paragraph): clicks into the body, then collapses the DOM selection after the
 * block's last character, which Lexical takes over as its own selection.
 */
export async function caretToEndOf(block: Locator): Promise<void> {
  await block.click();
  await block.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) last = n as Text;
    const selection = window.getSelection();
    if (last) selection?.collapse(last, last.length);
    else selection?.collapse(el, el.childNodes.length);
  });
  // Lexical reads the new selection on selectionchange: let it arrive.
  await block.page().evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
}
