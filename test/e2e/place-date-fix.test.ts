import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { App } from './support/app.ts';
import { hasChromium, shootBothSizes } from './support/chromium.ts';
import { useBrowserApp } from './support/browserApp.ts';
import { makeDraftWithHeader, openDocument } from './support/draft.ts';

/**
 * "Thành phố Hồ Chí Minh, ngày    tháng    năm 2025" is wider than the profile's right column: the
 * header's left column gives way (format/headerLayout.ts), so the line fits on the page view and the
 * format check says nothing. A place no split can hold ("Phường Sài Gòn, Thành phố Hồ Chí Minh")
 * runs past its column: the check warns (place.wraps), with nothing to abbreviate.
 */
const run = hasChromium();

let app: App;
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
  useBrowserApp('soan-nq-e2e-place-', { timeout: 120_000 }, async (s) => {
    ({ app, page } = s);
    docId = await makeDraftWithHeader(app, { place: 'Thành phố Hồ Chí Minh', date: null });
  });

  it('narrows the left column so the HCMC line fits; warns only when no split can hold it', async () => {
    await openDocument(page, app, docId);
    await page.getByTestId('header-place-date').waitFor();
    expect(await overrun(page)).toBeLessThanOrEqual(0);
    await page.getByTestId('tab-findings').click();
    const wraps = page.locator('[data-testid=finding][data-code="place.wraps"]');
    expect(await wraps.count()).toBe(0);
    await shootBothSizes(page, 'place-date-narrowed');

    const place = page.getByTestId('header-place');
    await place.fill('Phường Sài Gòn, Thành phố Hồ Chí Minh');
    await place.blur();
    await wraps.waitFor();
    expect(await wraps.locator('.finding-message').innerText()).toContain('xuống dòng');
    expect(await wraps.getByTestId('finding-fix').count()).toBe(0);
    expect(await overrun(page)).toBeGreaterThan(0);
    await wraps.scrollIntoViewIfNeeded();
    await shootBothSizes(page, 'place-date-wraps');
  });
});
