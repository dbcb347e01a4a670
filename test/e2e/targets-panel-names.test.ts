import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TargetNode } from '../../electron/contract/model/targets.ts';
import { callApi, ensureArtifactsDir, type App } from './support/app.ts';
import { hasChromium, SCREEN_SIZES } from './support/chromium.ts';
import { useBrowserApp } from './support/browserApp.ts';
import { openDocument } from './support/draft.ts';
import { wordCentre } from './support/spell.ts';
import { clickBeforeLastChar, draftWithLongTable, liveAndFocused, targetFieldText } from './support/targets.ts';

/**
 * The targets' names are drawn as plain text until one takes the focus, as units and values are
 * (targets-panel-fields.test.ts), on a table of 70 rows; nothing a secretary has is lost with it:
 * the misspelt words stay underlined (plain, and live once focused) and right-click still offers
 * the right spelling, find reaches, scrolls to, selects and replaces a name far down the table,
 * "Ý kiến" anchors on a name (pointer and Ctrl+Alt+M), a click puts the caret where it fell, Tab
 * and Shift+Tab go through name, unit and value as before, Enter adds no line, screen readers read
 * "Tên chỉ tiêu", and a name (a group's bold one too) wraps to the same lines plain and live.
 */
const run = hasChromium();
const FAR_NAME = 'Tỷ lệ hộ dân ở các xã ven biển Phước Hải, Long Hải dùng nước sạch hợp vệ sinh theo chuẩn của Bộ Y tế';
const MISSPELT_NAME = 'Số hộ thống nhât dùng nước sạch';

let app: App;
let page: Page;
let docId = 0;
const farKey = 'them.50';
const misspeltKey = 'them.2';
const pageErrors: string[] = [];

const row = (key: string) => page.locator(`[data-testid=target-row][data-key="${key}"]`);
const liveBoxes = () => page.locator('.targets-panel textarea').count();
/** The words underlined as misspelt in the fields, with what holds each: the plain field itself or a live box's mirror. */
const fieldMarks = () =>
  page.evaluate(() =>
    [...((CSS.highlights as unknown as Map<string, Set<Range>>).get('nq-spell-field') ?? [])].map((r) => {
      const holder = r.startContainer.parentElement;
      return { word: r.toString(), on: holder?.hasAttribute('data-lazy-field') ? 'plain' : (holder?.className ?? '') };
    }),
  );
/** The name's marks right after it took or left the focus, in the next frame: a field drawn in another's place carries its marks at once. */
const marksNextFrame = (field: Locator, change: 'focus' | 'leave') =>
  field.evaluate(async (el: HTMLElement, what) => {
    const cell = el.closest('td');
    // Leaving it for the row's unit draws the name as plain text again.
    if (what === 'focus') el.focus();
    else cell?.parentElement?.querySelector<HTMLElement>('[data-testid=target-unit]')?.focus();
    await new Promise((done) => requestAnimationFrame(done));
    return {
      tag: cell?.querySelector('[data-testid=target-name]')?.tagName,
      mirrors: cell?.querySelectorAll('.spell-mirror:not([hidden])').length,
      marks: [...((CSS.highlights as unknown as Map<string, Set<Range>>).get('nq-spell-field') ?? [])]
        .filter((r) => cell?.contains(r.startContainer))
        .map((r) => r.toString()),
    };
  }, change);

