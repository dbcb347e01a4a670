import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ensureArtifactsDir, type App } from './support/app.ts';
import { hasChromium } from './support/chromium.ts';
import { useBrowserApp } from './support/browserApp.ts';
import { documentXml, paragraphTexts } from './support/docx.ts';
import { actAs, addPeople } from './support/people.ts';

/**
 * Issue 10's acceptance in the UI, at 1366×768 on a fresh database: the office sets itself up
 * ("Thiết lập cơ quan của tôi", Đảng ủy xã Công Hải with its superior, code, place and office; the
 * 2025-2030 term appointed from 01/7/2025; the NQ register starting at 08; its signer; a recipient
 * list; three people), then Nguyễn Văn A drafts the 2027 resolution and submits it, Trần Văn B
 * returns it with "Bổ sung chỉ tiêu", A resubmits, B approves, and Lê Thị C issues it on
 * 20/12/2026. Each role sees only its own actions. The export holds "Số 08-NQ/ĐU" and the date
 * line, no "Dự thảo"; the history names the three. Screenshots of each Cơ quan tab at 1366×768
 * and 1920×1080 go to test-artifacts/e2e/.
 */
const run = hasChromium();
let app: App;
let page: Page;
const pageErrors: string[] = [];
const REASON = 'Bổ sung chỉ tiêu';
const TABS = ['body', 'terms', 'signers', 'recipients', 'people', 'backups', 'audit'] as const;

const bar = (status: string) => page.locator(`[data-testid=review-bar][data-status=${status}]`);

