import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi, ensureArtifactsDir, type App } from './support/app.ts';
import { hasChromium } from './support/chromium.ts';
import { useBrowserApp } from './support/browserApp.ts';
import { join } from 'node:path';

/**
 * A fresh install in the browser at 1366×768: no demo loaded silently; the office sets up its body
 * with the header previewed as it prints; once it has people, "Bạn là ai?" asks, and what the
 * chosen person does is recorded under their name and checked against their role.
 */
const run = hasChromium();
const LONG_NAME = 'Tôn Nữ Thị Bảo Ngọc Phương Thảo Hoàng Lan Anh';
let app: App;
let page: Page;

describe.skipIf(!run)('first start of a real office', () => {
  useBrowserApp('soan-nq-e2e-first-', { app: { demo: false } }, async (s) => {
    ({ app, page } = s);
    page.on('dialog', (d) => void d.accept());
  });

  it('offers set-up or the demo, sets up Công Hải with a live header preview, then asks who is working', async () => {
    const shots = ensureArtifactsDir();
    await page.goto(app.web.url);
    await page.getByTestId('first-start').waitFor();
    expect(await page.getByTestId('start-demo').textContent()).toBe('Dùng thử với dữ liệu mẫu');
    await page.screenshot({ path: join(shots, 'first-start-1366.png') });
    await page.getByTestId('start-setup').click();
    await page.getByTestId('setup-kind').selectOption('dang-uy-xa');
    await page.getByTestId('setup-save').click();
    // Missing fields are named at the field, in Vietnamese.
    expect(await page.locator('.setup-form .form-error').first().textContent()).toBe('Thiếu tên tổ chức');
    // A Thành ủy: the kind brings its codes (TU, and VPTU for its copies: "Số 01-BS/VPTU"), and the
    // name typed in lower case previews in capitals, as it prints.
    await page.getByTestId('setup-kind').selectOption('thanh-uy');
    expect(await page.getByTestId('setup-issuerCode').inputValue()).toBe('TU');
    expect(await page.getByTestId('setup-officeCode').inputValue()).toBe('VPTU');
    await page.getByTestId('setup-name').fill('Thành ủy Huế');
    await page.getByTestId('setup-name').blur();
    await expect.poll(() => page.getByTestId('header-preview-name').innerText()).toBe('THÀNH ỦY HUẾ');
    // A code the office typed itself stays when the kind changes; the suggested one follows the kind.
    await page.getByTestId('setup-issuerCode').fill('TUH');
    await page.getByTestId('setup-issuerCode').blur();
    await page.getByTestId('setup-kind').selectOption('dang-uy-xa');
    expect(await page.getByTestId('setup-issuerCode').inputValue()).toBe('TUH');
    expect(await page.getByTestId('setup-officeCode').inputValue()).toBe('VPĐU');
    await page.getByTestId('setup-issuerCode').fill('ĐU');
    await page.getByTestId('setup-superiorBody').fill('ĐẢNG BỘ TỈNH KHÁNH HOÀ');
    await page.getByTestId('setup-name').fill('ĐẢNG UỶ XÃ CÔNG HẢI');
    await page.getByTestId('setup-id').fill('DU-CONG-HAI');
    await page.getByTestId('setup-place').fill('Công Hải');
    const preview = await page.getByTestId('header-preview').innerText();
    expect(preview).toContain('ĐẢNG BỘ TỈNH KHÁNH HOÀ\nĐẢNG UỶ XÃ CÔNG HẢI\n*\nSố 08-NQ/ĐU');
    expect(preview).toMatch(/Công Hải, ngày \d{2} tháng \d{1,2} năm \d{4}/u);
    await page.screenshot({ path: join(shots, 'setup-body-1366.png') });
    await page.getByTestId('setup-save').click();
    await page.getByTestId('new-year-open').waitFor();
    expect(await page.getByTestId('demo-badge').count()).toBe(0);

    // The office names its people (here through the contract, as `soan-nq person add` does).
    await callApi(app.web, 'addTerm', { orgId: 'DU-CONG-HAI', name: '2025-2030', from: '2025-07-01', appointed: true });
    await callApi(app.web, 'saveSigner', {
      orgId: 'DU-CONG-HAI',
      authority: 'T/M',
      authorityOf: 'ĐẢNG UỶ',
      title: 'BÍ THƯ',
      name: 'Phạm Văn D',
    });
    for (const [name, role] of [
      ['Nguyễn Văn A', 'chuyen-vien'],
      ['Trần Văn B', 'chanh-van-phong'],
      ['Lê Thị C', 'van-thu'],
      [LONG_NAME, 'van-thu'],
    ] as const) {
      await callApi(app.web, 'savePerson', { name, roles: [role] });
    }
    await page.reload();
    await page.getByTestId('who-are-you').waitFor();
    await page.screenshot({ path: join(shots, 'who-are-you-1366.png') });
    await page.getByTestId('person-choice').filter({ hasText: 'Nguyễn Văn A' }).click();
    expect(await page.getByTestId('current-person').innerText()).toContain('Nguyễn Văn A (chuyên viên)');

    // "Tạo nghị quyết mới" for a body with no previous resolution, recorded under the person's name.
    await page.getByTestId('new-year-open').click();
    await page.getByTestId('new-year-year').fill('2027');
    await page.getByTestId('new-year-dialog').getByRole('button', { name: 'Tạo dự thảo' }).click();
    await page.getByTestId('editor').waitFor();
    await page.screenshot({ path: join(shots, 'new-draft-1366.png') });
    const id = Number(await page.getByTestId('editor').getAttribute('data-document-id'));
    const history = await callApi(app.web, 'documentHistory', { id });
    expect(history.map((e) => e.who)).toEqual(['Nguyễn Văn A']);

    // One click to switch person.
    await page.getByTestId('switch-person').click();
    await page.getByTestId('person-choice').filter({ hasText: 'Lê Thị C' }).click();
    expect(await page.getByTestId('current-person').innerText()).toContain('Lê Thị C (văn thư)');
    // A long name is cut with "…" (whole on hover), so the bar at the foot of the window stays small.
    await page.getByTestId('switch-person').click();
    await page.getByTestId('person-choice').filter({ hasText: LONG_NAME }).click();
    await expect.poll(() => page.getByTestId('current-person').innerText()).toContain('(văn thư)');
    expect(await page.getByTestId('current-person-name').getAttribute('title')).toBe(LONG_NAME);
    const bar = await page.getByTestId('current-person').boundingBox();
    expect(bar?.width).toBeLessThan(360);
    await page.screenshot({ path: join(shots, 'person-bar-long-name-1366.png') });
    await page.getByTestId('switch-person').click();
    await page.getByTestId('person-choice').filter({ hasText: 'Lê Thị C' }).click();

    // "Cơ quan": the set-up edited later, the people, and backups.
    await page.getByRole('button', { name: '← Trang chủ' }).first().click();
    await page.getByTestId('home-office').click();
    await page.getByTestId('office-screen').waitFor();
    expect(await page.getByTestId('setup-name').inputValue()).toBe('ĐẢNG UỶ XÃ CÔNG HẢI');
    await page.getByTestId('office-tab-people').click();
    await expect.poll(() => page.getByTestId('office-people').innerText()).toContain('Trần Văn B — chánh văn phòng');
    await page.getByTestId('office-tab-terms').click();
    await expect
      .poll(() => page.getByTestId('office-terms').innerText())
      .toContain('nhiệm kỳ 2025-2030: từ 01/07/2025 — cấp ủy được chỉ định');
    await page.getByTestId('office-tab-signers').click();
    await expect.poll(() => page.getByTestId('office-signers').innerText()).toContain('T/M ĐẢNG UỶ / BÍ THƯ / Phạm Văn D');
    await page.screenshot({ path: join(shots, 'office-1366.png') });
  }, 180_000);
});
