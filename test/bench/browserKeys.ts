import type { Page } from 'playwright-core';
import type { WebAddress } from '../e2e/support/app.ts';
import { prng } from './random.ts';

/**
 * Keystroke latency in the editor, measured two ways (see browser.ts for the rows).
 *
 * Paced (Chromium as it ships): from keydown's `timeStamp` to the first animation frame after the
 * body's DOM changed. Headless Chromium begins frames on a 60 Hz beat, so this includes the wait for
 * the next beat, which for a key arriving at a random moment is uniform over 0–16.7 ms: with no
 * work at all its p95 is already ~15.9 ms (PACED_FLOOR_MS), so it cannot show whether the work fits.
 *
 * Drawn (frames not held to the beat, UNPACED_ARGS): from keydown's `timeStamp` to the end of the
 * frame that shows the key: the first animation frame after the DOM changed, then a task posted
 * from it through a MessageChannel, which runs once that frame's style, layout, paint and commit
 * are done. With no beat to wait for, the frame starts as soon as the main thread is free, so this
 * is the key's handling (keydown, beforeinput, input, Lexical's update and whatever else runs
 * before the frame) plus that frame's main-thread work: browserTrace.ts (`UNPACED=1`) checks the
 * sum against a trace, key by key.
 */
export const PACED_FLOOR_MS = 16.7 * 0.95;

/** Chromium switches that let frames run back to back instead of on the 60 Hz beat (checked by unpacedFrameInterval). */
export const UNPACED_ARGS = ['--disable-frame-rate-limit', '--disable-gpu-vsync'] as const;

/** Per keystroke, in ms from keydown's timeStamp: the DOM changed, the frame began (rAF), the frame was done (task after it). */
export type KeySample = { dom: number; frame: number; drawn: number };
type Probe = { __keys?: KeySample[] };
/** The performance measure each key leaves (keydown → frame done), for the trace to find. */
export const KEY_MEASURE = 'soan-nq:key';

/** Installed in the page (page.evaluate) once the caret is in the body: records a KeySample per key. */
export function installKeyProbe(measureName: string): void {
  const keys: KeySample[] = [];
  (window as Probe).__keys = keys;
  const body = document.querySelector('[data-testid=body-editor]');
  if (!body) throw new Error('no body editor');
  let pending: number | null = null;
  document.addEventListener('keydown', (e) => (pending = e.timeStamp), true);
  new MutationObserver(() => {
    if (pending === null) return;
    const start = pending;
    const dom = performance.now() - start;
    pending = null;
    requestAnimationFrame(() => {
      const frame = performance.now() - start;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const end = performance.now();
        keys.push({ dom, frame, drawn: end - start });
        performance.measure(measureName, { start, end });
        channel.port1.close();
      };
      channel.port2.postMessage(null);
    });
  }).observe(body, { subtree: true, childList: true, characterData: true });
}

/** The keys recorded so far by installKeyProbe, once at least `count` are in. */
export async function keySamples(page: Page, count: number): Promise<KeySample[]> {
  await page.waitForFunction((n) => ((window as Probe).__keys ?? []).length >= n, count, { timeout: 10_000 });
  return page.evaluate(() => (window as Probe).__keys ?? []);
}

const WORDS = 'tang cuong kiem tra giam sat '.split(' ').filter((w) => w !== '');

/**
 * Types `count` words as a person does, a key every 30 ms and a pause after each word (ASCII: each
 * character is a real keydown); returns the number of keys typed.
 */
export async function typeWords(page: Page, count: number, pauseMs: number): Promise<number> {
  let typed = 0;
  for (let i = 0; i < count; i++) {
    const word = ` ${WORDS[i % WORDS.length] ?? 'a'}`;
    await page.keyboard.type(word, { delay: 30 });
    typed += word.length;
    await page.waitForTimeout(pauseMs);
  }
  return typed;
}

/**
 * The gaps between keys of a hesitant typist (ms): log-normal, median 280 ms (about 40 words a
 * minute), most between 0,12 and 0,75 s and now and then over a second (thinking, a Telex tone key
 * looked for), the same every run (seeded). The page view lays the pages out once the body has been
 * still a moment, and autosave after 1 s: some keys land just as that work starts, which typing at
 * 30 ms a key with fixed pauses never shows.
 */
