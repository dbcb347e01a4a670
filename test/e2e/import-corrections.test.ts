import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { flattenTargets } from '../../electron/contract/model/targets.ts';
import { shortText } from '../../electron/format/shortText.ts';
import { callApi, type App } from './support/app.ts';
import { useBrowserApp } from './support/browserApp.ts';
import { hasChromium, shootBothSizes } from './support/chromium.ts';

/**
 * "Nhập văn bản cũ" as the chuyên viên corrects what was read before storing last year's
 * resolution as issued (its content cannot change afterwards): a row read wrongly is taken out,
 * a row read at the wrong level is moved out of its group, and the toast names the document
 * without cutting a word in two.
 */
const run = hasChromium();
let app: App;
let page: Page;
const work = mkdtempSync(join(tmpdir(), 'soan-nq-e2e-import-fix-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SUMMARY = 'Về phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh và xây dựng Đảng năm 2022';
const TEXT = [
  'ĐẢNG BỘ TỈNH LÂM ĐỒNG\nHUYỆN ỦY ĐỨC TRỌNG\n*\nSố 04-NQ/HU\n\nĐẢNG CỘNG SẢN VIỆT NAM\nĐức Trọng, ngày 10 tháng 12 năm 2021',
  `NGHỊ QUYẾT\n${SUMMARY}`,
  'I. MỤC TIÊU\n\n1. Phát triển kinh tế nhanh, bền vững.',
  'Nơi nhận:\n- Tỉnh ủy,\n- Lưu Văn phòng.\n\nT/M HUYỆN ỦY\nBÍ THƯ\n\n\nNguyễn Văn A',
  'PHỤ LỤC\n\nCHỈ TIÊU NĂM 2022\n\n(Kèm theo Nghị quyết số 04-NQ/HU ngày 10/12/2021 của Huyện ủy Đức Trọng)',
  [
    'STT CHỈ TIÊU ĐƠN VỊ TÍNH KẾ HOẠCH NĂM 2022',
    '1 Tổng giá trị sản phẩm',
    'Nông nghiệp % Tăng 3 - 4',
    'Thương mại, dịch vụ % Tăng 12',
    '2 Hộ nghèo giảm hộ ≥ 15',
    'Trong đó hộ cận nghèo hộ 8',
    '3 Kết nạp đảng viên mới đảng viên 12',
  ].join('\n'),
].join('\n\n');

const names = (p: Page) => p.getByTestId('import-target-name').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
const row = (p: Page, name: string) => p.getByTestId('import-target').filter({ has: p.locator(`input[value="${name}"]`) });

describe.skipIf(!run)('correcting the targets read before storing last year’s resolution', () => {
  useBrowserApp('soan-nq-e2e-import-fix-', {}, (s) => {
    ({ app, page } = s);
  });

  it('takes out a row read wrongly and moves one out of its group; the stored document has what was confirmed', async () => {
    const file = join(work, 'nq04-2021.txt');
    writeFileSync(file, TEXT);
    await page.goto(app.web.url);
    await page.getByTestId('home-import').click();
    await page.getByTestId('import-org').selectOption('DU-HIEP-THANH');
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByTestId('import-read').click();
    await page.getByTestId('import-review').waitFor({ timeout: 60_000 });
    // The number as it prints, "04" (it showed "4"), and still edited as a number.
    expect(await page.getByTestId('import-number-seq').inputValue()).toBe('04');
    await page.getByTestId('import-number-seq').fill('9');
    expect(await page.getByTestId('import-number-seq').inputValue()).toBe('09');
    await page.getByTestId('import-number-seq').fill('4');
    expect(await names(page)).toEqual([
      'Tổng giá trị sản phẩm',
      'Nông nghiệp',
      'Thương mại, dịch vụ',
      'Hộ nghèo giảm',
      'Trong đó hộ cận nghèo',
      'Kết nạp đảng viên mới',
    ]);
    // A top-level row cannot go out further.
    expect(await row(page, 'Kết nạp đảng viên mới').getByTestId('import-target-outdent').isDisabled()).toBe(true);
    await row(page, 'Thương mại, dịch vụ').getByTestId('import-target-remove').click();
    await row(page, 'Trong đó hộ cận nghèo').getByTestId('import-target-outdent').click();
    expect(await names(page)).toEqual([
      'Tổng giá trị sản phẩm',
      'Nông nghiệp',
      'Hộ nghèo giảm',
      'Trong đó hộ cận nghèo',
      'Kết nạp đảng viên mới',
    ]);
    await page.getByTestId('import-targets').scrollIntoViewIfNeeded();
    await shootBothSizes(page, 'import-corrections');

    await page.getByTestId('import-confirm').check();
    // The file is Huyện ủy Đức Trọng's, the body chosen Đảng ủy xã Hiệp Thạnh: said, and asked.
    expect(await page.getByTestId('import-other-issuer').innerText()).toContain(
      'Văn bản này do HUYỆN ỦY ĐỨC TRỌNG ban hành, không phải ĐẢNG ỦY XÃ HIỆP THẠNH.',
    );
    expect(await page.getByTestId('import-save').isDisabled()).toBe(true);
    await page.getByTestId('import-other-issuer-confirm').check();
    await page.getByTestId('import-other-issuer').scrollIntoViewIfNeeded();
    await shootBothSizes(page, 'import-other-issuer');
    await page.getByTestId('import-save').click();
    const toast = page.getByTestId('toasts');
    await expect.poll(() => toast.innerText()).toContain('Đã lưu');
    expect(await toast.innerText()).toContain(`“${shortText(SUMMARY, 60)}”`);
    expect(shortText(SUMMARY, 60)).not.toBe(SUMMARY.slice(0, 60));

    const docs = await callApi(app.web, 'listDocuments', { orgId: 'DU-HIEP-THANH' });
    const stored = docs.find((d) => d.summary.startsWith('Về phát triển kinh tế - xã hội, bảo đảm'));
    if (!stored) throw new Error('không thấy văn bản đã lưu');
    const doc = await callApi(app.web, 'getDocument', { id: stored.id });
    expect(flattenTargets(doc.content.targets).map((t) => [t.depth, t.node.name])).toEqual([
      [0, 'Tổng giá trị sản phẩm'],
      [1, 'Nông nghiệp'],
      [0, 'Hộ nghèo giảm'],
      [0, 'Trong đó hộ cận nghèo'],
      [0, 'Kết nạp đảng viên mới'],
    ]);
  }, 120_000);
});
