import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkTargets } from '../../electron/contract/model/targets.ts';
import { callApi, ensureArtifactsDir, type App } from './support/app.ts';
import { hasChromium } from './support/chromium.ts';
import { useBrowserApp } from './support/browserApp.ts';

/**
 * Last year's results entered in the UI (before, only `soan-nq results import` could): Trang chủ ›
 * an issued resolution › "Kết quả thực hiện", typed or pasted from Excel, judged at once; next
 * year's draft then has each result and assessment beside its target.
 */
const run = hasChromium();
let app: App;
let page: Page;

describe.skipIf(!run)('entering last year’s results', () => {
  useBrowserApp('soan-nq-e2e-results-', {}, async (s) => {
    ({ app, page } = s);
  });

  it('types one result and pastes another, sees them judged, and next year’s draft carries them', async () => {
    await page.goto(app.web.url);
    // Before: next year's dialog says last year's results are not entered yet.
    await page.getByTestId('new-year-open').click();
    await page.getByTestId('new-year-org').selectOption('HU-NHON-TRACH');
    await expect.poll(() => page.getByTestId('new-year-no-results').count()).toBe(1);
    expect(await page.getByTestId('new-year-no-results').innerText()).toContain('Chưa nhập kết quả thực hiện năm 2024');
    await page.screenshot({ path: join(ensureArtifactsDir(), 'new-year-no-results-1366.png') });
    await page.getByTestId('new-year-org').selectOption('DU-HIEP-THANH');
    await expect.poll(() => page.getByTestId('new-year-no-results').count()).toBe(0);
    await page.getByTestId('new-year-dialog').getByRole('button', { name: 'Hủy' }).click();
    const row = page.locator('[data-testid=document-row][data-org=HU-NHON-TRACH]');
    await row.getByTestId('document-results').click();
    await page.getByTestId('results-dialog').waitFor();
    const forest = page.locator('[data-testid=results-row]', { hasText: 'Tỷ lệ che phủ rừng' });
    await forest.getByTestId('results-input').fill('17,2%');
    await page.getByTestId('results-paste').fill('Tỷ lệ dân số tham gia bảo hiểm y tế\t92,5%');
    await page.getByTestId('results-save').click();
    await expect.poll(() => forest.getByTestId('assessment-chip').getAttribute('data-assessment')).toBe('vuot');
    const insured = page.locator('[data-testid=results-row]', { hasText: 'Tỷ lệ dân số tham gia bảo hiểm y tế' });
    await expect.poll(() => insured.getByTestId('assessment-chip').getAttribute('data-assessment')).toBe('khong-dat');
    await page.screenshot({ path: join(ensureArtifactsDir(), 'results-entry-1366.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: join(ensureArtifactsDir(), 'results-entry-1920.png') });
    await page.setViewportSize({ width: 1366, height: 768 });

    // Stored (the chips may show before the save is answered on a busy machine).
    const entered = async (): Promise<string[][]> =>
      (await callApi(app.web, 'assessTargets', { orgId: 'HU-NHON-TRACH', year: 2024 })).targets
        .filter((t) => t.result !== '')
        .map((t) => [t.name, t.result]);
    await expect.poll(entered).toEqual([
      ['Tỷ lệ che phủ rừng', '17,2%'],
      ['Tỷ lệ dân số tham gia bảo hiểm y tế', '92,5%'],
    ]);
    const draft = await callApi(app.web, 'createNextYear', { orgId: 'HU-NHON-TRACH', year: 2025 });
    const forestNext = [...walkTargets(draft.content.targets)].find(([t]) => t.name === 'Tỷ lệ che phủ rừng')?.[0];
    expect(forestNext?.previous).toMatchObject({ year: 2024, result: '17,2%', assessment: 'vuot' });

    // A result typed by mistake is emptied and saved: it is taken back (it could not be before).
    await forest.getByTestId('results-input').fill('');
    await forest.getByTestId('results-input').press('Tab');
    await page.getByTestId('results-save').click();
    await expect
      .poll(
        async () =>
          (await callApi(app.web, 'assessTargets', { orgId: 'HU-NHON-TRACH', year: 2024 })).targets.find(
            (t) => t.name === 'Tỷ lệ che phủ rừng',
          )?.result,
      )
      .toBe('');
    await expect.poll(() => forest.getByTestId('assessment-chip').count()).toBe(0);
  }, 120_000);
});
