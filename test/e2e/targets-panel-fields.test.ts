import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseTargetValue } from '../../electron/format/targetValue.ts';
import { callApi, ensureArtifactsDir, type App } from './support/app.ts';
import { hasChromium, SCREEN_SIZES } from './support/chromium.ts';
import { useBrowserApp } from './support/browserApp.ts';
import { openDocument } from './support/draft.ts';
import { clickBeforeLastChar, draftWithLongTable, liveAndFocused, targetFieldText } from './support/targets.ts';

/**
 * The targets table draws its units and values as plain text until one takes the focus (one live
 * text box at a time: 120 of them cost every frame of the page). Nothing a secretary has is lost
 * with it, on a table of 70 rows: find reaches, scrolls to and selects a value far down the table
 * (and replaces it), "Ý kiến" anchors on that row's value (pointer and Ctrl+Alt+M), a click puts
 * the caret where it fell, Tab and Shift+Tab go from field to field, screen readers read each
 * field by its label, and last year's figures stay beside this year's.
 */
const run = hasChromium();
const FAR_VALUE = 'Trên 97 % hộ dùng nước sạch Quảng Khê';
const FAR_UNIT = '% số hộ';

let app: App;
let page: Page;
let docId = 0;
let farKey = '';
const pageErrors: string[] = [];

const liveBoxes = (p: Page) => p.locator('.targets-panel .col-unit textarea, .targets-panel .col-value textarea').count();
const inPanelView = (p: Page, key: string) =>
  p.locator(`[data-testid=target-row][data-key="${key}"] [data-testid=target-value]`).evaluate((el) => {
    const r = el.getBoundingClientRect();
    const panel = el.closest('.tabpanel')?.getBoundingClientRect();
    return panel !== undefined && r.top >= panel.top && r.bottom <= panel.bottom && r.height > 0;
  });

