import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, startApp, type App } from './support/app.ts';
import { hasChromium, launchBrowser, shootBothSizes, type Browser } from './support/chromium.ts';
import { makeDraft, openDocument } from './support/draft.ts';
import { ensureRenderer } from './support/renderer.ts';

/**
 * "Thành phố Hồ Chí Minh, ngày    tháng    năm 2025" is wider than the header's right column: the
 * format check warns (place.wraps) and its one-click fix abbreviates the place to "TP. Hồ Chí Minh",
 * after which the line fits on the page view and the warning is gone.
 */
const run = hasChromium();

let app: App;
let browser: Browser;
let page: Page;
let docId: number;

/** How far the place-and-date line runs past its column on the page view, in CSS px (≤ 0: it fits). */
const overrun = (p: Page): Promise<number> =>
  p.evaluate(() => {
    const el = document.querySelector('[data-testid=header-place-date]');
    if (!el) return Number.NaN;
    const right = Math.max(...Array.from(el.children, (c) => c.getBoundingClientRect().right));
    return right - el.getBoundingClientRect().right;
  });

describe.skipIf(!run)('place-and-date line too wide for its column', () => {
  beforeAll(async () => {
    await ensureRenderer();
    app = await startApp('soan-nq-e2e-place-');
    const draft = await makeDraft(app);
    const header = { ...draft.content.header, place: 'Thành phố Hồ Chí Minh', date: null };
    await callApi(app.web, 'saveDocument', { id: draft.id, content: { ...draft.content, header }, expectedVersion: draft.version });
    docId = draft.id;
    browser = await launchBrowser({ viewport: { width: 1366, height: 768 } });
    page = browser.page;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('warns, and the one-click fix abbreviates the place so the line fits', async () => {
    await openDocument(page, app, docId);
    await page.getByTestId('tab-findings').click();
    const wraps = page.locator('[data-testid=finding][data-code="place.wraps"]');
    await wraps.waitFor();
    expect(await wraps.locator('.finding-message').innerText()).toContain('xuống dòng');
    expect(await overrun(page)).toBeGreaterThan(0);
    // Nothing changes before the click.
    expect((await callApi(app.web, 'getDocument', { id: docId })).content.header.place).toBe('Thành phố Hồ Chí Minh');
    await wraps.scrollIntoViewIfNeeded();
    await shootBothSizes(page, 'place-date-wraps');

    const fix = wraps.getByTestId('finding-fix');
    expect(await fix.innerText()).toBe('Viết tắt thành "TP. Hồ Chí Minh"');
    await fix.click();
    expect(await page.getByTestId('header-place').inputValue()).toBe('TP. Hồ Chí Minh');
    expect(await overrun(page)).toBeLessThanOrEqual(0);
    await wraps.waitFor({ state: 'detached' });
    expect((await callApi(app.web, 'getDocument', { id: docId })).content.header.place).toBe('TP. Hồ Chí Minh');
    await shootBothSizes(page, 'place-date-fixed');
  });
});
