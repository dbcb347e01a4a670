import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../electron/contract/model/body.ts';
import { clickInTheMiddle } from '../bench/browserKeys.ts';
import { longResolution } from '../bench/longDocument.ts';
import { storeAsDraft } from '../pages/editorPages.ts';
import { artifactsDir, startApp, type App } from './support/app.ts';
import { hasChromium, launchBrowser, type Browser } from './support/chromium.ts';
import { nextFrames, openDocument } from './support/draft.ts';
import { ensureRenderer } from './support/renderer.ts';

/**
 * A long body keeps only the blocks near the screen in the browser's layout (pages/blockWindow.ts):
 * the blocks shown sit exactly where they sit with every block laid out, scrolling fast never shows
 * blank page where there is text, and find and Ctrl+End reach text far down the document.
 */
const run = hasChromium();
const LAST = 'Đoạn cuối cùng xa màn hình để tìm.';

let app: App;
let browser: Browser;
let id: number;

type Tops = { far: number; shown: number; tops: Record<string, number> };

/** How many blocks are left out and laid out, and the top (in its sheet) of each block laid out, by index. */
const tops = (page: Page): Promise<Tops> =>
  page.evaluate(() => {
    const body = document.querySelector('[data-testid=body-editor]');
    const sheet = body?.closest('.page')?.getBoundingClientRect().top ?? 0;
    const out: Record<string, number> = {};
    let far = 0;
    Array.from(body?.children ?? []).forEach((c, i) => {
      if (c.hasAttribute('data-far')) far += 1;
      else out[String(i)] = c.getBoundingClientRect().top - sheet;
    });
    return { far, shown: Object.keys(out).length, tops: out };
  });

/** The same blocks' tops with every block laid out (the page view's own switch, as when it measures the pages). */
const topsLaidOut = async (page: Page, which: readonly string[]): Promise<Record<string, number>> => {
  const out = await page.evaluate((indexes) => {
    const pages = document.querySelector('.pages');
    pages?.toggleAttribute('data-all-blocks', true);
    const body = document.querySelector('[data-testid=body-editor]');
    const sheet = body?.closest('.page')?.getBoundingClientRect().top ?? 0;
    const res: Record<string, number> = {};
    for (const i of indexes) res[i] = (body?.children[Number(i)]?.getBoundingClientRect().top ?? 0) - sheet;
    pages?.toggleAttribute('data-all-blocks', false);
    return res;
  }, which);
  return out;
};

/** Whether text shows on screen where the body is: some block laid out crosses the middle band of the scrolling pane. */
const textOnScreen = (page: Page): Promise<boolean> =>
  page.evaluate(() => {
    const pane = document.querySelector('.page-scroll')?.getBoundingClientRect();
    if (!pane) return false;
    const band = { top: pane.top + pane.height / 3, bottom: pane.bottom - pane.height / 3 };
    const crosses = (r: DOMRect): boolean => r.height > 0 && r.bottom > band.top && r.top < band.bottom;
    const body = document.querySelector('[data-testid=body-editor]');
    // Only where the body is on screen (not its closing lines or the appendix).
    if (!body || !crosses(body.getBoundingClientRect())) return true;
    return Array.from(body.querySelectorAll(':scope > :not([data-far])')).some((b) => crosses(b.getBoundingClientRect()));
  });

/**
 * The body sheet's page markers: how many there are, how many are drawn (those far from the screen
 * are hidden with the blocks there), and how many hidden ones would be on screen (placed by the
 * drawn ones' scale and offset: their tops are CSS px in the sheet).
 */
const markers = (page: Page): Promise<{ total: number; drawn: number; hiddenOnScreen: number }> =>
  page.evaluate(() => {
    const sheet = document.querySelector('[data-testid=body-editor]')?.closest('.page');
    const pane = document.querySelector('.page-scroll')?.getBoundingClientRect();
    const all = Array.from(sheet?.querySelectorAll<HTMLElement>(':scope > [data-testid=page-marker]') ?? []);
    const drawn = all.filter((m) => !m.hidden);
    const [a, b] = [drawn[0], drawn[drawn.length - 1]];
    if (!pane || !a || !b || a === b) return { total: all.length, drawn: drawn.length, hiddenOnScreen: -1 };
    const scale = (b.getBoundingClientRect().top - a.getBoundingClientRect().top) / (parseFloat(b.style.top) - parseFloat(a.style.top));
    const offset = a.getBoundingClientRect().top - parseFloat(a.style.top) * scale;
    const hiddenOnScreen = all.filter((m) => {
      const y = offset + parseFloat(m.style.top) * scale;
      return m.hidden && y >= pane.top && y <= pane.bottom;
    }).length;
    return { total: all.length, drawn: drawn.length, hiddenOnScreen };
  });

type Marks = { lines: string[]; tops: number[] };

/** Each page marker of the first sheet: its first line and its top; once they have not changed for a while. */
async function settled(page: Page): Promise<Marks> {
  let last = '';
  for (let stable = 0; stable < 3;) {
    await page.waitForTimeout(500);
    const now = JSON.stringify(
      await page.evaluate(() => {
        const marks = Array.from(document.querySelectorAll<HTMLElement>('.pages > .page:not(.appendix-page) [data-testid=page-marker]'));
        return {
          lines: marks.map((m) => `${m.dataset['page']} ${m.dataset['firstLine']}`),
          tops: marks.map((m) => parseFloat(m.style.top)),
        };
      }),
    );
    stable = now === last ? stable + 1 : 0;
    last = now;
  }
  return JSON.parse(last) as Marks;
}