describe.skipIf(!run)('the targets table: plain-text fields until focused, nothing lost', () => {
  useBrowserApp('soan-nq-e2e-targets-panel-', { browser: {}, timeout: 120_000 }, async (s) => {
    ({ app, page } = s);
    page.on('pageerror', (err) => pageErrors.push(err.message));
    farKey = 'them.50';
    docId = await draftWithLongTable(app, (children) => {
      children[49] = {
        key: farKey,
        name: 'Tỷ lệ hộ dùng nước sạch',
        unit: FAR_UNIT,
        value: { written: FAR_VALUE, parsed: parseTargetValue(FAR_VALUE, FAR_UNIT) },
        children: [],
      };
    });
  });

  it('finds, scrolls to, selects and replaces a value far down the table', async () => {
    await openDocument(page, app, docId);
    await page.getByTestId('tab-targets').click();
    expect(await page.getByTestId('target-row').count()).toBeGreaterThanOrEqual(60);
    // At rest: no live unit or value box, each drawn one a labelled text box in the Tab order.
    expect(await liveBoxes(page)).toBe(0);
    const firstValue = page.getByTestId('target-row').nth(1).getByTestId('target-value');
    expect(await firstValue.getAttribute('role')).toBe('textbox');
    expect(await firstValue.getAttribute('aria-label')).toBe('Giá trị chỉ tiêu (như sẽ in)');
    expect(await firstValue.getAttribute('tabindex')).toBe('0');
    expect(await inPanelView(page, farKey)).toBe(false);

    await page.getByTestId('body-editor').locator('p.nq-p').first().click();
    await page.keyboard.press('Control+f');
    await page.getByTestId('find-input').waitFor();
    await page.keyboard.type('Quảng Khê');
    await expect.poll(() => page.getByTestId('find-count').textContent()).toBe('1/1');
    expect(await page.getByTestId('find-count').getAttribute('data-kind')).toBe('field');
    const far = page.locator(`[data-testid=target-row][data-key="${farKey}"]`).getByTestId('target-value');
    // The far value is a live box now, scrolled into the panel's view, the words selected and outlined; the find box keeps the focus.
    await expect.poll(() => far.evaluate((el) => el.tagName)).toBe('TEXTAREA');
    await expect.poll(() => inPanelView(page, farKey)).toBe(true);
    const selected = await far.evaluate((el: HTMLTextAreaElement) => ({
      text: el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0),
      outlined: el.classList.contains('find-current-field'),
    }));
    expect(selected).toEqual({ text: 'Quảng Khê', outlined: true });
    expect(await page.getByTestId('find-input').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await liveBoxes(page)).toBe(1);

    await page.keyboard.press('Control+h');
    await page.getByTestId('replace-input').fill('Phước An');
    await page.getByTestId('replace-one').click();
    await expect.poll(() => targetFieldText(far)).toBe('Trên 97 % hộ dùng nước sạch Phước An');
    await page.getByTestId('find-close').click();
    expect(pageErrors).toEqual([]);
  });

  it('anchors "Ý kiến" on the far row’s value: under the pointer, and Ctrl+Alt+M on the focused box', async () => {
    await openDocument(page, app, docId);
    await page.getByTestId('tab-targets').click();
    const row = page.locator(`[data-testid=target-row][data-key="${farKey}"]`);
    await row.scrollIntoViewIfNeeded();
    await row.getByTestId('target-value').hover();
    const button = page.getByTestId('part-comment-button');
    await expect.poll(() => button.getAttribute('data-part')).toMatch(/^Chỉ tiêu [\d.]+ \(giá trị\)$/);
    const part = (await button.getAttribute('data-part')) ?? '';
    // The button sits inside the field's right end, in the side panel.
    const inField = await page.evaluate((key) => {
      const b = document.querySelector('[data-testid="part-comment-button"]')?.getBoundingClientRect();
      const f = document.querySelector(`[data-testid=target-row][data-key="${key}"] [data-testid=target-value]`)?.getBoundingClientRect();
      return b && f ? b.left >= f.left && b.right <= f.right + 1 : false;
    }, farKey);
    expect(inField).toBe(true);
    await button.click();
    await expect.poll(() => page.getByTestId('comment-draft-place').textContent()).toBe(`Ý kiến cho: ${part}`);
    await page.getByTestId('comment-draft-cancel').click();

    await page.getByTestId('tab-targets').click();
    await row.scrollIntoViewIfNeeded();
    await row.getByTestId('target-value').focus();
    await expect.poll(() => liveAndFocused(row.getByTestId('target-value'))).toBe(true);
    await page.keyboard.press('Control+Alt+KeyM');
    await expect.poll(() => page.getByTestId('comment-draft-place').textContent()).toBe(`Ý kiến cho: ${part}`);
    await page.getByTestId('comment-draft-cancel').click();
    expect(pageErrors).toEqual([]);
  });

  it('a click puts the caret where it fell; Tab and Shift+Tab go from field to field; typing is saved', async () => {
    await openDocument(page, app, docId);
    await page.getByTestId('tab-targets').click();
    const row = page.locator(`[data-testid=target-row][data-key="${farKey}"]`);
    await row.scrollIntoViewIfNeeded();
    const unit = row.getByTestId('target-unit');
    const value = row.getByTestId('target-value');
    // A click just left of the unit's last character: the caret before it.
    await clickBeforeLastChar(page, unit);
    await expect.poll(() => unit.evaluate((el) => el.tagName), { timeout: 30_000 }).toBe('TEXTAREA');
    const caret = await unit.evaluate((el: HTMLTextAreaElement) => ({
      tag: el.tagName,
      at: el.selectionStart,
      focused: el === document.activeElement,
    }));
    expect(caret).toEqual({ tag: 'TEXTAREA', at: FAR_UNIT.length - 1, focused: true });

    // Tab: the value, live, focused, its words selected as a text box's are; typing replaces them.
    await page.keyboard.press('Tab');
    await expect.poll(() => liveAndFocused(value)).toBe(true);
    await page.keyboard.type('Trên 98%');
    await expect.poll(() => row.getByTestId('target-reading').textContent()).toMatch(/^Hiểu là: /);
    // Only the focused field is live: the unit went back to plain text.
    expect(await liveBoxes(page)).toBe(1);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => liveAndFocused(unit)).toBe(true);
    expect(await targetFieldText(value)).toBe('Trên 98%');

    // Saved with the document: it comes back after a new load of the page.
    await expect
      .poll(async () => (await callApi(app.web, 'getDocument', { id: docId })).content.targets.at(-1)?.children.at(-1)?.value?.written, {
        timeout: 10_000,
      })
      .toBe('Trên 98%');
    expect(pageErrors).toEqual([]);
  });

  it('draws a plain field in its live box’s place at 1366 × 768 and 1920 × 1080, the prompt in an empty value', async () => {
    const artifacts = ensureArtifactsDir();
    for (const [width, height] of SCREEN_SIZES) {
      await page.setViewportSize({ width, height });
      await openDocument(page, app, docId);
      await page.getByTestId('tab-targets').click();
      const group = page.getByTestId('target-row').first();
      expect(await group.getByTestId('target-value').locator('.lazy-placeholder').textContent()).toBe('(nhóm)');
      expect(await targetFieldText(group.getByTestId('target-value'))).toBe('');
      await page.locator('.side-panel').screenshot({ path: join(artifacts, `targets-panel-${width}.png`) });
      // The same box before and after it takes the focus: nothing in the row moves sideways.
      const value = page.getByTestId('target-row').nth(1).getByTestId('target-value');
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { tag: el.tagName, left: Math.round(r.left), width: Math.round(r.width) };
      };
      const plain = await value.evaluate(box);
      await value.click();
      const live = await value.evaluate(box);
      expect({ plain, live }).toEqual({ plain: { ...live, tag: 'DIV' }, live: { ...plain, tag: 'TEXTAREA' } });
    }
    await page.setViewportSize({ width: 1366, height: 768 });
    expect(pageErrors).toEqual([]);
  });
});
