import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { App } from './support/app.ts';
import { hasChromium, type Browser } from './support/chromium.ts';
import { useBrowserApp } from './support/browserApp.ts';
import { makeDraft, nextFrames, openDocument } from './support/draft.ts';

/**
 * One undo history over the body and the parts: deleting a target group, a recipient line or the
 * signer's name is undone with Ctrl+Z (focus wherever it fell), in the order the changes were made,
 * interleaved with typing in the body; Ctrl+Y redoes; the toolbar's buttons do the same.
 */
const run = hasChromium();

let app: App;
let browser: Browser;

const groupRows = (page: Page) => page.locator('[data-testid=target-row]');
const recipientLines = (page: Page) => page.getByTestId('recipient-line');

describe.skipIf(!run)('one undo history for the document', () => {
  useBrowserApp('soan-nq-e2e-undo-', { timeout: 120_000 }, async (s) => {
    ({ app, browser } = s);
  });

  it('undoes a deleted target group, recipient line and signer, interleaved with the body', async () => {
    const { page } = browser;
    await openDocument(page, app, (await makeDraft(app)).id);

    // Typing in the body first.
    const first = page.getByTestId('body-editor').locator('p').first();
    await first.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Câu mới.');
    await page.waitForTimeout(1100);

    // A target group deleted (the first row is the group "Về kinh tế", with its children).
    await page.getByTestId('tab-targets').click();
    const rowsBefore = await groupRows(page).count();
    const firstKey = await groupRows(page).first().getAttribute('data-key');
    await groupRows(page).first().getByTestId('target-remove').click();
    await expect.poll(() => groupRows(page).count()).toBeLessThan(rowsBefore);
    await page.waitForTimeout(1100);

    // A recipient line deleted, then the signer's name.
    await page.getByTestId('tab-closing').click();
    const linesBefore = await recipientLines(page).allTextContents();
    await recipientLines(page).first().getByTestId('recipient-remove').click();
    await expect.poll(() => recipientLines(page).count()).toBe(linesBefore.length - 1);
    await page.waitForTimeout(1100);
    const name = await page.getByTestId('signature-name').inputValue();
    await page.getByTestId('signature-name').fill('');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await nextFrames(page);

    // Ctrl+Z, from wherever the focus fell: the signer's name, the recipient line, the group, then the body.
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('signature-name').inputValue()).toBe(name);
    await page.keyboard.press('Control+z');
    await expect.poll(() => recipientLines(page).count()).toBe(linesBefore.length);
    await page.getByTestId('tab-targets').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => groupRows(page).count()).toBe(rowsBefore);
    expect(await groupRows(page).first().getAttribute('data-key')).toBe(firstKey);
    expect(await first.textContent()).toContain('Câu mới.');
    await page.keyboard.press('Control+z');
    await expect.poll(() => first.textContent()).not.toContain('Câu mới.');

    // Ctrl+Y brings the body's sentence back, then the group's deletion.
    await page.keyboard.press('Control+y');
    await expect.poll(() => first.textContent()).toContain('Câu mới.');
    await page.keyboard.press('Control+y');
    await expect.poll(() => groupRows(page).count()).toBeLessThan(rowsBefore);

    // The toolbar's "Hoàn tác" and "Làm lại" take the same steps as the keys: the group back, the sentence out, and again.
    await page.getByTestId('tool-undo').click();
    await expect.poll(() => groupRows(page).count()).toBe(rowsBefore);
    await page.getByTestId('tool-undo').click();
    await expect.poll(() => first.textContent()).not.toContain('Câu mới.');
    await page.getByTestId('tool-redo').click();
    await expect.poll(() => first.textContent()).toContain('Câu mới.');
    await page.getByTestId('tool-redo').click();
    await expect.poll(() => groupRows(page).count()).toBeLessThan(rowsBefore);
    await page.getByTestId('tool-redo').click();
    await page.getByTestId('tab-closing').click();
    await expect.poll(() => recipientLines(page).count()).toBe(linesBefore.length - 1);
  }, 120_000);
});
