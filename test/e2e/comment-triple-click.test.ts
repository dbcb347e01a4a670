import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callApi, ensureArtifactsDir, type App } from './support/app.ts';
import { hasChromium } from './support/chromium.ts';
import { useBrowserApp } from './support/browserApp.ts';
import { makeDraft, openDocument } from './support/draft.ts';

/**
 * A reviewer selects a paragraph the usual way, with a triple click. On the body's last paragraph the
 * browser's selection then runs past the body into "Nơi nhận:" below it; "Thêm ý kiến" took that for no
 * selection and asked to select the text. The comment is on the paragraph.
 */
const run = hasChromium();
let app: App;
let page: Page;

describe.skipIf(!run)('a comment on a paragraph selected with a triple click', () => {
  useBrowserApp('soan-nq-e2e-triple-', {}, async (s) => {
    ({ app, page } = s);
  });

  it('is on the paragraph, the last one of the body included', async () => {
    const draft = await makeDraft(app, 'DU-HIEP-THANH', 2027);
    await callApi(app.web, 'submitForReview', { id: draft.id, expectedVersion: draft.version, overrideReason: 'Xin ý kiến' });
    await openDocument(page, app, draft.id);
    await page.getByTestId('tab-comments').click();
    const paragraphs = page.getByTestId('body-editor').locator('p');
    const last = paragraphs.last();
    const text = (await last.innerText()).trim();
    await last.scrollIntoViewIfNeeded();
    await last.click({ clickCount: 3 });
    await page.getByTestId('comment-add').click();
    await page.getByTestId('comment-draft-text').fill('Viết gọn lại.');
    await page.screenshot({ path: join(ensureArtifactsDir(), 'comment-triple-click-1366.png') });
    await page.getByTestId('comment-draft-submit').click();
    await expect.poll(() => page.getByTestId('comment-thread').count()).toBe(1);
    const listing = await callApi(app.web, 'listComments', { documentId: draft.id });
    expect(listing.threads.map((t) => t.quote.trim())).toEqual([text]);
  }, 120_000);
});
