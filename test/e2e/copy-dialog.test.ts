import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, startApp, type App } from './support/app.ts';
import { hasChromium, launchBrowser, type Browser } from './support/chromium.ts';
import { openDocument } from './support/draft.ts';
import { ensureRenderer } from './support/renderer.ts';

/** The clerk's copy dialog on an issued resolution says the copy's number once, as it prints ("Số 01-BS/VPĐU"). */
const run = hasChromium();
let app: App;
let browser: Browser;
let page: Page;

describe.skipIf(!run)('the copy dialog', () => {
  beforeAll(async () => {
    await ensureRenderer();
    app = await startApp('soan-nq-e2e-copy-dialog-');
    browser = await launchBrowser({ viewport: { width: 1366, height: 768 } });
    page = browser.page;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('names the copy number without "số Số"', async () => {
    const issued = (await callApi(app.web, 'listDocuments', {})).find((d) => d.orgId === 'DU-HIEP-THANH' && d.status === 'ban-hanh');
    if (!issued) throw new Error('Dữ liệu mẫu không có nghị quyết đã ban hành của Hiệp Thạnh');
    await openDocument(page, app, issued.id);
    await page.getByTestId('review-sao-y').click();
    await expect.poll(() => page.getByTestId('copy-number').textContent()).toMatch(/^Số \d{2}-BS\//u);
    const line = await page.getByTestId('copy-number-line').innerText();
    expect(line).toMatch(/^Bản sao sẽ mang Số \d{2}-BS\/\S+ trong sổ bản sao/u);
    expect(line.toLowerCase()).not.toContain('số số');
  }, 120_000);
});