describe.skipIf(!run)('the targets table: names as plain text until focused, nothing lost', () => {
  useBrowserApp('soan-nq-e2e-targets-names-', { browser: {}, timeout: 120_000 }, async (s) => {
    ({ app, page } = s);
    page.on('pageerror', (err) => pageErrors.push(err.message));
    docId = await draftWithLongTable(app, (children) => {
      children[1] = { ...children[1], key: misspeltKey, name: MISSPELT_NAME } as TargetNode;
      children[49] = { ...children[49], key: farKey, name: FAR_NAME } as TargetNode;
    });
  });

  it('draws names as labelled plain text in the Tab order; a click puts the caret where it fell; Tab, Shift+Tab, Enter as before', async () => {
    await openDocument(page, app, docId);
    await page.getByTestId('tab-targets').click();
    expect(await page.getByTestId('target-row').count()).toBeGreaterThanOrEqual(60);
    // At rest: not one live text box in the table.
    expect(await liveBoxes()).toBe(0);
    const first = page.getByTestId('target-name').first();
    expect(
      await first.evaluate((el) => ({
        tag: el.tagName,
        role: el.getAttribute('role'),
        label: el.getAttribute('aria-label'),
        tabindex: el.getAttribute('tabindex'),
        spell: el.hasAttribute('data-spell'),
      })),
    ).toEqual({ tag: 'DIV', role: 'textbox', label: 'Tên chỉ tiêu', tabindex: '0', spell: true });

    const name = row(farKey).getByTestId('target-name');
    await name.scrollIntoViewIfNeeded();
    // A click just left of the name's last character: the caret before it.
    await clickBeforeLastChar(page, name);
    await expect.poll(() => liveAndFocused(name), { timeout: 30_000 }).toBe(true);
    expect(await name.evaluate((el: HTMLTextAreaElement) => ({ at: el.selectionStart, label: el.getAttribute('aria-label') }))).toEqual({
      at: FAR_NAME.length - 1,
      label: 'Tên chỉ tiêu',
    });
    expect(await liveBoxes()).toBe(1);
    // Enter adds no line to a name.
    await page.keyboard.press('Enter');
    expect(await targetFieldText(name)).toBe(FAR_NAME);

    // Tab: name → unit → value; Shift+Tab back; Shift+Tab from the name to the row above's last action, Tab back to the name.
    const unit = row(farKey).getByTestId('target-unit');
    const value = row(farKey).getByTestId('target-value');
    await page.keyboard.press('Tab');
    await expect.poll(() => liveAndFocused(unit)).toBe(true);
    expect(await targetFieldText(name)).toBe(FAR_NAME);
    expect(await name.evaluate((el) => el.tagName)).toBe('DIV');
    await page.keyboard.press('Tab');
    await expect.poll(() => liveAndFocused(value)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => liveAndFocused(unit)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => liveAndFocused(name)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await expect
      .poll(() =>
        row('them.49')
          .getByTestId('target-remove')
          .evaluate((el) => el === document.activeElement),
      )
      .toBe(true);
    expect(await liveBoxes()).toBe(1); // the name stays live until another field takes the focus
    await page.keyboard.press('Tab');
    await expect.poll(() => liveAndFocused(name)).toBe(true);
    expect(await liveBoxes()).toBe(1);
    expect(pageErrors).toEqual([]);
  });

  it('underlines a misspelt word on a plain name and on its live box, at once, and right-click offers the right spelling', async () => {
    await openDocument(page, app, docId);
    await page.getByTestId('tab-targets').click();
    const name = row(misspeltKey).getByTestId('target-name');
    await name.scrollIntoViewIfNeeded();
    await expect.poll(() => fieldMarks(), { timeout: 10_000 }).toContainEqual({ word: 'nhât', on: 'plain' });
    expect((await fieldMarks()).map((m) => m.word)).not.toContain('thống');
    await row(misspeltKey).screenshot({ path: join(ensureArtifactsDir(), 'targets-panel-names-spell.png') });
    // Focused, the live box carries the mark in the next frame (its mirror); left, the plain text does, and no mirror stays.
    expect(await marksNextFrame(name, 'focus')).toEqual({ tag: 'TEXTAREA', mirrors: 1, marks: ['nhât'] });
    expect(await marksNextFrame(name, 'leave')).toEqual({ tag: 'DIV', mirrors: 0, marks: ['nhât'] });

    // Right-click the word on the plain name: the menu, and the right spelling replaces it.
    const word = await wordCentre(page, 'nhât', `[data-testid=target-row][data-key="${misspeltKey}"] [data-testid=target-name]`);
    await page.mouse.click(word.x, word.y, { button: 'right' });
    const menu = page.getByTestId('spell-menu');
    await menu.waitFor();
    await menu
      .getByTestId('spell-suggestion')
      .filter({ hasText: /^nhất$/ })
      .click();
    await expect.poll(() => targetFieldText(name)).toBe('Số hộ thống nhất dùng nước sạch');
    await expect.poll(() => fieldMarks().then((m) => m.map((x) => x.word))).not.toContain('nhât');
    expect(pageErrors).toEqual([]);
  });

  it('finds, scrolls to, selects and replaces words of a name far down the table', async () => {
    await openDocument(page, app, docId);
    await page.getByTestId('tab-targets').click();
    const name = row(farKey).getByTestId('target-name');
    const inView = () =>
      name.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const panel = el.closest('.tabpanel')?.getBoundingClientRect();
        return panel !== undefined && r.top >= panel.top && r.bottom <= panel.bottom && r.height > 0;
      });
    expect(await inView()).toBe(false);
    await page.getByTestId('body-editor').locator('p.nq-p').first().click();
    await page.keyboard.press('Control+f');
    await page.getByTestId('find-input').waitFor();
    await page.keyboard.type('Long Hải');
    await expect.poll(() => page.getByTestId('find-count').textContent()).toBe('1/1');
    expect(await page.getByTestId('find-count').getAttribute('data-kind')).toBe('field');
    await expect.poll(() => name.evaluate((el) => el.tagName)).toBe('TEXTAREA');
    await expect.poll(() => inView()).toBe(true);
    expect(
      await name.evaluate((el: HTMLTextAreaElement) => ({
        text: el.value.slice(el.selectionStart, el.selectionEnd),
        outlined: el.classList.contains('find-current-field'),
      })),
    ).toEqual({ text: 'Long Hải', outlined: true });
    expect(await page.getByTestId('find-input').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await liveBoxes()).toBe(1);

    await page.keyboard.press('Control+h');
    await page.getByTestId('replace-input').fill('Phước Tỉnh');
    await page.getByTestId('replace-one').click();
    await expect.poll(() => targetFieldText(name)).toBe(FAR_NAME.replace('Long Hải', 'Phước Tỉnh'));
    await page.getByTestId('find-close').click();
    await expect
      .poll(async () => (await callApi(app.web, 'getDocument', { id: docId })).content.targets.at(-1)?.children.at(-1)?.name, {
        timeout: 10_000,
      })
      .toBe(FAR_NAME.replace('Long Hải', 'Phước Tỉnh'));
    expect(pageErrors).toEqual([]);
  });

  it('anchors "Ý kiến" on a far name: under the pointer, and Ctrl+Alt+M on the focused box', async () => {
    await openDocument(page, app, docId);
    await page.getByTestId('tab-targets').click();
    const name = row(farKey).getByTestId('target-name');
    await name.scrollIntoViewIfNeeded();
    await name.hover();
    const button = page.getByTestId('part-comment-button');
    await expect.poll(() => button.getAttribute('data-part')).toMatch(/^Chỉ tiêu [\d.]+$/);
    const part = (await button.getAttribute('data-part')) ?? '';
    await button.click();
    await expect.poll(() => page.getByTestId('comment-draft-place').textContent()).toBe(`Ý kiến cho: ${part}`);
    await page.getByTestId('comment-draft-cancel').click();

    await page.getByTestId('tab-targets').click();
    await name.scrollIntoViewIfNeeded();
    await name.focus();
    await expect.poll(() => liveAndFocused(name)).toBe(true);
    await page.keyboard.press('Control+Alt+KeyM');
    await expect.poll(() => page.getByTestId('comment-draft-place').textContent()).toBe(`Ý kiến cho: ${part}`);
    await page.getByTestId('comment-draft-cancel').click();
    expect(pageErrors).toEqual([]);
  });

  it('wraps a long name and a group’s bold name to the same box plain and live at 1366 × 768 and 1920 × 1080', async () => {
    const artifacts = ensureArtifactsDir();
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      const css = getComputedStyle(el);
      return { tag: el.tagName, left: r.left, top: r.top, width: r.width, height: r.height, weight: css.fontWeight };
    };
    for (const [width, height] of SCREEN_SIZES) {
      await page.setViewportSize({ width, height });
      await openDocument(page, app, docId);
      await page.getByTestId('tab-targets').click();
      const far = row(farKey).getByTestId('target-name');
      await far.scrollIntoViewIfNeeded();
      await page.locator('.side-panel').screenshot({ path: join(artifacts, `targets-panel-names-${width}.png`) });
      for (const [name, weight] of [
        [far, '400'],
        [row('them').getByTestId('target-name'), '600'],
      ] as const) {
        await name.scrollIntoViewIfNeeded();
        const plain = await name.evaluate(box);
        await name.focus();
        await expect.poll(() => liveAndFocused(name)).toBe(true);
        const live = await name.evaluate(box);
        expect(plain).toEqual({ ...live, tag: 'DIV' });
        expect(live.weight).toBe(weight);
      }
      // The long name takes more than one line (what is compared is a wrapped name).
      expect((await far.evaluate(box)).height).toBeGreaterThan(40);
      await far.focus();
      await expect.poll(() => liveAndFocused(far)).toBe(true);
      await page.locator('.side-panel').screenshot({ path: join(artifacts, `targets-panel-names-${width}-live.png`) });
    }
    await page.setViewportSize({ width: 1366, height: 768 });
    expect(pageErrors).toEqual([]);
  });
});