describe.skipIf(!run)('a real office from a fresh install, in the browser at 1366×768', () => {
  useBrowserApp('soan-nq-e2e-office-', { app: { demo: false } }, async (s) => {
    ({ app, page } = s);
    page.on('pageerror', (err) => pageErrors.push(err.message));
    page.on('dialog', (d) => void d.accept());
  });

  it('sets up Công Hải, reviews and issues Số 08-NQ/ĐU with each role’s actions only', async () => {
    const shots = ensureArtifactsDir();
    const shot = (name: string) => page.screenshot({ path: join(shots, `office-journey-${name}.png`) });

    // "Thiết lập cơ quan của tôi": the body with its superior, code, place and office.
    await page.goto(app.web.url);
    await page.getByTestId('start-setup').click();
    await page.getByTestId('setup-kind').selectOption('dang-uy-xa');
    await page.getByTestId('setup-superiorBody').fill('ĐẢNG BỘ TỈNH KHÁNH HOÀ');
    await page.getByTestId('setup-name').fill('ĐẢNG UỶ XÃ CÔNG HẢI');
    await page.getByTestId('setup-id').fill('DU-CONG-HAI');
    await page.getByTestId('setup-issuerCode').fill('ĐU');
    await page.getByTestId('setup-place').fill('Công Hải');
    await page.getByTestId('setup-officeName').fill('VĂN PHÒNG');
    await page.getByTestId('setup-officeCode').fill('VPĐU');
    await page.getByTestId('setup-save').click();
    await page.getByTestId('new-year-open').waitFor();

    // Cơ quan › Nhiệm kỳ và sổ số: the appointed term, then the NQ register's next number.
    await page.getByTestId('home-office').click();
    await page.getByTestId('office-tab-terms').click();
    await page.getByTestId('term-name').fill('2025-2030');
    await page.getByTestId('term-from').fill('01/07/2025');
    await page.getByTestId('term-appointed').check();
    await page.getByTestId('term-add').click();
    await expect.poll(() => page.getByTestId('office-terms').innerText()).toContain('từ 01/07/2025 — cấp ủy được chỉ định');
    await page.getByTestId('register-type').selectOption('NQ');
    await page.getByTestId('register-next-input').fill('8');
    await page.getByTestId('register-start-save').click();
    await expect.poll(() => page.getByTestId('register-start-done').textContent()).toContain('số tiếp theo là 08');
    await expect
      .poll(() => page.locator('[data-testid=register-next-row][data-type=NQ]').getByTestId('register-next-value').textContent())
      .toBe('08');

    // The seven resolutions issued before the app, from the office's spreadsheet: a number given
    // twice is refused at its line; a gap is listed and saved only when the office says so.
    const sheet = (rows: number[]) =>
      Buffer.from(
        [
          'Số;Ngày;Loại;Trích yếu',
          ...rows.map((n) => `${String(n).padStart(2, '0')};${n + 1}/0${(n % 9) + 1}/2026;NQ;Nghị quyết số ${n}`),
        ].join('\n'),
      );
    await page
      .getByTestId('register-import-file')
      .setInputFiles({ name: 'so-nq.csv', mimeType: 'text/csv', buffer: sheet([1, 2, 3, 3, 4, 6, 7]) });
    await expect.poll(() => page.getByTestId('register-import-problems').innerText()).toContain('số 3 loại NQ trùng với dòng 4');
    expect(await page.getByTestId('register-import-save').isDisabled()).toBe(true);
    await page
      .getByTestId('register-import-file')
      .setInputFiles({ name: 'so-nq.csv', mimeType: 'text/csv', buffer: sheet([1, 2, 3, 4, 6, 7]) });
    await expect.poll(() => page.getByTestId('register-import-gaps').innerText()).toContain('thiếu số 5');
    expect(await page.getByTestId('register-import-series').innerText()).toBe('Nhiệm kỳ 2025-2030, loại NQ: 6 số, từ 01 đến 07');
    await shot('register-import-preview');
    await page.getByTestId('register-import-allow-gaps').check();
    await page.getByTestId('register-import-save').click();
    await expect.poll(() => page.getByTestId('register-import-done').textContent()).toBe('Đã nhập 6 số từ so-nq.csv vào sổ đăng ký.');
    await expect
      .poll(() => page.locator('[data-testid=register-next-row][data-type=NQ]').getByTestId('register-next-value').textContent())
      .toBe('08');

    // Người ký: the suggestion that fits a đảng ủy (T/M ĐẢNG UỶ / BÍ THƯ) and the name.
    await page.getByTestId('office-tab-signers').click();
    await page.getByTestId('signer-suggestion').filter({ hasText: 'T/M ĐẢNG UỶ / BÍ THƯ' }).first().click();
    await page.getByTestId('signer-name').fill('Phạm Văn D');
    await page.getByTestId('signer-save').click();
    await expect
      .poll(() => page.getByTestId('signer-row').allInnerTexts())
      .toEqual([expect.stringContaining('T/M ĐẢNG UỶ / BÍ THƯ / Phạm Văn D')]);

    // Nơi nhận: a list started from the body's lines, saved for reuse.
    await page.getByTestId('office-tab-recipients').click();
    await page.getByTestId('recipient-list-new').click();
    expect(await page.getByTestId('recipient-text').last().inputValue()).toBe('Lưu Văn phòng Đảng uỷ');
    await page.getByTestId('recipient-list-form-save').click();
    await expect.poll(() => page.getByTestId('recipient-list-row').count()).toBe(1);
    // A list made by mistake is removed, asked twice; the first one stays.
    await page.getByTestId('recipient-list-new').click();
    await page.getByTestId('recipient-list-form-name').fill('Gõ nhầm');
    await page.getByTestId('recipient-list-form-name').blur();
    await page.getByTestId('recipient-list-form-save').click();
    await expect.poll(() => page.getByTestId('recipient-list-row').count()).toBe(2);
    const mistaken = page.getByTestId('recipient-list-row').filter({ hasText: 'Gõ nhầm' });
    await mistaken.getByTestId('recipient-list-delete').click();
    await shot('recipient-list-delete');
    await mistaken.getByTestId('recipient-list-delete-confirm').click();
    await expect.poll(() => page.getByTestId('recipient-list-row').count()).toBe(1);

    // Người dùng: the three people of the office.
    await page.getByTestId('office-tab-people').click();
    await addPeople(page, [
      ['Nguyễn Văn A', 'chuyen-vien'],
      ['Trần Văn B', 'chanh-van-phong'],
      ['Lê Thị C', 'van-thu'],
    ] as const);

    // Every tab at both sizes, for a look; the audit names who changed what.
    for (const size of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(size);
      for (const tab of TABS) {
        await page.getByTestId(`office-tab-${tab}`).click();
        await page.waitForTimeout(150);
        await shot(`tab-${tab}-${size.width}`);
      }
    }
    await page.setViewportSize({ width: 1366, height: 768 });
    await expect.poll(() => page.getByTestId('setup-change').count()).toBeGreaterThanOrEqual(8);
    expect(await page.getByTestId('office-audit').innerText()).toContain('Sổ đăng ký NQ nhiệm kỳ 2025-2030: số tiếp theo là 8');

    // "Bạn là ai?" once the office has people: Nguyễn Văn A drafts 2027 and submits it.
    await page.reload();
    await page.getByTestId('who-are-you').waitFor();
    await page.getByTestId('person-choice').filter({ hasText: 'Nguyễn Văn A' }).click();
    await page.getByTestId('new-year-open').click();
    await page.getByTestId('new-year-year').fill('2027');
    await page.getByTestId('new-year-create').click();
    await bar('du-thao').waitFor();
    expect(await page.getByTestId('review-round').textContent()).toBe('Dự thảo lần 1');
    await shot('draft');
    await page.getByTestId('review-submit').click();
    await bar('trinh-duyet').waitFor();
    // The chief's actions are shown to A disabled, saying who may.
    expect(await page.getByTestId('review-approve').isDisabled()).toBe(true);
    expect(await page.getByTestId('review-approve').getAttribute('title')).toBe(
      'Việc này do chánh văn phòng hoặc phó chánh văn phòng làm (bạn là chuyên viên).',
    );

    // Trần Văn B returns it with the reason.
    await actAs(page, 'Trần Văn B');
    await bar('trinh-duyet').waitFor();
    await page.getByTestId('review-return').click();
    await page.getByTestId('return-reason').fill(REASON);
    await page.getByTestId('return-confirm').click();
    await bar('tra-lai').waitFor();

    // A resubmits; B approves.
    await actAs(page, 'Nguyễn Văn A');
    await page.getByTestId('review-submit').click();
    await bar('trinh-duyet').waitFor();
    await expect.poll(() => page.getByTestId('review-round').textContent()).toBe('Dự thảo lần 2');
    await actAs(page, 'Trần Văn B');
    expect(await page.getByTestId('review-issue').count()).toBe(0);
    await page.getByTestId('review-approve').click();
    await page.getByTestId('confirm-approve-confirm').click();
    await bar('da-duyet').waitFor();
    expect(await page.getByTestId('review-issue').isDisabled()).toBe(true);
    expect(await page.getByTestId('review-issue').getAttribute('title')).toBe('Việc này do văn thư làm (bạn là chánh văn phòng).');

    // Lê Thị C issues it on 20/12/2026 with the register's next number, 08.
    await actAs(page, 'Lê Thị C');
    await page.getByTestId('review-issue').click();
    await page.getByTestId('confirm-issue-confirm').click();
    await expect.poll(() => page.getByTestId('issue-next-number').textContent()).toContain('08-NQ/ĐU');
    await page.getByTestId('issue-date').fill('20/12/2026');
    await page.getByTestId('issue-confirm').click();
    await bar('ban-hanh').waitFor();
    await expect.poll(() => page.getByTestId('review-number').textContent()).toBe('Số 08-NQ/ĐU, ngày 20/12/2026');
    await shot('issued');

    // The export: the number, the date line, the body's office last in Nơi nhận, no "Dự thảo".
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('editor-export').click()]);
    const file = join(shots, 'office-journey-08-NQ-DU.docx');
    await download.saveAs(file);
    const texts = paragraphTexts(await documentXml(readFileSync(file)));
    const all = texts.join('\n');
    expect(all).toContain('Số 08-NQ/ĐU');
    expect(all).toContain('Công Hải, ngày 20 tháng 12 năm 2026');
    expect(all).toContain('ĐẢNG BỘ TỈNH KHÁNH HOÀ');
    expect(all).toContain('- Lưu Văn phòng Đảng uỷ.');
    expect(all).toContain('Phạm Văn D');
    expect(all).not.toContain('Dự thảo');

    // The history names the three, and the reason.
    await page.getByTestId('tab-history').click();
    // The tab reads the history when it opens: wait for it.
    await expect.poll(() => page.getByTestId('history-who').count()).toBeGreaterThan(0);
    const who = await page.getByTestId('history-who').allTextContents();
    for (const name of ['Nguyễn Văn A', 'Trần Văn B', 'Lê Thị C']) expect(who).toContain(name);
    expect(await page.getByTestId('history-reason').allTextContents()).toContain(REASON);
    await shot('history');
    expect(pageErrors).toEqual([]);
  }, 300_000);
});
