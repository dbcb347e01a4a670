import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredDocument } from '../../electron/contract/model/office.ts';
import { callApi, ensureArtifactsDir, startApp, type App } from './support/app.ts';
import { hasChromium, launchBrowser, type Browser } from './support/chromium.ts';
import { pageNow, trackSaveStates, waitForSavedSince } from './support/editor.ts';
import { ensureRenderer } from './support/renderer.ts';

/**
 * Issue 14 §4 in Chromium: next year's draft of Huyện ủy Đức Trọng (2023, values not carried)
 * shows what is left to write as highlighted placeholders — the prompts under the empty sections,
 * "…" for each value not yet set, in the body and the appendix; "Kiểm tra thể thức" lists them as
 * errors; a click in a prompt selects it and typing replaces it; "Trình duyệt" lists what is
 * still unfilled and goes only with a reason, recorded in the history. Screenshots at 1366×768
 * and 1920×1080 go to test-artifacts/e2e/.
 */
const run = hasChromium();
const WRITTEN = 'Phát triển kinh tế nhanh và bền vững.';
const REASON = 'Xin ý kiến Thường trực trước khi có số liệu';

let app: App;
let browser: Browser;
let page: Page;
let doc: StoredDocument;
const pageErrors: string[] = [];

/** Placeholders painted on the page: the page's own count, and the ranges in the CSS highlight. */
const painted = (p: Page) =>
  p.evaluate(() => ({
    counted: Number(document.querySelector('.pages')?.getAttribute('data-placeholders') ?? '0'),
    highlighted: (CSS.highlights as unknown as ReadonlyMap<string, { size: number }>).get('nq-placeholder')?.size ?? 0,
  }));

describe.skipIf(!run)('what is left to write, in the editor', () => {
  beforeAll(async () => {
    await ensureRenderer();
    app = await startApp('soan-nq-e2e-placeholders-');
    doc = await callApi(app.web, 'createNextYear', { orgId: 'HU-DUC-TRONG', year: 2023 });
    browser = await launchBrowser({ viewport: { width: 1366, height: 768 } });
    page = browser.page;
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await trackSaveStates(page);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('highlights the placeholders, lists them as errors, replaces a prompt, and submits only with a reason', async () => {
    const artifacts = ensureArtifactsDir();
    const shot = (name: string) => page.screenshot({ path: join(artifacts, `placeholders-${name}.png`) });
    await page.goto(app.web.url);
    await page.locator(`[data-testid=document-row][data-document-id="${doc.id}"]`).getByTestId('document-open').click();
    await page.getByTestId('editor').waitFor();

    const body = page.getByTestId('body-editor');
    const prompt = body.locator(':scope > *', { hasText: '[… Nêu mục tiêu tổng quát năm 2023]' });
    await expect.poll(() => prompt.count()).toBe(1);
    const targets = page.getByTestId('body-targets-block');
    expect(await targets.textContent()).toContain('2. Thu NSNN do huyện quản lý: … tỷ đồng.');
    await expect.poll(async () => (await painted(page)).highlighted).toBeGreaterThan(20);
    const first = await painted(page);
    expect(first.highlighted).toBe(first.counted);
    await prompt.scrollIntoViewIfNeeded();
    await shot('1-tren-trang-1366');

    // "Kiểm tra thể thức" lists each as an error.
    await page.getByTestId('tab-findings').click();
    const unfilled = page.locator('[data-testid=finding][data-code="placeholder.unfilled"]');
    await expect.poll(() => unfilled.count()).toBeGreaterThan(20);
    expect(await unfilled.first().locator('.finding-kind').textContent()).toBe('Lỗi');
    const listed = await unfilled.count();

    // A click in the prompt selects it; what is typed replaces it, and the highlight goes with it.
    const before = await pageNow(page);
    await prompt.click();
    await page.keyboard.type(WRITTEN);
    await waitForSavedSince(page, before);
    await expect.poll(() => prompt.count()).toBe(0);
    expect(await body.locator(':scope > *', { hasText: WRITTEN }).textContent()).toBe(WRITTEN);
    await expect.poll(async () => (await painted(page)).highlighted).toBe(first.highlighted - 1);

    // "Trình duyệt" lists what is still unfilled and asks why it goes anyway.
    await page.getByTestId('review-submit').click();
    const dialog = page.getByTestId('confirm-submit-dialog');
    await dialog.waitFor();
    expect(await page.getByTestId('submit-unfilled').textContent()).toContain(`Dự thảo còn ${listed - 1} chỗ chưa điền`);
    await page.getByTestId('confirm-submit-confirm').click();
    await expect.poll(() => page.getByTestId('confirm-submit-error').textContent()).toContain('lý do');
    await shot('2-trinh-khi-con-cho-trong-1366');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await shot('3-trinh-khi-con-cho-trong-1920');
    await page.getByTestId('confirm-submit-reason').fill(REASON);
    await page.getByTestId('confirm-submit-confirm').click();
    await page.locator('[data-testid=review-bar][data-status=trinh-duyet]').waitFor();
    await page.getByTestId('tab-history').click();
    await expect
      .poll(() => page.locator('[data-testid=history-event][data-to=trinh-duyet]').getByTestId('history-reason').textContent())
      .toBe(`Trình khi còn ${listed - 1} chỗ chưa điền, lý do: ${REASON}`);
    await page.getByTestId('body-targets-block').scrollIntoViewIfNeeded();
    await shot('4-da-trinh-1920');
    expect(pageErrors).toEqual([]);
  }, 180_000);
});
