import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi, type App } from './support/app.ts';
import { hasChromium } from './support/chromium.ts';
import { useBrowserApp } from './support/browserApp.ts';
import { openDocument } from './support/draft.ts';

/** The clerk's copy dialog on an issued resolution says the copy's number once, as it prints ("Số 01-BS/VPĐU"). */
const run = hasChromium();
let app: App;
let page: Page;

describe.skipIf(!run)('the copy dialog', () => {
  useBrowserApp('soan-nq-e2e-copy-dialog-', {}, async (s) => {
    ({ app, page } = s);
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
