import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { requireTool } from '../support/tools.ts';
import { ensureArtifactsDir, type App } from './support/app.ts';
import { useBrowserApp } from './support/browserApp.ts';
import { hasChromium } from './support/chromium.ts';
import { actAs, addPeople } from './support/people.ts';

/**
 * A đặc khu's first weeks, December 2026, on a fresh install (no demo), in the browser at 1366×768:
 * Đảng ủy đặc khu Côn Đảo sets up its body, term, signers (the Bí thư, and the Chánh Văn phòng who
 * signs copies) and people; imports last year's resolution from its digitally signed PDF, whose
 * number and day the e-office stamp left blank (filled in the review from the register); enters
 * last year's results; drafts 2027 with last year's targets beside; the chánh văn phòng comments and
 * returns it, approves it once resubmitted; the văn thư issues it, makes a sao y bản chính and a
 * trích sao, and the document's history shows both copies.
 */
const run = hasChromium() && requireTool('soffice');
const work = mkdtempSync(join(tmpdir(), 'soan-nq-e2e-dac-khu-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let app: App;
let page: Page;
const pageErrors: string[] = [];

const bar = (status: string) => page.locator(`[data-testid=review-bar][data-status=${status}]`);

/** Last year's resolution as its signed PDF's text layer reads: Tân Định's 2026 resolution, for Côn Đảo, number and day blank. */
function signedPdf(): string {
  const text = readFileSync(new URL('../fixtures/unseen/u01-tandinh-2025-nq15-du.txt', import.meta.url), 'utf8')
    .replaceAll('PHƯỜNG TÂN ĐỊNH', 'ĐẶC KHU CÔN ĐẢO')
    .replaceAll('phường Tân Định', 'đặc khu Côn Đảo')
    .replaceAll('Đảng ủy phường', 'Đảng ủy đặc khu')
    .replaceAll('Đảng bộ phường', 'Đảng bộ đặc khu')
    .replace('Số 15-NQ/ĐU', 'Số      -NQ/ĐU')
    .replace('Tân Định, ngày 26 tháng 12 năm 2025', 'Côn Đảo, ngày      tháng 12 năm 2025');
  const txt = join(work, 'nq-2026-da-ky-so.txt');
  writeFileSync(txt, text);
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${join(work, 'lo')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, txt],
    {
      stdio: 'pipe',
      timeout: 120_000,
    },
  );
  return join(work, 'nq-2026-da-ky-so.pdf');
}

describe.skipIf(!run)('a đặc khu’s first weeks, from a fresh install', () => {
  useBrowserApp('soan-nq-e2e-dac-khu-', { app: { demo: false } }, (s) => {
    ({ app, page } = s);
    page.on('pageerror', (err) => pageErrors.push(err.message));
    page.on('dialog', (d) => void d.accept());
  });

  it('sets up Côn Đảo, imports last year’s signed PDF, drafts, reviews, issues and copies 2027’s resolution', async () => {
    const shots = ensureArtifactsDir();
    const shot = (name: string) => page.screenshot({ path: join(shots, `dac-khu-${name}.png`) });
    const pdf = signedPdf();

    await page.goto(app.web.url);
    await page.getByTestId('start-setup').click();
    await page.getByTestId('setup-kind').selectOption('dang-uy-dac-khu');
    await page.getByTestId('setup-superiorBody').fill('ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH');
    await page.getByTestId('setup-name').fill('ĐẢNG ỦY ĐẶC KHU CÔN ĐẢO');
    await page.getByTestId('setup-id').fill('DU-CON-DAO');
    await page.getByTestId('setup-place').fill('Côn Đảo');
    await shot('setup');
    await page.getByTestId('setup-save').click();
    await page.getByTestId('new-year-open').waitFor();

    await page.getByTestId('home-office').click();
    await page.getByTestId('office-tab-terms').click();
    await page.getByTestId('term-name').fill('2025-2030');
    await page.getByTestId('term-from').fill('01/07/2025');
    await page.getByTestId('term-appointed').check();
    await page.getByTestId('term-add').click();
    await expect.poll(() => page.getByTestId('office-terms').innerText()).toContain('2025-2030');
    await page.getByTestId('office-tab-signers').click();
    await shot('signers-suggestions');
    await page.getByTestId('signer-suggestion').filter({ hasText: 'T/M ĐẢNG ỦY / BÍ THƯ' }).first().click();
    await page.getByTestId('signer-name').fill('Lê Văn Bí');
    await page.getByTestId('signer-save').click();
    await expect.poll(() => page.getByTestId('signer-row').count()).toBe(1);
    await page.getByTestId('signer-suggestion').filter({ hasText: 'CHÁNH VĂN PHÒNG' }).first().click();
    await page.getByTestId('signer-name').fill('Trần Văn Chánh');
    await page.getByTestId('signer-save').click();
    await expect.poll(() => page.getByTestId('signer-row').count()).toBe(2);
    await page.getByTestId('office-tab-people').click();
    await addPeople(page, [
      ['Nguyễn Thị Chuyên', 'chuyen-vien'],
      ['Trần Văn Chánh', 'chanh-van-phong'],
      ['Phạm Thị Thư', 'van-thu'],
    ] as const);
    await shot('people');

    // Last year's resolution from its signed PDF: no number or day in the file, so a draft unless filled in.
    await page.reload();
    await page.getByTestId('person-choice').filter({ hasText: 'Nguyễn Thị Chuyên' }).click();
    await page.getByTestId('home-import').click();
    await page.getByTestId('import-org').selectOption('DU-CON-DAO');
    await page.getByTestId('import-file').setInputFiles(pdf);
    await page.getByTestId('import-read').click();
    await page.getByTestId('import-review').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-issuing-body').inputValue()).toBe('ĐẢNG ỦY ĐẶC KHU CÔN ĐẢO');
    expect(await page.getByTestId('import-other-issuer').count()).toBe(0);
    await shot('import-read');
    expect(await page.getByTestId('import-status').getAttribute('data-status')).toBe('du-thao');
    await page.getByTestId('import-number-seq').fill('15');
    await page.getByTestId('import-date').fill('26/12/2025');
    await page.getByTestId('import-date').press('Tab');
    await expect.poll(() => page.getByTestId('import-status').getAttribute('data-status')).toBe('ban-hanh');
    await shot('import-filled');
    await page.getByTestId('import-confirm').check();
    await page.getByTestId('import-save').click();
    await page.getByTestId('editor').waitFor({ timeout: 30_000 });
    await shot('imported');

    // Last year's results, pasted from the office's spreadsheet and judged at once.
    await page.getByRole('button', { name: '← Trang chủ' }).first().click();
    await page.locator('[data-testid=document-row][data-org=DU-CON-DAO]').getByTestId('document-results').click();
    await page.getByTestId('results-dialog').waitFor();
    await page
      .getByTestId('results-paste')
      .fill(
        [
          'Tổng thu ngân sách nhà nước trên địa bàn\t1.301,2 tỷ đồng',
          'Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình\t93,4%',
          'Tỷ lệ hộ gia đình được công nhận gia đình văn hóa\t92,6%',
          'Số vụ phạm pháp hình sự\tgiảm 31%',
          'Tỷ lệ người dân tham gia bảo hiểm y tế\t96,8%',
          'Kết nạp\t37 đảng viên',
        ].join('\n'),
      );
    await page.getByTestId('results-save').click();
    await expect.poll(() => page.getByTestId('assessment-chip').count()).toBe(6);
    await shot('results');
    await page
      .getByTestId('results-dialog')
      .getByRole('button', { name: /Đóng|Hủy/ })
      .first()
      .click();

    // 2027's draft, last year's targets beside.
    await page.getByTestId('new-year-open').click();
    await page.getByTestId('new-year-org').selectOption('DU-CON-DAO');
    await page.getByTestId('new-year-year').fill('2027');
    await page.getByTestId('new-year-create').click();
    await bar('du-thao').waitFor();
    await shot('draft');
    await page.getByTestId('review-submit').click();
    await page.getByTestId('confirm-submit-reason').fill('Trình bản khung để Chánh Văn phòng cho ý kiến về chỉ tiêu');
    await page.getByTestId('confirm-submit-confirm').click();
    await bar('trinh-duyet').waitFor();

    // The chánh văn phòng comments and returns it; resubmitted, approves it.
    await actAs(page, 'Trần Văn Chánh');
    await page.getByTestId('tab-comments').click();
    await page
      .getByTestId('body-editor')
      .locator(':scope > p')
      .first()
      .evaluate((el) => {
        const node = document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode();
        if (!node?.textContent) throw new Error('Đoạn trống');
        const range = document.createRange();
        range.setStart(node, 0);
        range.setEnd(node, Math.min(20, node.textContent.length));
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
      });
    await page.getByTestId('comment-add').click();
    await page.getByTestId('comment-draft-text').fill('Ghi rõ số liệu năm 2026 của đặc khu.');
    await page.getByTestId('comment-draft-submit').click();
    await expect.poll(() => page.getByTestId('comment-thread').count()).toBe(1);
    await shot('comment');
    await page.getByTestId('review-return').click();
    await page.getByTestId('return-reason').fill('Bổ sung chỉ tiêu năm 2027.');
    await page.getByTestId('return-confirm').click();
    await bar('tra-lai').waitFor();
    await actAs(page, 'Nguyễn Thị Chuyên');
    await page.getByTestId('review-submit').click();
    await page.getByTestId('confirm-submit-reason').fill('Đã bổ sung; chỉ tiêu năm 2027 chờ Hội nghị quyết định');
    await page.getByTestId('confirm-submit-confirm').click();
    await bar('trinh-duyet').waitFor();
    await actAs(page, 'Trần Văn Chánh');
    await page.getByTestId('review-approve').click();
    await shot('approve-confirm');
    await page.getByTestId('confirm-approve-reason').fill('Thường trực đã cho ý kiến; chỉ tiêu năm 2027 điền theo Hội nghị.');
    await page.getByTestId('confirm-approve-confirm').click();
    await bar('da-duyet').waitFor();

    // The văn thư issues it (16, after last year's 15), then a sao y bản chính and a trích sao.
    await actAs(page, 'Phạm Thị Thư');
    await page.getByTestId('review-issue').click();
    await page.getByTestId('confirm-issue-reason').fill('Ban hành theo ý kiến Thường trực.');
    await page.getByTestId('confirm-issue-confirm').click();
    await expect.poll(() => page.getByTestId('issue-next-number').textContent()).toContain('16-NQ/ĐU');
    await page.getByTestId('issue-date').fill('18/12/2026');
    await page.getByTestId('issue-confirm').click();
    await bar('ban-hanh').waitFor();
    await expect.poll(() => page.getByTestId('review-number').textContent()).toBe('Số 16-NQ/ĐU, ngày 18/12/2026');
    for (const kind of ['sao-y', 'trich-sao'] as const) {
      await page.getByTestId(`review-${kind}`).click();
      await page.getByTestId('copy-date').fill('19/12/2026');
      if (kind === 'trich-sao') {
        await page.getByTestId('copy-part').first().click();
        await shot('trich-sao-parts');
      }
      // Making the copy builds its .docx: give a busy machine time.
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('copy-make').click()]);
      await download.saveAs(join(shots, `dac-khu-${kind}.docx`));
      await page.getByTestId('copy-close').click();
      // The history, open from the first copy on, shows each copy as it is made.
      if (kind === 'sao-y') await page.getByTestId('tab-history').click();
      await expect.poll(() => page.getByTestId('history-copy').count()).toBe(kind === 'sao-y' ? 1 : 2);
    }
    expect(await page.getByTestId('history-copy-number').allTextContents()).toEqual(['Số 02-BS/VPĐU', 'Số 01-BS/VPĐU']);
    await shot('history');
    expect(pageErrors).toEqual([]);
  }, 400_000);
});
