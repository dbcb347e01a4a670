import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { App } from './support/app.ts';
import { hasChromium, shootBothSizes, type Browser } from './support/chromium.ts';
import { useBrowserApp } from './support/browserApp.ts';
import { longResolution } from '../bench/longDocument.ts';
import { storeAsDraft } from '../pages/editorPages.ts';
import { makeDraft, openDocument } from './support/draft.ts';
import { underlined } from './support/spell.ts';

/**
 * Spell-check work kept off the keystroke, and no mark on the word being typed: typing in the body does not paint the fields' marks
 * again (no attribute written on their mirrors, no new field highlight), and the body's highlight
 * keeps its ranges where the words it marks did not change. (Each change to a highlight makes
 * Chromium check its ranges and repaint what they cover, on the keystroke's frame.)
 */
const run = hasChromium();

let app: App;
let browser: Browser;
let draftId: number | undefined;
/** Next year's draft of a demo body (one per file: the demo body has one next year). */
const draft = async (): Promise<number> => (draftId ??= (await makeDraft(app)).id);

type Counts = {
  fieldPaints: number;
  mirrorsTouched: number;
  hiddenWrites: number;
  mirrorChanges: number;
  fieldSets: number;
  bodyAdds: number;
  bodyDeletes: number;
  bodySets: number;
};

/** Starts counting what the spell-check writes: attributes of the fields' mirrors, and changes to the two highlights. */
function startCounting(page: Page): Promise<void> {
  return page.evaluate(() => {
    const counts = {
      fieldPaints: 0,
      mirrorsTouched: 0,
      hiddenWrites: 0,
      mirrorChanges: 0,
      fieldSets: 0,
      bodyAdds: 0,
      bodyDeletes: 0,
      bodySets: 0,
    };
    (window as unknown as { spellCounts: typeof counts }).spellCounts = counts;
    const touched = new Set<Element>();
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.attributeName === 'data-fields-spell-checked') counts.fieldPaints += 1;
        const el = r.target instanceof Element ? r.target : r.target.parentElement;
        const mirror = el?.closest('.spell-mirror');
        if (!mirror) continue;
        touched.add(mirror);
        counts.mirrorsTouched = touched.size;
        if (r.type === 'attributes' && r.attributeName === 'hidden') counts.hiddenWrites += 1;
        else counts.mirrorChanges += 1;
      }
    }).observe(document.body, { subtree: true, attributes: true, childList: true, characterData: true });
    type Marks = { add: (r: Range) => Marks; delete: (r: Range) => boolean };
    const registry = CSS.highlights as unknown as Map<string, Marks>;
    const set = registry.set.bind(registry);
    registry.set = (name: string, h: Marks) => {
      if (name === 'nq-spell-field') counts.fieldSets += 1;
      if (name === 'nq-spell') counts.bodySets += 1;
      return set(name, h);
    };
    const body = (h: Marks): boolean => registry.get('nq-spell') === h;
    const proto = (window as unknown as { Highlight: { prototype: Marks } }).Highlight.prototype;
    const add = proto.add;
    const del = proto.delete;
    proto.add = function (this: Marks, r: Range) {
      if (body(this)) counts.bodyAdds += 1;
      return add.call(this, r);
    };
    proto.delete = function (this: Marks, r: Range) {
      if (body(this)) counts.bodyDeletes += 1;
      return del.call(this, r);
    };
  });
}

/** Scrolls the page halfway down and clicks a paragraph of the body then in view (as the keystroke bench does). */
async function clickMidway(page: Page): Promise<void> {
  await page.locator('.page-scroll').evaluate((el) => el.scrollTo({ top: (el.scrollHeight - el.clientHeight) / 2 }));
  const at = await page.waitForFunction(() => {
    const pane = document.querySelector('.page-scroll')?.getBoundingClientRect();
    if (!pane) return null;
    const top = pane.top + 80;
    const shown = Array.from(document.querySelectorAll('[data-testid=body-editor] p')).find((p) => {
      const r = p.getBoundingClientRect();
      return r.height > 0 && r.bottom > top + 20 && r.top < pane.bottom - 40 && (p.textContent ?? '').length > 40;
    });
    const r = shown?.getBoundingClientRect();
    return r ? { x: r.left + r.width / 2, y: Math.max(r.top, top) + 10 } : null;
  });
  const point = await at.jsonValue();
  if (!point) throw new Error('no paragraph in view');
  await page.mouse.click(point.x, point.y);
}

const counts = (page: Page): Promise<Counts> => page.evaluate(() => (window as unknown as { spellCounts: Counts }).spellCounts);

