import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi, ensureArtifactsDir, type App } from './support/app.ts';
import { hasChromium } from './support/chromium.ts';
import { useBrowserApp } from './support/browserApp.ts';
import { makeDraft, openDocument } from './support/draft.ts';
import { waitForSavedSince, pageNow, trackSaveStates } from './support/editor.ts';

/** Thông tin liên hệ (05-HD): typed in "Dấu và chỉ dẫn", shown on the page where it prints (the end of the last sheet), saved. */
const run = hasChromium();

let app: App;
let page: Page;
let docId: number;

describe.skipIf(!run)('contact information in the editor', () => {
  useBrowserApp('soan-nq-e2e-contact-', { timeout: 120_000 }, async (s) => {
    ({ app, page } = s);
    docId = (await makeDraft(app)).id;
  });

  it('is typed in the marks panel, shows at the end of the last sheet, and is saved', async () => {
    await trackSaveStates(page);
    await openDocument(page, app, docId);
    await page.getByTestId('tab-appendix').click();
    const since = await pageNow(page);
    await page.getByTestId('marks-contact').fill('Địa chỉ: thị trấn Hiệp Phước\nĐiện thoại: 0251.3560.123');
    await page.getByTestId('marks-contact').blur();
    const shown = page.getByTestId('page-contact');
    await expect.poll(() => shown.innerText()).toBe('Địa chỉ: thị trấn Hiệp Phước\nĐiện thoại: 0251.3560.123');
    // Where it prints: the last sheet (the appendix when the document has one).
    const onAppendix = await shown.evaluate((el) => el.closest('[data-testid="appendix-preview"]') !== null);
    const appendix = await page.getByTestId('appendix-preview').count();
    expect(onAppendix).toBe(appendix > 0);
    await shown.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ensureArtifactsDir()}/contact-1366.png` });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await shown.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ensureArtifactsDir()}/contact-1920.png` });
    await waitForSavedSince(page, since);
    const stored = await callApi(app.web, 'getDocument', { id: docId });
    expect(stored.content.marks.contact).toBe('Địa chỉ: thị trấn Hiệp Phước\nĐiện thoại: 0251.3560.123');
  });
});
