import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { App } from './support/app.ts';
import { hasChromium, SCREEN_SIZES } from './support/chromium.ts';
import { useBrowserApp } from './support/browserApp.ts';
import { makeDraft, nextFrames, openDocument } from './support/draft.ts';
import { bodyBlockTexts, caretToEndOf } from './support/editor.ts';
import { fillTargetField } from './support/targets.ts';

/** The editing defects of issue 13 §3, each as a user meets it, in Chromium (here with an en-US locale, as many office PCs have). */
const run = hasChromium();

let app: App;
let page: Page;
let docId: number;
const pageErrors: string[] = [];

describe.skipIf(!run)('editing defects', () => {
  useBrowserApp('soan-nq-e2e-defects-', { browser: { locale: 'en-US' }, timeout: 120_000 }, async (s) => {
    ({ app, page } = s);
    docId = (await makeDraft(app)).id;
    page.on('pageerror', (err) => pageErrors.push(err.message));
  });

  it('the footnote box keeps the focus: the whole sentence lands in the footnote', async () => {
    await openDocument(page, app, docId);
    const first = page.getByTestId('body-editor').locator('p.nq-p').first();
    const before = (await first.textContent()) ?? '';
    await caretToEndOf(first);
    await page.getByTestId('tool-footnote').click();
    await page.getByTestId('footnote-text').waitFor();
    await page.keyboard.type('Theo số liệu của Cục Thống kê.');
    expect(await page.getByTestId('footnote-text').inputValue()).toBe('Theo số liệu của Cục Thống kê.');
    expect(await first.textContent()).toBe(before);
    await page.getByRole('button', { name: 'Xong' }).click();
    expect(await page.getByTestId('footnote-list').textContent()).toContain('Theo số liệu của Cục Thống kê.');
  });

  it('several characters committed at once into a new empty paragraph leave the caret after them', async () => {
    await openDocument(page, app, docId);
    const blocks = page.getByTestId('body-editor').locator(':scope > *');
    const texts = await bodyBlockTexts(page);
    const first = page.getByTestId('body-editor').locator('p.nq-p').first();
    const index = texts.indexOf((await first.textContent()) ?? '');
    const next = texts[index + 1] ?? '';
    await caretToEndOf(first);
    await page.keyboard.press('Enter');
    await nextFrames(page);
    await page.keyboard.insertText('Phát triển');
    await nextFrames(page);
    await page.keyboard.insertText(' kinh tế');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Tiếp.');
    const after = await bodyBlockTexts(page);
    expect(after[index + 1]).toBe('Phát triển kinh tế');
    expect(after[index + 2]).toBe('Tiếp.');
    expect(after[index + 3]).toBe(next);
    expect(await blocks.count()).toBe(texts.length + 2);
  });

  it('Ctrl+End puts the caret after the last word of the body, Ctrl+Home before its first, Shift extends', async () => {
    await openDocument(page, app, docId);
    const blocks = page.getByTestId('body-editor').locator(':scope > *');
    await page.getByTestId('body-editor').locator('p.nq-p').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Cuối.');
    await expect.poll(async () => (await bodyBlockTexts(page)).at(-1)).toMatch(/ Cuối\.$/);
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Đầu. ');
    await expect.poll(async () => (await bodyBlockTexts(page))[0]).toMatch(/^Đầu\. /);
    // From the start, Shift+Ctrl+End selects the whole body.
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Control+Shift+End');
    const selected = await page.evaluate(() => document.getSelection()?.toString() ?? '');
    const all = await blocks.evaluateAll((els) => els.map((e) => e.textContent ?? '').join(''));
    // (toString gives the text as shown: a heading in capitals.)
    expect(selected.replace(/\s+/g, '').toLocaleUpperCase('vi')).toBe(all.replace(/\s+/g, '').toLocaleUpperCase('vi'));
    expect(pageErrors).toEqual([]);
  });

  it('choosing "I." on an automatically numbered paragraph shows "I."', async () => {
    await openDocument(page, app, docId);
    const first = page.getByTestId('body-editor').locator('p.nq-p').first();
    await caretToEndOf(first);
    await page.keyboard.press('Enter');
    await page.keyboard.type('3. Mục mới');
    await nextFrames(page);
    await page.getByTestId('tool-heading-section').click();
    await nextFrames(page);
    const heading = page.getByTestId('body-editor').locator('.nq-h-section', { hasText: 'Mục mới' });
    const label = await heading.getAttribute('data-label');
    expect(label).toMatch(/^[IVX]+\.$/);
  });

  it('date fields show and accept dd/mm/yyyy whatever the system locale', async () => {
    await openDocument(page, app, docId);
    await page.getByTestId('header-date').click();
    const input = page.getByTestId('header-date-input');
    await input.fill('10/12/2021');
    expect(await page.getByTestId('header-date').textContent()).toBe('ngày 10 tháng 12 năm 2021');
    await input.press('Enter');
    await page.getByTestId('header-date').click();
    expect(await page.getByTestId('header-date-input').inputValue()).toBe('10/12/2021');
    // Not a real date: marked, and the document keeps the last real one.
    await page.getByTestId('header-date-input').fill('31/04/2021');
    expect(await page.getByTestId('header-date-input').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('header-date').textContent()).toBe('ngày 10 tháng 12 năm 2021');
  });

  it('the unit column shows "lao động" whole', async () => {
    await openDocument(page, app, docId);
    const unit = page.getByTestId('target-row').first().getByTestId('target-unit');
    await fillTargetField(unit, 'lao động');
    // Nothing hidden, on one line (a longer unit wraps onto a second line rather than being cut).
    const box = await unit.evaluate((el: HTMLTextAreaElement) => ({
      hidden: el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight,
      lines: Math.round(
        (el.clientHeight - parseFloat(getComputedStyle(el).paddingTop) - parseFloat(getComputedStyle(el).paddingBottom)) /
          parseFloat(getComputedStyle(el).lineHeight),
      ),
    }));
    expect(box).toEqual({ hidden: false, lines: 1 });
    await unit.fill('đơn vị hành chính cấp xã');
    expect(await unit.evaluate((el: HTMLTextAreaElement) => el.scrollHeight > el.clientHeight || el.scrollWidth > el.clientWidth)).toBe(
      false,
    );
  });

  it('the targets table fits the side panel as it opens, at 1366 and 1920: last year beside this year, the row actions in view', async () => {
    for (const [width, height] of SCREEN_SIZES) {
      await page.setViewportSize({ width, height });
      await openDocument(page, app, docId);
      await page.getByTestId('tab-targets').click();
      const row = page.getByTestId('target-row').nth(1);
      await row.waitFor();
      const fit = await page.locator('.table-scroll').evaluate((el) => ({ sideways: el.scrollWidth > el.clientWidth + 1 }));
      expect(fit).toEqual({ sideways: false });
      const panel = await page.locator('.side-panel').evaluate((el) => el.getBoundingClientRect().right);
      for (const part of [row.locator('.col-prev'), row.getByTestId('target-remove')]) {
        expect(await part.evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(panel);
      }
    }
    await page.setViewportSize({ width: 1600, height: 1000 });
  });

  it('a very long summary is warned about', async () => {
    await openDocument(page, app, docId);
    expect(await page.getByTestId('title-summary-warning').count()).toBe(0);
    await page.getByTestId('title-summary').fill('về '.padEnd(5000, 'phát triển kinh tế '));
    await page.getByTestId('title-summary-warning').waitFor();
    expect(await page.getByTestId('title-summary-warning').textContent()).toMatch(/trích yếu/i);
    expect(pageErrors).toEqual([]);
  });
});