describe.skipIf(!run)('spell-check off the keystroke', () => {
  useBrowserApp('soan-nq-e2e-spell-keys-', { timeout: 120_000 }, async (s) => {
    ({ app, browser } = s);
  });

  it('typing in the body and scrolling the page write nothing to the fields’ marks', async () => {
    const { page } = browser;
    await openDocument(page, app, await storeAsDraft(app, longResolution(40)));
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=page-marker]').length > 30, undefined, { timeout: 60_000 });
    // A misspelt word in a field, so that it has a mirror to paint (the targets' names have theirs too).
    await page.getByTestId('title-summary').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' thống nhât và');
    await page.waitForFunction(() => document.querySelector('[data-testid=body-editor]')?.getAttribute('data-spell-checked') === 'true');
    await expect.poll(() => page.locator('.spell-mirror:not([hidden])').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await clickMidway(page);
    await page.keyboard.press('End');
    await page.waitForTimeout(1000);
    await startCounting(page);
    // Words typed with a pause after each, the page scrolled a little now and then (the caret's line kept in view, a look above).
    for (const [i, word] of [' thống', ' nhất', ' cao', ' trong', ' toàn', ' Đảng', ' bộ', ' huyện'].entries()) {
      await page.keyboard.type(word, { delay: 30 });
      if (i % 2 === 1) await page.mouse.wheel(0, i % 4 === 1 ? -120 : 120);
      await page.waitForTimeout(350);
    }
    await page.waitForTimeout(1200);
    const c = await counts(page);
    process.stdout.write(`spell-check's writes while typing 8 words in the body: ${JSON.stringify(c)}\n`);
    expect(c).toMatchObject({ fieldPaints: 0, mirrorsTouched: 0, hiddenWrites: 0, fieldSets: 0, bodySets: 0 });
  }, 120_000);

  it('keeps the marks of words that did not change, in the body and in the other fields', async () => {
    const { page } = browser;
    await openDocument(page, app, await draft());
    await page.waitForFunction(() => document.querySelector('[data-testid=body-editor]')?.getAttribute('data-spell-checked') === 'true');
    // A misspelt word in a field, to be kept as it is.
    await page.getByTestId('title-summary').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' thống nhât và');
    // A line starting with a misspelt word, then correct words typed after it: its mark stays as it is.
    const first = page.getByTestId('body-editor').locator('p.nq-p').first();
    await first.scrollIntoViewIfNeeded();
    await first.click();
    await page.keyboard.press('Home');
    await page.keyboard.type('Nghị quyêt ');
    await expect.poll(() => underlined(page, 'nq-spell'), { timeout: 10_000 }).toContain('quyêt');
    await page.waitForTimeout(800);
    await startCounting(page);
    await page.keyboard.type('của Huyện ủy ', { delay: 30 });
    await page.waitForTimeout(1200);
    const body = await counts(page);
    process.stdout.write(`body highlight changes after typing beside a marked word: ${JSON.stringify(body)}\n`);
    expect(body).toMatchObject({ bodyAdds: 0, bodyDeletes: 0, bodySets: 0, fieldPaints: 0 });
    expect(await underlined(page, 'nq-spell')).toContain('quyêt');

    // Typing in one field paints that field's mirror only, in the highlight already there.
    const summary = page.getByTestId('title-summary');
    await summary.scrollIntoViewIfNeeded();
    await summary.click();
    await page.keyboard.press('Control+End');
    await page.waitForTimeout(800);
    await startCounting(page);
    await page.keyboard.type(' và thưc hiện', { delay: 30 });
    await expect.poll(() => underlined(page, 'nq-spell-field'), { timeout: 10_000 }).toContain('thưc');
    await page.waitForTimeout(800);
    const field = await counts(page);
    process.stdout.write(`field spell-check's writes while typing in one field: ${JSON.stringify(field)}\n`);
    expect(field).toMatchObject({ mirrorsTouched: 1, hiddenWrites: 0, fieldSets: 0 });
    expect(await underlined(page, 'nq-spell-field')).toContain('nhât');
  }, 120_000);

  it('does not underline the word being typed (Telex: "thưc" on its way to "thực") until the caret leaves it', async () => {
    const { page } = browser;
    await openDocument(page, app, await draft());
    await page.waitForFunction(() => document.querySelector('[data-testid=body-editor]')?.getAttribute('data-spell-checked') === 'true');
    const body = (): Promise<string[]> => underlined(page, 'nq-spell');
    const first = page.getByTestId('body-editor').locator('p.nq-p').first();
    await first.scrollIntoViewIfNeeded();
    await first.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.type('Chỉ đạo thưc', { delay: 30 });
    await page.waitForTimeout(1500);
    expect(await body()).not.toContain('thưc');
    // Another word after it: "thưc" was finished so, and is underlined.
    await page.keyboard.type(' hiện', { delay: 30 });
    await expect.poll(body, { timeout: 10_000 }).toContain('thưc');
    // Moving the caret away (no typing) checks the word it leaves.
    await page.keyboard.type(' nghiêm túc và kip', { delay: 30 });
    await page.waitForTimeout(1500);
    expect(await body()).not.toContain('kip');
    await page.keyboard.press('Home');
    await expect.poll(body, { timeout: 10_000 }).toContain('kip');

    // In a field: checked when the person leaves it.
    const summary = page.getByTestId('title-summary');
    await summary.scrollIntoViewIfNeeded();
    await summary.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' cho kip', { delay: 30 });
    await page.waitForTimeout(1200);
    expect(await underlined(page, 'nq-spell-field')).not.toContain('kip');
    await page.keyboard.press('Tab');
    await expect.poll(() => underlined(page, 'nq-spell-field'), { timeout: 10_000 }).toContain('kip');
    // The underlines as the person sees them: the summary and the body's first lines.
    await page.locator('.page-scroll').evaluate((el) => el.scrollTo({ top: 0 }));
    await summary.scrollIntoViewIfNeeded();
    await page.waitForTimeout(400);
    await shootBothSizes(page, 'spell-typed');
  }, 120_000);
});
