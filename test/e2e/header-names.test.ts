import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi, type App } from './support/app.ts';
import { hasChromium, shootBothSizes } from './support/chromium.ts';
import { useBrowserApp } from './support/browserApp.ts';
import { makeDraftWithHeader, openDocument } from './support/draft.ts';

/** Page 1's header with long body names: the page view draws the lines the .docx prints (format/headerLayout.ts). */
const run = hasChromium();

let app: App;
let page: Page;
let docId: number;

/** How many lines a header field takes on screen. */
const linesOf = (p: Page, testId: string, lineTestId = testId): Promise<number> =>
  p.evaluate(
    ([id, lineId]) => {
      const el = document.querySelector(`[data-testid="${lineId}"]`) ?? document.querySelector(`[data-testid="${id}"]`);
      if (!el) return 0;
      return Math.round(el.getBoundingClientRect().height / (parseFloat(getComputedStyle(el).fontSize) * 1.15));
    },
    [testId, lineTestId] as const,
  );

describe.skipIf(!run)('long body names in the page-1 header', () => {
  useBrowserApp('soan-nq-e2e-head-', { timeout: 120_000 }, async (s) => {
    ({ app, page } = s);
    docId = await makeDraftWithHeader(app, {
      superiorBody: 'Đảng bộ Thành phố Hồ Chí Minh',
      issuingBody: 'Thành ủy Thành phố Hồ Chí Minh',
    });
  });

  it('breaks them evenly, as the .docx does, and keeps each name on one line in the document', async () => {
    await openDocument(page, app, docId);
    const superior = page.getByTestId('header-superior-body');
    await superior.waitFor();
    expect(await superior.inputValue()).toBe('Đảng bộ Thành phố\nHồ Chí Minh');
    expect(await linesOf(page, 'header-superior-body')).toBe(2);
    expect(await page.getByTestId('header-issuing-lines').innerText()).toBe('THÀNH ỦY THÀNH PHỐ\nHỒ CHÍ MINH');
    expect(await linesOf(page, 'header-issuing-body', 'header-issuing-lines')).toBe(2);
    // The list laid over the drawn lines still opens on a click.
    await page.getByTestId('header-issuing-body').click({ trial: true });
    await shootBothSizes(page, 'header-long-names');
    const stored = await callApi(app.web, 'getDocument', { id: docId });
    expect(stored.content.header.superiorBody).toBe('Đảng bộ Thành phố Hồ Chí Minh');
  });
});