describe.skipIf(!run)('a long body, laid out near the screen only', () => {
  beforeAll(async () => {
    await ensureRenderer();
    app = await startApp('soan-nq-e2e-window-');
    const doc = longResolution(80);
    const last: Block = { type: 'paragraph', runs: [{ type: 'text', text: LAST }] };
    id = await storeAsDraft(app, { ...doc, body: [...doc.body, last] });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    it(`keeps the blocks in place and text on screen while scrolling fast (${viewport.width}×${viewport.height})`, async () => {
      await browser?.close();
      browser = await launchBrowser({ viewport });
      const { page } = browser;
      await openDocument(page, app, id);
      await page.waitForFunction(() => document.querySelectorAll('[data-testid=page-marker]').length > 60, undefined, { timeout: 60_000 });
      await page.waitForFunction(() => document.querySelectorAll('[data-far]').length > 100, undefined, { timeout: 10_000 });
      const pane = page.locator('.page-scroll');
      const height = await pane.evaluate((el) => el.scrollHeight);
      for (const at of [0.1, 0.25, 0.5, 0.75, 0.97]) {
        await pane.evaluate((el, f) => el.scrollTo({ top: f * el.scrollHeight }), at);
        await nextFrames(page);
        const now = await tops(page);
        expect(now.far).toBeGreaterThan(100);
        expect(now.shown).toBeLessThan(150);
        expect(await textOnScreen(page)).toBe(true);
        // Only the markers near the screen are drawn, every one on screen among them.
        const marks = await markers(page);
        expect(marks.drawn).toBeGreaterThanOrEqual(2);
        expect(marks.drawn).toBeLessThan(marks.total / 3);
        expect(marks.hiddenOnScreen, `trang ẩn trên màn hình ở ${at}`).toBe(0);
        const full = await topsLaidOut(page, Object.keys(now.tops));
        for (const [i, top] of Object.entries(now.tops)) expect(Math.abs(top - (full[i] ?? 0)), `khối ${i} ở ${at}`).toBeLessThan(1);
        // The height may settle a little as blocks are laid out for the first time (see the page view's part headings).
        expect(Math.abs((await pane.evaluate((el) => el.scrollHeight)) - height)).toBeLessThan(100);
      }
      // Scrolling fast, a screen and a half per frame: the text is there on every frame.
      await pane.evaluate((el) => el.scrollTo({ top: 0 }));
      await nextFrames(page);
      const step = Math.round(viewport.height * 1.5);
      let blank = 0;
      for (let i = 0; i < 30; i++) {
        await pane.evaluate((el, by) => el.scrollBy({ top: by }), step);
        await nextFrames(page);
        if (!(await textOnScreen(page)) || (await markers(page)).hiddenOnScreen > 0) blank += 1;
        if (i === 12) await page.screenshot({ path: `${artifactsDir}/page-window-scroll-${viewport.width}.png` });
      }
      expect(blank).toBe(0);
    }, 120_000);
  }

  it('lays the pages out after typing as it does with every block laid out', async () => {
    const { page } = browser;
    await clickInTheMiddle(page);
    await page.keyboard.press('End');
    await page.keyboard.type(' them mot dong chu nua de day cac trang sau xuong duoi mot dong', { delay: 5 });
    const typed = await settled(page);
    // 100 % and back: the text's width changes, every block is measured again, laid out whole.
    await page.getByTestId('zoom-actual').click();
    await settled(page);
    await page.getByTestId('zoom-fit-width').click();
    const whole = await settled(page);
    expect(typed.lines).toEqual(whole.lines);
    // The markers' tops: a part heading laid out on its own is 8px taller than measured (its label's margin stays inside it),
    // and the window places blocks below one it has shown by its height on screen; the breaks themselves are the same.
    typed.tops.forEach((top, i) => expect(Math.abs(top - (whole.tops[i] ?? 0)), `trang ${i + 1}`).toBeLessThan(40));
  }, 120_000);

  it('finds text far down the body and Ctrl+End types at the end', async () => {
    const { page } = browser;
    await page.locator('.page-scroll').evaluate((el) => el.scrollTo({ top: 0 }));
    await page.getByTestId('body-editor').locator(':scope > p').first().click();
    await page.keyboard.press('Control+f');
    await page.getByTestId('find-input').waitFor();
    await page.keyboard.type('xa màn hình để tìm');
    await page.waitForFunction(() => /^1\//.test(document.querySelector('[data-testid=find-count]')?.textContent ?? ''));
    await page.keyboard.press('Enter');
    await nextFrames(page);
    const last = page.getByTestId('body-editor').locator(':scope > p').last();
    await expect.poll(() => last.evaluate((el) => !el.hasAttribute('data-far'))).toBe(true);
    await expect.poll(() => last.isVisible()).toBe(true);
    expect(
      await last.evaluate((el) => {
        const pane = document.querySelector('.page-scroll')?.getBoundingClientRect();
        const r = el.getBoundingClientRect();
        return !!pane && r.top >= pane.top && r.bottom <= pane.bottom;
      }),
    ).toBe(true);
    await page.keyboard.press('Escape');

    await page.locator('.page-scroll').evaluate((el) => el.scrollTo({ top: 0 }));
    await nextFrames(page);
    await page.getByTestId('body-editor').locator(':scope > p').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Thêm');
    // The caret reaches the end of the last paragraph, laid out or not (plugins/Shortcuts/bodyEdges.ts).
    await expect.poll(() => last.textContent()).toMatch(/ Thêm$/);
  }, 60_000);
});
