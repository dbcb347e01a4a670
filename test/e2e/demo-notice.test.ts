import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ensureArtifactsDir, type App } from './support/app.ts';
import { hasChromium, SCREEN_SIZES } from './support/chromium.ts';
import { useBrowserApp } from './support/browserApp.ts';
import { openDocument } from './support/draft.ts';
import { draftWithLongTable } from './support/targets.ts';

/**
 * The demo's notice ("Đang dùng dữ liệu mẫu · Xóa dữ liệu mẫu", in the bar with the person working)
 * takes its own room at the window's foot: it never covers the side panel, so the last rows of a
 * long targets table, scrolled to the end, are seen and clicked whole, at 1366×768 and 1920×1080.
 */
const run = hasChromium();

let app: App;
let page: Page;
let docId = 0;

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const boxOf = async (l: Locator): Promise<Box> => {
  const box = await l.boundingBox();
  if (box === null) throw new Error('not drawn');
  return box;
};

/** Waits until `row` stopped moving (a busy machine lays the table out late). */
async function settled(row: Locator): Promise<void> {
  let before = await boxOf(row);
  await expect
    .poll(async () => {
      const now = await boxOf(row);
      const still = now.y === before.y && now.height === before.height;
      before = now;
      return still;
    })
    .toBe(true);
}

describe.skipIf(!run)("the demo's notice takes its own room", () => {
  useBrowserApp('soan-nq-e2e-demo-notice-', { timeout: 120_000 }, async (s) => {
    ({ app, page } = s);
    docId = await draftWithLongTable(app, () => undefined);
  });

  it('never covers the targets table: its last row, scrolled to the end, is whole and takes the click', async () => {
    await openDocument(page, app, docId);
    await page.getByTestId('tab-targets').click();
    const rows = page.getByTestId('target-row');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(60);
    const notice = page.getByTestId('demo-badge');
    await notice.waitFor();
    const panel = page.locator('.side-panel .tabpanel');
    const last = rows.last();
    const dir = ensureArtifactsDir();
    for (const [width, height] of SCREEN_SIZES) {
      await page.setViewportSize({ width, height });
      // The last row just come into view at the panel's foot (scrolling down to it), then the panel scrolled to its end.
      for (const [how, scroll] of [
        ['scrolled to', () => last.evaluate((el) => el.scrollIntoView({ block: 'end' }))],
        ['at the end', () => panel.evaluate((el) => el.scrollTo({ top: el.scrollHeight }))],
      ] as const) {
        await scroll();
        await settled(last);
        if (how === 'at the end') {
          expect(await panel.evaluate((el) => Math.ceil(el.scrollTop + el.clientHeight) >= el.scrollHeight)).toBe(true);
        }
        await page.screenshot({ path: join(dir, `demo-notice-${how === 'at the end' ? 'end' : 'last-row'}-${width}x${height}.png`) });
        const where = `${how}, ${width}×${height}`;
        const row = await boxOf(last);
        expect(overlaps(await boxOf(notice), row), `the notice over the last row (${where})`).toBe(false);
        // The bar is outside the panel altogether, not only past this row.
        expect(overlaps(await boxOf(page.getByTestId('person-bar')), await boxOf(panel)), `the bar over the side panel (${where})`).toBe(
          false,
        );
        // The last row is in the window and on top along its foot, where the notice sat.
        expect(row.y + row.height).toBeLessThanOrEqual(height);
        const onTop = await last.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return [r.left + 4, (r.left + r.right) / 2, r.right - 4].map((x) => el.contains(document.elementFromPoint(x, r.bottom - 2)));
        });
        expect(onTop, where).toEqual([true, true, true]);
      }
    }
  }, 120_000);
});
