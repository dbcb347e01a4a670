import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi, ensureArtifactsDir, type App } from './support/app.ts';
import { hasChromium, type Browser } from './support/chromium.ts';
import { useBrowserApp } from './support/browserApp.ts';
import { makeDraft, nextFrames, openDocument } from './support/draft.ts';
import { underlined, wordCentre } from './support/spell.ts';

/**
 * Vietnamese spell-check in the body (nspell + dictionary-vi, loaded after the editor opens):
 * a misspelt word is underlined and the party's abbreviations are not; right-click gives
 * suggestions, and "Thêm vào từ điển của cơ quan" stores the word in the database.
 */
const run = hasChromium();

let app: App;
let browser: Browser;

/** The words painted as misspelt in the body. */
const misspelt = (page: Page): Promise<string[]> => underlined(page, 'nq-spell');

/** The centre of a word of the body on screen. */
const pointOf = (page: Page, word: string): Promise<{ x: number; y: number }> => wordCentre(page, word, '[data-testid=body-editor]');

describe.skipIf(!run)('spell-check in the body', () => {
  useBrowserApp('soan-nq-e2e-spell-', { timeout: 120_000 }, async (s) => {
    ({ app, browser } = s);
  });

  it('underlines misspelt words, suggests, and adds to the office dictionary', async () => {
    const { page } = browser;
    const id = (await makeDraft(app)).id;
    await openDocument(page, app, id);
    await page.getByTestId('body-editor').locator('p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' HĐND, UBND, BCH, NSNN và MTTQ thống nhât nghị quyêt Lộcxuân.');
    await page.waitForFunction(() => document.querySelector('[data-testid=body-editor]')?.getAttribute('data-spell-checked') === 'true');
    await expect.poll(() => misspelt(page)).toEqual(expect.arrayContaining(['nhât', 'quyêt', 'Lộcxuân']));
    const marked = await misspelt(page);
    for (const known of ['HĐND', 'UBND', 'BCH', 'NSNN', 'MTTQ', 'thống', 'nghị']) expect(marked).not.toContain(known);

    // Right-click a misspelt word: suggestions, with the right one among them.
    const at = await pointOf(page, 'quyêt');
    await page.mouse.click(at.x, at.y, { button: 'right' });
    const menu = page.getByTestId('spell-menu');
    await menu.waitFor();
    expect(await menu.getByTestId('spell-suggestion').allTextContents()).toContain('quyết');
    await page.screenshot({ path: `${ensureArtifactsDir()}/spell-menu-1366.png` });
    await menu
      .getByTestId('spell-suggestion')
      .filter({ hasText: /^quyết$/ })
      .click();
    await expect.poll(() => page.getByTestId('body-editor').textContent()).toContain('nghị quyết Lộcxuân');
    await nextFrames(page);

    // A local name: "Thêm vào từ điển của cơ quan", stored in the database, no longer underlined.
    const name = await pointOf(page, 'Lộcxuân');
    await page.mouse.click(name.x, name.y, { button: 'right' });
    await menu.getByTestId('spell-add').click();
    await expect.poll(() => misspelt(page)).not.toContain('Lộcxuân');
    expect(await callApi(app.web, 'listOfficeWords', {})).toContain('Lộcxuân');
    expect(await misspelt(page)).toContain('nhât');
  }, 120_000);
});
