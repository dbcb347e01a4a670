import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addComments, editRun, reviseDocx, wordXml, type Reviewer } from '../support/wordReviewer.ts';
import { callApi, ensureArtifactsDir, startApp, type App } from './support/app.ts';
import { hasChromium, launchBrowser, type Browser } from './support/chromium.ts';
import { documentXml, textOf } from './support/docx.ts';
import { ensureRenderer } from './support/renderer.ts';

/**
 * The acceptance of issue 14 in the UI, in Chromium against browser mode on the demo: next year's
 * draft of Đảng ủy xã Hiệp Thạnh (2027, carried values); "Xuất bản góp ý" downloads the review
 * copy; the reviewer, as Word records it, deletes a word and inserts "SỬA ĐỔI " before it in a
 * body paragraph and comments "Đề nghị làm rõ số liệu" on it, all as Trần Văn B; "Nhập góp ý từ
 * Word" lists the insertion and the deletion with the reviewer's name and shows his comment;
 * the page shows each suggestion where it belongs with the reviewer's name (the deleted word
 * struck through); the insertion is accepted in place, "Chấp nhận tất cả" takes the rest, and the
 * exported .docx holds "SỬA ĐỔI ". Screenshots at 1366×768 and 1920×1080 go to test-artifacts/e2e/.
 */
const run = hasChromium();

/** The review chips that cover a line of the page's text, or another chip: none may. */
function chipsOverText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const chips = Array.from(document.querySelectorAll('[data-testid=rail-chip]')).map((c) => ({
      text: c.textContent ?? '',
      r: c.getBoundingClientRect(),
    }));
    const lines: DOMRect[] = [];
    const walker = document.createTreeWalker(document.querySelector('[data-testid=page]') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      lines.push(...Array.from(range.getClientRects()));
    }
    const over = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    const onText = chips.flatMap((c) =>
      lines
        .filter((l) => over(c.r, l))
        .map(
          (l) =>
            `${c.text} [${Math.round(c.r.left)},${Math.round(c.r.top)},${Math.round(c.r.right)},${Math.round(c.r.bottom)}] / [${Math.round(l.left)},${Math.round(l.top)},${Math.round(l.right)},${Math.round(l.bottom)}]`,
        ),
    );
    const onChip = chips.filter((c, i) => chips.some((d, j) => j !== i && over(c.r, d.r))).map((c) => `chồng: ${c.text}`);
    return [...onText, ...onChip];
  });
}
const B: Reviewer = { author: 'Trần Văn B', date: '2026-12-06T09:00:00Z' };

let app: App;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

