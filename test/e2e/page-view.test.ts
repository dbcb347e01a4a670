import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ensureArtifactsDir, type App } from './support/app.ts';
import { hasChromium } from './support/chromium.ts';
import { useBrowserApp } from './support/browserApp.ts';
import { makeDraft, openDocument } from './support/draft.ts';

/** The page view on a small office screen (1366 × 768): the page fits its width, the side panel folds away and resizes, zoom works. */
const run = hasChromium();

let app: App;
let page: Page;
let docId: number;

const sideways = (p: Page): Promise<boolean> =>
  p.evaluate(() => {
    const pane = document.querySelector('.page-scroll');
    return pane !== null && pane.scrollWidth > pane.clientWidth + 1;
  });
const sheetWidth = (p: Page): Promise<number> => p.getByTestId('page').evaluate((el) => el.getBoundingClientRect().width);

describe.skipIf(!run)('the page view at 1366 × 768', () => {
  useBrowserApp('soan-nq-e2e-view-', { timeout: 120_000 }, async (s) => {
    ({ app, page } = s);
    docId = (await makeDraft(app)).id;
  });

  it('fits the page to the width, folds and resizes the side panel, and zooms', async () => {
    await openDocument(page, app, docId);
    await page.getByTestId('page-marker').first().waitFor({ state: 'attached' });
    expect(await sideways(page)).toBe(false);
    expect(await page.getByTestId('zoom-fit-width').getAttribute('aria-pressed')).toBe('true');
    await page.screenshot({ path: `${ensureArtifactsDir()}/page-view-1366.png` });

    // Folding the panel gives the page the window's width: it grows, still without sideways scrolling.
    const narrow = await sheetWidth(page);
    await page.getByTestId('panel-toggle').click();
    expect(await page.locator('.side-panel').count()).toBe(0);
    await expect.poll(() => sheetWidth(page)).toBeGreaterThan(narrow);
    expect(await sideways(page)).toBe(false);
    await page.getByTestId('panel-toggle').click();
    await page.locator('.side-panel').waitFor();

    // The panel's edge: arrow keys make it wider (and the page narrower).
    const before = await page.locator('.side-panel').evaluate((el) => el.getBoundingClientRect().width);
    await page.getByTestId('panel-resizer').focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('.side-panel').evaluate((el) => el.getBoundingClientRect().width)).toBeCloseTo(before + 40, 0);
    expect(await sideways(page)).toBe(false);

    // 100 %: the A4 sheet at print size (210 mm = 794 px), scrolling sideways in its pane if need be; fit page: the whole page height shows.
    await page.getByTestId('zoom-actual').click();
    await expect.poll(() => sheetWidth(page)).toBeCloseTo(793.7, 0);
    // Wider than its pane, the sheet starts at the pane's left edge and scrolls sideways: no part of it is out of reach.
    expect(await sideways(page)).toBe(true);
    const edges = await page.evaluate(() => {
      const pane = document.querySelector('.page-scroll')?.getBoundingClientRect();
      const sheet = document.querySelector('[data-testid=page]')?.getBoundingClientRect();
      return pane && sheet ? { pane: pane.left, sheet: sheet.left } : null;
    });
    expect(edges).not.toBeNull();
    expect(edges?.sheet ?? -1).toBeGreaterThanOrEqual(edges?.pane ?? 0);
    await page.screenshot({ path: `${ensureArtifactsDir()}/page-view-100-1366.png` });
    await page.getByTestId('zoom-fit-page').click();
    const pane = await page.locator('.page-scroll').evaluate((el) => el.clientHeight);
    await expect.poll(async () => (await sheetWidth(page)) * (297 / 210)).toBeLessThanOrEqual(pane);
  });

  it('brings the caret’s line back into view below the view controls, not under them', async () => {
    await openDocument(page, app, docId);
    const line = page.getByTestId('body-editor').locator('p.nq-p').nth(3);
    await line.click();
    await page.keyboard.press('End');
    // The caret's line scrolled just out of sight above the pane; typing brings it back (the browser scrolls the caret into view).
    await line.evaluate((el) => {
      const pane = el.closest('.page-scroll');
      if (pane) pane.scrollTop += el.getBoundingClientRect().bottom - pane.getBoundingClientRect().top + 30;
    });
    await page.keyboard.type('x');
    await expect
      .poll(() =>
        page.evaluate(() => {
          const caret = getSelection()?.getRangeAt(0).getBoundingClientRect();
          const controls = document.querySelector('.view-controls')?.getBoundingClientRect();
          return caret && controls ? caret.top - controls.bottom : null;
        }),
      )
      .toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Backspace');
  });
});
