import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walkTargets } from '../../electron/contract/model/targets.ts';
import { failing, ooxmlCheck, requireOoxmlCheck } from '../support/ooxmlCheck.ts';
import { requireTool } from '../support/tools.ts';
import { callApi, ensureArtifactsDir, startApp, type App } from './support/app.ts';
import { hasChromium, launchBrowser, type Browser } from './support/chromium.ts';
import { documentXml, paragraphTexts } from './support/docx.ts';
import { ensureRenderer } from './support/renderer.ts';

/**
 * The first day of an office nobody set up for: a phường of Hồ Chí Minh City, no demo. Everything in
 * the browser at 1366×768: the body, its term, its signer and its people; last year's resolution
 * imported from the office's own Word file (test/fixtures/unseen/u01, issued 26/12/2025 for 2026);
 * the 2027 draft started from it; the export opened by LibreOffice and checked by ooxml-check.
 */
const python = requireOoxmlCheck();
const run = hasChromium() && requireTool('soffice', 'pdftoppm') && python !== null;
const fixture = new URL('../fixtures/unseen/u01-tandinh-2025-nq15-du.docx', import.meta.url);
let app: App;
let browser: Browser;
let page: Page;

async function commit(testId: string, value: string): Promise<void> {
  await page.getByTestId(testId).fill(value);
  await page.getByTestId(testId).press('Tab');
}

