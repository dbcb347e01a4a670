import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ensureArtifactsDir, type App } from './support/app.ts';
import { hasChromium, type Browser } from './support/chromium.ts';
import { useBrowserApp } from './support/browserApp.ts';
import { makeDraft, openDocument } from './support/draft.ts';
import { underlined, wordCentre } from './support/spell.ts';

/**
 * Spell-check in the fields as in the body: the summary, a target's name and a recipient line
 * underline their misspelt words (and not the party's abbreviations); right-click one for
 * suggestions, and the chosen one replaces it in the field.
 */
const run = hasChromium();

let app: App;
let browser: Browser;

/** The words painted as misspelt in the fields. */
const misspelt = (page: Page): Promise<string[]> => underlined(page, 'nq-spell-field');

/** The centre of a word of a field (on its mirror, which lies exactly over it) on screen. */
const pointOf = (page: Page, word: string): Promise<{ x: number; y: number }> => wordCentre(page, word, '.spell-mirror');

describe.skipIf(!run)('spell-check in the fields', () => {
  useBrowserApp('soan-nq-e2e-spell-fields-', { timeout: 120_000 }, async (s) => {
    ({ app, browser } = s);
  });

  it('underlines misspelt words of the summary, a target and a recipient, and replaces one from the menu', async () => {
    const { page } = browser;
    await openDocument(page, app, (await makeDraft(app)).id);
    const summary = page.getByTestId('title-summary');
    await summary.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' theo nghị quyêt của HĐND');
    await page.getByTestId('tab-targets').click();
    const name = page.getByTestId('target-name').first();
    await name.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' thống nhât');
    await page.getByTestId('tab-closing').click();
    const recipient = page.getByTestId('recipient-text').first();
    await recipient.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Lộcxuân;');
    await expect.poll(() => misspelt(page), { timeout: 10_000 }).toEqual(expect.arrayContaining(['quyêt', 'Lộcxuân']));
    expect(await misspelt(page)).not.toContain('HĐND');
    await page.getByTestId('tab-targets').click();
    await expect.poll(() => misspelt(page)).toEqual(expect.arrayContaining(['quyêt', 'nhât']));
    for (const size of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(size);
      await summary.scrollIntoViewIfNeeded();
      await expect.poll(() => misspelt(page)).toContain('quyêt');
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${ensureArtifactsDir()}/spell-fields-${size.width}.png` });
    }

    // Right-click the misspelt word of the summary: the suggestion replaces it in the field.
    const at = await pointOf(page, 'quyêt');
    await page.mouse.click(at.x, at.y, { button: 'right' });
    const menu = page.getByTestId('spell-menu');
    await menu.waitFor();
    await menu
      .getByTestId('spell-suggestion')
      .filter({ hasText: /^quyết$/ })
      .click();
    await expect.poll(() => summary.inputValue()).toContain('theo nghị quyết của HĐND');
    await expect.poll(() => misspelt(page)).not.toContain('quyêt');
  }, 120_000);
});
