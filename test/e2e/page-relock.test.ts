import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { longResolution } from '../bench/longDocument.ts';
import { storeAsDraft } from '../pages/editorPages.ts';
import type { App } from './support/app.ts';
import { hasChromium, type Browser } from './support/chromium.ts';
import { useBrowserApp } from './support/browserApp.ts';
import { openDocument } from './support/draft.ts';

/**
 * A long document's blocks, laid out in full once to be measured, are taken out of the layout
 * tree and put back while the page is idle (pages/relock.ts), so that a keystroke's layout does
 * not pay for them: the page must not move for it (same markers, same first lines, same height).
 */
const run = hasChromium();

let app: App;
let browser: Browser;

type Marks = { height: number; relocked: number; lines: string[]; tops: number[] };

/** The body's height, how many blocks were relocked, and each marker of the first sheet: its first line and its top. */
const read = (page: Page): Promise<Marks> =>
  page.evaluate(() => {
    const marks = Array.from(document.querySelectorAll<HTMLElement>('.pages > .page:not(.appendix-page) [data-testid=page-marker]'));
    return {
      height: document.querySelector('[data-testid=body-editor]')?.getBoundingClientRect().height ?? 0,
      relocked: document.querySelectorAll('.nq-body > [style*="contain-intrinsic-size"]').length,
      lines: marks.map((m) => `${m.dataset['page']} ${m.dataset['firstLine']}`),
      tops: marks.map((m) => parseFloat(m.style.top)),
    };
  });

/** Waits until the markers have not changed for a while (layout runs a moment after a change, relocking in idle time). */
async function settled(page: Page): Promise<Marks> {
  let last = '';
  for (let stable = 0; stable < 3;) {
    await page.waitForTimeout(500);
    const now = JSON.stringify(await read(page));
    stable = now === last ? stable + 1 : 0;
    last = now;
  }
  return JSON.parse(last) as Marks;
}

describe.skipIf(!run)('a long document after it was measured', () => {
  useBrowserApp('soan-nq-e2e-relock-', { timeout: 120_000 }, async (s) => {
    ({ app, browser } = s);
  });

  it('forgets the layout of blocks off screen without moving the page', async () => {
    const { page } = browser;
    const id = await storeAsDraft(app, longResolution(60));
    await openDocument(page, app, id);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=page-marker]').length > 50, undefined, {
      timeout: 60_000,
    });
    const before = await settled(page);
    expect(before.relocked).toBeGreaterThan(100);
    // A word typed and taken back near the top: the layout runs again over the relocked blocks.
    const first = page.getByTestId('body-editor').locator('p.nq-p').nth(3);
    await first.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' abc', { delay: 20 });
    await page.waitForTimeout(600);
    for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
    const after = await settled(page);
    expect(after.lines).toEqual(before.lines);
    after.tops.forEach((top, i) => expect(Math.abs(top - (before.tops[i] ?? 0))).toBeLessThan(1));
    expect(Math.abs(after.height - before.height)).toBeLessThan(1);
    // Each page starts below the one before it (blocks hidden again keep the height they were measured at).
    const gaps = after.tops.slice(1).map((top, i) => top - (after.tops[i] ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThan(0);
  }, 120_000);
});