export const HESITANT_GAPS_MS: readonly number[] = (() => {
  const random = prng(2026);
  return Array.from({ length: 40 }, () => {
    // Box–Muller: a normal draw from two uniform ones.
    const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    return Math.round(280 * Math.exp(0.55 * normal));
  });
})();

/** Types `count` single keys (the bench's words, letter by letter) with `gaps` (ms) between them in turn; returns `count`. */
export async function typeWithGaps(page: Page, count: number, gaps: readonly number[]): Promise<number> {
  const text = ` ${WORDS.join(' ')}`;
  for (let i = 0; i < count; i++) {
    await page.keyboard.type(text[i % text.length] ?? 'a');
    await page.waitForTimeout(gaps[i % gaps.length] ?? 300);
  }
  return count;
}

/**
 * The median interval between animation frames on a page that changes something every frame: ~16.7 ms
 * when frames keep the 60 Hz beat, a few ms when UNPACED_ARGS took effect. (An unchanging page is
 * no test: Chromium throttles frames with no damage back to the beat even with the switches.)
 */
export async function frameInterval(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const box = document.createElement('div');
        document.body.append(box);
        const times: number[] = [];
        const tick = () => {
          times.push(performance.now());
          box.textContent = String(times.length);
          if (times.length < 120) {
            requestAnimationFrame(tick);
            return;
          }
          box.remove();
          const gaps = times
            .slice(1)
            .map((t, i) => t - (times[i] ?? t))
            .sort((a, b) => a - b);
          resolve(gaps[Math.floor(gaps.length / 2)] ?? Number.NaN);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/**
 * As a person does it: the page pane scrolled to the middle of the document (its scroll bar dragged),
 * then a click on a paragraph on screen there; the mouse stays over the text.
 */
export async function clickInTheMiddle(page: Page): Promise<void> {
  await page.locator('.page-scroll').evaluate((el) => el.scrollTo({ top: (el.scrollHeight - el.clientHeight) / 2 }));
  // The paragraph nearest the middle of the pane, once the blocks there are laid out.
  const found = await page.waitForFunction(() => {
    const pane = document.querySelector('.page-scroll')?.getBoundingClientRect();
    if (!pane) return null;
    const middle = (pane.top + pane.bottom) / 2;
    let best = -1;
    let distance = Number.POSITIVE_INFINITY;
    Array.from(document.querySelectorAll('[data-testid=body-editor] > p')).forEach((p, i) => {
      const r = p.getBoundingClientRect();
      const d = Math.abs((r.top + r.bottom) / 2 - middle);
      if (r.height > 0 && r.top >= pane.top + 40 && r.bottom <= pane.bottom && d < distance) {
        best = i;
        distance = d;
      }
    });
    return best < 0 ? null : best;
  });
  await page
    .getByTestId('body-editor')
    .locator(':scope > p')
    .nth((await found.jsonValue()) ?? 0)
    .click();
}

/** The page's memory of the open document: navigating to "/" opens it straight away. */
export const LAST_OPEN = 'soan-nq:last-open';

/**
 * Opens the stored draft `draftId` in the page view, as the bench's rows type in it: the home
 * screen first (the page remembers the document to open), then "/", until more than `pages`
 * pages are laid out (the long body is loaded in chunks).
 */
export async function openLongDraft(page: Page, app: { web: WebAddress }, draftId: number, pages = 200): Promise<void> {
  await page.goto(app.web.url);
  await page.getByTestId('home').waitFor();
  await page.evaluate(([key, id]) => sessionStorage.setItem(key, id), [LAST_OPEN, String(draftId)] as const);
  await page.goto(`http://127.0.0.1:${app.web.port}/`);
  await page.waitForFunction(
    (n) => Number(document.querySelector('[data-testid=page-count]')?.getAttribute('data-pages') ?? 0) > n,
    pages,
    { timeout: 60_000 },
  );
}