describe.skipIf(!run)('review through Word in the browser', () => {
  beforeAll(async () => {
    await ensureRenderer();
    app = await startApp('soan-nq-e2e-word-review-');
    browser = await launchBrowser({ viewport: { width: 1366, height: 768 } });
    page = browser.page;
    page.on('pageerror', (e) => pageErrors.push(e.message));
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('review copy out, the reviewer’s Word file back in, accept all, and the export holds the change', async () => {
    const artifacts = ensureArtifactsDir();
    const shot = (name: string) => page.screenshot({ path: join(artifacts, `word-review-${name}.png`) });
    const doc = await callApi(app.web, 'createNextYear', { orgId: 'DU-HIEP-THANH', year: 2027, carryValues: true });
    await page.goto(app.web.url);
    await page.locator(`[data-testid=document-row][data-document-id="${doc.id}"]`).getByTestId('document-open').click();
    await page.getByTestId('editor').waitFor();
    await page.getByTestId('tab-comments').click();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('comments-export').click()]);
    const copy = join(app.dir, 'gop-y.docx');
    await download.saveAs(copy);
    const reviewed = await reviseDocx(readFileSync(copy), async (xml, zip) => {
      let x = editRun(xml, 'phổ biến', (rPr, before, match, after) =>
        [
          wordXml.run(rPr, before),
          wordXml.commentStart(0),
          wordXml.ins(B, 1, rPr, 'SỬA ĐỔI '),
          wordXml.del(B, 2, rPr, 'phổ '),
          wordXml.commentEnd(0),
          wordXml.run(rPr, match.slice(4) + after),
        ].join(''),
      );
      // On parts other than the body: a comment on a target's value, an insertion in a recipient.
      x = editRun(
        x,
        '85,5 tỷ đồng',
        (rPr, before, _m, after) =>
          wordXml.run(rPr, before) +
          wordXml.commentStart(1) +
          wordXml.run(rPr, '85,5') +
          wordXml.commentEnd(1) +
          wordXml.run(rPr, ` tỷ đồng${after}`),
      );
      x = editRun(
        x,
        'Các chi bộ trực thuộc',
        (rPr, before, m, after) => wordXml.run(rPr, before + m) + wordXml.ins(B, 3, rPr, ' Đảng bộ') + wordXml.run(rPr, after),
      );
      await addComments(zip, [
        { id: 0, reviewer: B, text: 'Đề nghị làm rõ số liệu', paraId: '1A2B3C4D' },
        { id: 1, reviewer: B, text: 'Số thu cần khớp dự toán', paraId: '1A2B3C4E' },
      ]);
      return x;
    });
    const returned = join(app.dir, 'gop-y-tran-van-b.docx');
    writeFileSync(returned, reviewed);

    await page.getByTestId('word-review-file').setInputFiles(returned);
    // The document reloads with the comment anchored; its "Ý kiến" tab lists both.
    await page.getByTestId('toast').filter({ hasText: 'Đã nhập góp ý của Trần Văn B: 2 ý kiến, 3 góp ý sửa, 0 không đặt được.' }).waitFor();
    await page.getByTestId('tab-comments').click();
    const rows = page.getByTestId('suggestion');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.getByTestId('suggestion-author').allTextContents()).toEqual(['Trần Văn B', 'Trần Văn B', 'Trần Văn B']);
    expect(await rows.nth(0).getByTestId('suggestion-change').textContent()).toBe('SỬA ĐỔI ');
    expect(await rows.nth(1).locator('del').textContent()).toBe('phổ ');
    const thread = page.getByTestId('comment-thread').filter({ hasText: 'Đề nghị làm rõ số liệu' });
    await expect.poll(() => thread.count()).toBe(1);
    expect(await thread.getByTestId('comment-author').first().textContent()).toBe('Trần Văn B');
    await page.getByTestId('word-review-panel').scrollIntoViewIfNeeded();
    await shot('1-nhap-gop-y');

    // On the page, where they belong: a mark for each, with the reviewer's name; the deleted word struck through.
    await page.getByTestId('body-editor').locator(':scope > *', { hasText: 'Nghị quyết này được phổ biến' }).scrollIntoViewIfNeeded();
    const marks = page.locator('[data-testid=suggestion-mark]:not([data-suggestion-id="3"])');
    await expect.poll(() => marks.count()).toBe(2);
    expect(await marks.getByTestId('suggestion-mark-author').allTextContents()).toEqual(['Trần Văn B', 'Trần Văn B']);
    expect(await marks.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).toEqual(['insert', 'delete']);
    const struck = await page.evaluate(() => {
      const h = (CSS.highlights as unknown as ReadonlyMap<string, Iterable<Range>>).get('nq-suggest-del');
      return h ? [...h].map((r) => r.toString()) : [];
    });
    expect(struck).toEqual(['phổ ']);
    await expect.poll(() => chipsOverText(page)).toEqual([]);
    await shot('2-tren-trang-1366');
    // The comment on the target's value, on the page beside its line; its thread says where it is.
    await page.getByTestId('body-targets-block').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const partMark = page.getByTestId('comment-part-mark');
    await expect.poll(() => partMark.count()).toBe(1);
    expect(await partMark.getByTestId('comment-part-author').textContent()).toBe('Trần Văn B');
    await expect.poll(() => chipsOverText(page)).toEqual([]);
    await shot('2b-chi-tieu-1366');
    const partThread = page.getByTestId('comment-thread').filter({ hasText: 'Số thu cần khớp dự toán' });
    // Named as the panel names every part ("Thu ngân sách nhà nước trên địa bàn" is the first under "1. Về kinh tế").
    expect(await partThread.getByTestId('comment-part-name').textContent()).toBe('Chỉ tiêu 1.1 (giá trị)');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByTestId('body-editor').locator(':scope > *', { hasText: 'Nghị quyết này được phổ biến' }).scrollIntoViewIfNeeded();
    await expect.poll(() => marks.count()).toBe(2);
    await shot('3-tren-trang-1920');
    await expect.poll(() => chipsOverText(page)).toEqual([]);

    // The insertion accepted in place; the rest ("Chấp nhận tất cả") from the list.
    await page.locator('[data-testid=suggestion-mark][data-kind=insert] button').first().click();
    await page.getByTestId('suggestion-mark-accept').click();
    await page.getByTestId('toast').filter({ hasText: 'Đã chấp nhận góp ý.' }).waitFor();
    const closing = page.getByTestId('body-editor').locator(':scope > *', { hasText: 'Nghị quyết này được SỬA ĐỔI' });
    await closing.scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('[data-testid=suggestion-mark][data-kind=delete]').count()).toBe(1);
    expect(await page.locator('[data-testid=suggestion-mark][data-kind=insert]:not([data-suggestion-id="3"])').count()).toBe(0);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId('tab-comments').click();
    await page.getByTestId('word-review-accept-all').click();
    await page.getByTestId('toast').filter({ hasText: 'Đã chấp nhận 2 góp ý.' }).waitFor();
    await page.getByTestId('tab-comments').click();
    await expect.poll(() => page.getByTestId('body-editor').textContent()).toContain('Nghị quyết này được SỬA ĐỔI biến đến cán bộ');
    await expect.poll(() => page.locator('[data-testid=suggestion][data-state=accepted]').count()).toBe(3);
    await page.getByTestId('word-review-panel').scrollIntoViewIfNeeded();
    await expect.poll(() => page.getByTestId('suggestion-mark').count()).toBe(0);
    await shot('4-da-chap-nhan');

    const exported = await callApi(app.web, 'exportDocx', { id: doc.id });
    if (exported.kind !== 'download') throw new Error('không có tệp xuất');
    expect(textOf(await documentXml(Buffer.from(exported.base64, 'base64')))).toContain('SỬA ĐỔI ');
    expect(pageErrors).toEqual([]);
  }, 180_000);
});
