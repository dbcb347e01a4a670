import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callApi, ensureArtifactsDir, type App } from './support/app.ts';
import { hasChromium } from './support/chromium.ts';
import { useBrowserApp } from './support/browserApp.ts';

/**
 * An office's first day, all in the UI, with no demo: it sets up its body, then names its people in
 * Cơ quan › "Người dùng", the one setting up first. Every later step is recorded under that person's name.
 */
const run = hasChromium();
let app: App;
let page: Page;

describe.skipIf(!run)('an office’s first day in the UI', () => {
  useBrowserApp('soan-nq-e2e-firstday-', { app: { demo: false } }, async (s) => {
    ({ app, page } = s);
    page.on('dialog', (d) => void d.accept());
  });

  it('names its people one after the other: the first one added is the person working', async () => {
    const shots = ensureArtifactsDir();
    await page.goto(app.web.url);
    await page.getByTestId('start-setup').click();
    await page.getByTestId('setup-kind').selectOption('dang-uy-dac-khu');
    await page.getByTestId('setup-superiorBody').fill('ĐẢNG BỘ TỈNH AN GIANG');
    await page.getByTestId('setup-name').fill('ĐẢNG ỦY ĐẶC KHU PHÚ QUỐC');
    await page.getByTestId('setup-id').fill('DK-PQ');
    await page.getByTestId('setup-place').fill('Phú Quốc');
    await page.getByTestId('setup-save').click();
    await page.getByTestId('new-year-open').waitFor();
    // An office with no document yet is told to start from last year's resolution.
    expect(await page.getByTestId('document-list-empty').innerText()).toContain('Nhập nghị quyết năm trước');
    // Nobody chosen yet and nothing else to say: no empty box in the corner.
    expect(await page.getByTestId('person-bar').isVisible()).toBe(false);

    await page.getByTestId('home-office').click();
    await page.getByTestId('office-tab-people').click();
    expect(await page.getByTestId('people-first').innerText()).toContain('Thêm chính bạn trước');
    const people = [
      ['Trần Quản Trị', 'quan-tri'],
      ['Lê Thị Chuyên', 'chuyen-vien'],
      ['Nguyễn Văn Chánh', 'chanh-van-phong'],
      ['Phạm Thị Thư', 'van-thu'],
    ] as const;
    for (const [name, role] of people) {
      await page.getByTestId('person-name').fill(name);
      await page.getByTestId('person-name').press('Tab');
      await page.getByTestId('person-role').selectOption(role);
      await page.getByTestId('person-add').click();
      await expect.poll(() => page.getByTestId('office-people').innerText()).toContain(name);
    }
    await page.screenshot({ path: join(shots, 'first-day-people-1366.png') });
    expect(await page.locator('.office-section .form-error').count()).toBe(0);
    expect((await callApi(app.web, 'listPeople', {})).map((p) => p.name).sort()).toEqual(people.map(([n]) => n).sort());
    expect(await page.getByTestId('current-person').innerText()).toContain('Trần Quản Trị (quản trị)');
    // The later additions are recorded under the name of the one who set the office up.
    const changes = await callApi(app.web, 'listSetupChanges', { orgId: 'DK-PQ' });
    const thu = changes.filter((c) => JSON.stringify(c.after ?? null).includes('Phạm Thị Thư'));
    expect(thu.map((c) => c.who)).toEqual(['Trần Quản Trị']);
  }, 180_000);
});