describe.runIf(run)('the first day of a new office (Đảng ủy phường Tân Định)', () => {
  beforeAll(async () => {
    await ensureRenderer();
    app = await startApp('soan-nq-e2e-unseen-', { demo: false });
    browser = await launchBrowser({ viewport: { width: 1366, height: 768 } });
    page = browser.page;
    page.on('dialog', (d) => void d.accept());
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('sets up the body, imports last year’s resolution, drafts next year’s from it and exports a clean .docx', async () => {
    const shots = ensureArtifactsDir();
    const shot = (name: string) => page.screenshot({ path: join(shots, `unseen-office-${name}.png`) });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));

    await page.goto(app.web.url);
    await page.getByTestId('start-setup').click();
    await page.getByTestId('setup-kind').selectOption('dang-uy-phuong');
    await commit('setup-superiorBody', 'ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH');
    await commit('setup-name', 'ĐẢNG ỦY PHƯỜNG TÂN ĐỊNH');
    await commit('setup-id', 'DU-TAN-DINH');
    await commit('setup-place', 'Tân Định');
    await shot('setup');
    await page.getByTestId('setup-save').click();
    await page.getByTestId('new-year-open').waitFor();

    // Cơ quan: term, signer, people, in the UI.
    await page.getByTestId('home-office').click();
    await page.getByTestId('office-tab-terms').click();
    await commit('term-name', '2025-2030');
    await commit('term-from', '01/07/2025');
    await page.getByTestId('term-add').click();
    await expect.poll(() => page.getByTestId('office-terms').innerText()).toContain('2025-2030');
    await page.getByTestId('office-tab-signers').click();
    await page.getByTestId('signer-authority').selectOption('T/M');
    await commit('signer-of', 'ĐẢNG ỦY');
    await commit('signer-title', 'BÍ THƯ');
    await commit('signer-name', 'Trần Thị Thu Hà');
    await page.getByTestId('signer-save').click();
    await expect.poll(() => page.getByTestId('office-signers').innerText()).toContain('Trần Thị Thu Hà');
    await page.getByTestId('office-tab-people').click();
    await commit('person-name', 'Võ Minh Chuyên');
    await page.getByTestId('person-role').selectOption('chuyen-vien');
    await page.getByTestId('person-add').click();
    await expect.poll(() => page.getByTestId('office-people').innerText()).toContain('Võ Minh Chuyên');
    await shot('office');
    await page.reload();
    await page.getByTestId('person-choice').filter({ hasText: 'Võ Minh Chuyên' }).click();

    // Last year's resolution, from the office's own Word file.
    await page.getByTestId('home-import').click();
    await page.getByTestId('import-org').selectOption('DU-TAN-DINH');
    await page.getByTestId('import-file').setInputFiles(fixture.pathname);
    await page.getByTestId('import-read').click();
    await page.getByTestId('import-review').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-summary').inputValue()).toBe('về lãnh đạo thực hiện nhiệm vụ chính trị năm 2026');
    expect(await page.getByTestId('import-status').getAttribute('data-status')).toBe('ban-hanh');
    await shot('import');
    await page.getByTestId('import-confirm').check();
    await page.getByTestId('import-save').click();
    await page.getByTestId('editor').waitFor({ timeout: 30_000 });
    const imported = Number(await page.getByTestId('editor').getAttribute('data-document-id'));
    const stored = await callApi(app.web, 'getDocument', { id: imported });
    // The six targets of the sentence "(1) …; (2) …", under the group of their heading.
    expect([...walkTargets(stored.content.targets)].filter(([t]) => t.value).length).toBe(6);

    // Next year's draft from it.
    await page.getByRole('button', { name: '← Trang chủ' }).first().click();
    await page.getByTestId('new-year-open').click();
    await page.getByTestId('new-year-org').selectOption('DU-TAN-DINH');
    await page.getByTestId('new-year-year').fill('2027');
    await page.getByTestId('new-year-carry').check();
    await page.getByTestId('new-year-dialog').getByRole('button', { name: 'Tạo dự thảo' }).click();
    await page.getByTestId('editor').waitFor();
    await shot('draft');
    const draftId = Number(await page.getByTestId('editor').getAttribute('data-document-id'));
    const draft = await callApi(app.web, 'getDocument', { id: draftId });
    expect(draft.content.planYear).toBe(2027);
    expect([...walkTargets(draft.content.targets)].map(([t]) => t.name)).toContain('Tổng thu ngân sách nhà nước trên địa bàn');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('editor-export').click()]);
    const file = join(shots, 'unseen-office-2027.docx');
    await download.saveAs(file);
    const all = paragraphTexts(await documentXml(readFileSync(file))).join('\n');
    expect(all).toContain('ĐẢNG ỦY PHƯỜNG TÂN ĐỊNH');
    expect(all).toContain('Trần Thị Thu Hà');
    expect(all).toContain('1.234,5');
    // Last year's six targets are counted one by one for the review, and keep their names (no stale year in them).
    expect(all).toContain('để ứng dụng đánh giá 6 chỉ tiêu');
    expect(all).toContain('Số vụ phạm pháp hình sự: Giảm 30 % so với năm 2025');
    const check = ooxmlCheck(python ?? 'python3', [file]);
    expect(check.reports.flatMap(failing)).toEqual([]);
    expect(check.status).toBe(0);
    // Rendered by LibreOffice, page 1 looked at (test-artifacts/e2e/unseen-office-2027-1.png).
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(shots, 'lo-unseen')}`, '--headless', '--convert-to', 'pdf', '--outdir', shots, file],
      {
        stdio: 'pipe',
        timeout: 120_000,
      },
    );
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '2',
      join(shots, 'unseen-office-2027.pdf'),
      join(shots, 'unseen-office-2027'),
    ]);
    expect(pageErrors).toEqual([]);
  }, 300_000);

  it('reads a Thành ủy’s PDF with a seven-column appendix and a Tỉnh ủy’s draft with blanks in the review screen', async () => {
    const shots = ensureArtifactsDir();
    const review = async (file: string): Promise<void> => {
      await page.getByRole('button', { name: '← Trang chủ' }).first().click();
      await page.getByTestId('home-import').click();
      await page.getByTestId('import-org').selectOption('DU-TAN-DINH');
      await page.getByTestId('import-file').setInputFiles(new URL(`../fixtures/unseen/${file}`, import.meta.url).pathname);
      await page.getByTestId('import-read').click();
      await page.getByTestId('import-review').waitFor({ timeout: 60_000 });
    };
    await review('u02-danang-2026-nq28-tu.pdf');
    expect(await page.getByTestId('import-issuing-body').inputValue()).toBe('THÀNH ỦY ĐÀ NẴNG');
    expect(await page.getByTestId('import-number-seq').inputValue()).toBe('28');
    // The values of the "Năm 2027" column, not the plan or estimate of 2026.
    const values = await page.getByTestId('import-target-value').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(values).toEqual(expect.arrayContaining(['10 - 11', '165', '45.000', '95.000', '≥ 57', '20']));
    await page.screenshot({ path: join(shots, 'unseen-office-import-pdf.png') });
    await page.getByTestId('import-cancel').click();

    await review('u09-quangtri-2026-nq-tu-duthao.docx');
    expect(await page.getByTestId('import-issuing-body').inputValue()).toBe('TỈNH UỶ QUẢNG TRỊ');
    expect(await page.getByTestId('import-number-seq').inputValue()).toBe('');
    expect(await page.getByTestId('import-status').getAttribute('data-status')).toBe('du-thao');
    await page.screenshot({ path: join(shots, 'unseen-office-import-draft.png') });
  }, 180_000);
});
