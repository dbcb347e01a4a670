import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { localDate } from '../../electron/format/dates.ts';
import { profileInForce } from '../../electron/format/resolveProfile.ts';
import { describe, expect, it } from 'vitest';
import { requireTool } from '../support/tools.ts';
import { callApi, ensureArtifactsDir, type App } from './support/app.ts';
import { hasChromium } from './support/chromium.ts';
import { useBrowserApp } from './support/browserApp.ts';
import { caretToEndOf, pageNow, trackSaveStates, waitForSavedSince } from './support/editor.ts';

/**
 * The review round of the issue, in Chromium against browser mode, on a fresh database seeded
 * with the demo: the secretary creates the 2027 resolution of Đảng ủy xã Hiệp Thạnh (its term
 * covers today) and submits it; the chief of staff comments on two passages ("Ý kiến") and
 * returns it with a reason; the secretary revises and resubmits ("Dự thảo lần 2"); the chief
 * compares the two drafts and approves; the clerk issues it with the register's next number (13:
 * the demo's 2026 resolution holds 12 in this term); then the clerk makes a sao lục of a provincial
 * resolution received as .docx, which LibreOffice renders: the original, then the copy mark (the 05-HD stamp today), then the
 * copy's number (01 of the copy register). Page images go to test-artifacts/e2e/ for a human look.
 */
const ORG = 'DU-HIEP-THANH';
const REASON = 'Bổ sung chỉ tiêu về môi trường; nêu rõ kết quả đã đạt.';
const REVISION = ' Bổ sung chỉ tiêu thu gom rác thải theo ý kiến của Chánh Văn phòng.';
const WRITE: [string, string][] = [
  ['[… Nêu mục tiêu tổng quát năm 2027]', 'Xây dựng Đảng bộ trong sạch, vững mạnh; phát triển kinh tế nhanh, bền vững.'],
  ['[… Nêu nhiệm vụ và giải pháp năm 2027]', 'Tập trung lãnh đạo thực hiện đạt và vượt các chỉ tiêu đề ra.'],
];
const RECEIVED = {
  number: 'Số 15-NQ/TU',
  first: 'Thực hiện Chương trình hành động của Tỉnh ủy',
  last: 'Nghị quyết này được phổ biến đến chi bộ.',
};

/** The chief's two comments: the words they are on, and what they say. */
const COMMENTS = [
  ['Kết quả thực hiện chỉ tiêu', 'Nêu rõ các chỉ tiêu đã đạt và vượt.'],
  ['Một số chỉ tiêu chưa đạt', 'Phân tích nguyên nhân chưa đạt.'],
] as const;

const run = hasChromium();
const canRender = requireTool('soffice', 'pdftotext', 'pdftoppm');

let app: App;
let page: Page;
const pageErrors: string[] = [];

/** Selects the first occurrence of `phrase` in the body, as a reader dragging over it would (the page may be read-only). */
async function selectPhrase(phrase: string): Promise<void> {
  await page
    .getByTestId('body-editor')
    .locator(':scope > *', { hasText: phrase })
    .first()
    .evaluate((el, text) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent ?? '').indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
        return;
      }
      throw new Error(`Không thấy "${text}"`);
    }, phrase);
  await page.waitForTimeout(100);
}

const bar = (status: string) => page.locator(`[data-testid=review-bar][data-status=${status}]`);
const norm = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ');

/** A resolution of Tỉnh ủy Lâm Đồng as another body would send it (made with `docx`, not our writer). */
async function receivedResolution(): Promise<Buffer> {
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
  const cell = (lines: string[], bold: number[] = []) =>
    new TableCell({
      width: { size: 4680, type: WidthType.DXA },
      children: lines.map(
        (t, i) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: t, bold: bold.includes(i) })] }),
      ),
    });
  const header = new Table({
    width: { size: 9360, type: WidthType.DXA },
    columnWidths: [4680, 4680],
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: [
      new TableRow({
        children: [
          cell(['TỈNH ỦY LÂM ĐỒNG', '*', RECEIVED.number], [0]),
          cell(['ĐẢNG CỘNG SẢN VIỆT NAM', 'Đà Lạt, ngày 20 tháng 10 năm 2026'], [0]),
        ],
      }),
    ],
  });
  const body = [
    `${RECEIVED.first} thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XII, Ban Thường vụ Tỉnh ủy quyết nghị:`,
    '1. Tập trung phát triển nông nghiệp ứng dụng công nghệ cao gắn với chế biến sâu.',
    '2. Đẩy mạnh chuyển đổi số trong hoạt động của các cơ quan đảng.',
    RECEIVED.last,
  ].map((text) => new Paragraph({ indent: { firstLine: 567 }, alignment: AlignmentType.JUSTIFIED, children: [new TextRun(text)] }));
  const doc = new Document({
    styles: { default: { document: { run: { font: 'Times New Roman', size: 28 } } } },
    sections: [
      {
        children: [
          header,
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 240 },
            children: [new TextRun({ text: 'NGHỊ QUYẾT', bold: true })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: 'về chuyển đổi số và nông nghiệp công nghệ cao', bold: true })],
          }),
          ...body,
          new Paragraph({ children: [new TextRun({ text: 'Nơi nhận:', underline: {} })] }),
          new Paragraph({ children: [new TextRun({ text: '- Các đảng ủy trực thuộc,', size: 24 })] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: 'T/M BAN THƯỜNG VỤ', bold: true })] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: 'Nguyễn Văn Ba', bold: true })] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe.skipIf(!run)('a review round in the browser: submit, return, revise, compare, approve, issue, sao lục', () => {
  useBrowserApp('soan-nq-e2e-review-', { browser: { viewport: { width: 1440, height: 900 } } }, async (s) => {
    ({ app, page } = s);
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await trackSaveStates(page);
  });

  it('goes from the secretary’s draft to the issued number and a rendered sao lục', async () => {
    const artifacts = ensureArtifactsDir();
    const shot = (name: string) => page.screenshot({ path: join(artifacts, `review-round-${name}.png`) });

    // The secretary: the 2027 draft of Đảng ủy xã Hiệp Thạnh, then "Trình duyệt".
    await page.goto(app.web.url);
    await page.getByTestId('document-list').waitFor();
    await page.getByTestId('new-year-open').click();
    await page.getByTestId('new-year-org').selectOption(ORG);
    await page.getByTestId('new-year-year').fill('2027');
    await page.getByTestId('new-year-carry').check();
    await page.getByTestId('new-year-create').click();
    await bar('du-thao').waitFor();
    // The sections the draft leaves as prompts are written first (a click selects a prompt, typing replaces it).
    for (const [prompt, text] of WRITE) {
      const block = page.getByTestId('body-editor').locator(':scope > *', { hasText: prompt });
      const since = await pageNow(page);
      await block.click();
      await page.keyboard.type(text);
      await waitForSavedSince(page, since);
    }
    const id = Number(await page.getByTestId('editor').getAttribute('data-document-id'));
    await expect.poll(() => page.getByTestId('review-round').textContent()).toBe('Dự thảo lần 1');
    expect(
      await page
        .locator('[data-testid^=review-]')
        .evaluateAll((els) => els.filter((e) => e.tagName === 'BUTTON').map((e) => e.dataset['testid'])),
    ).toEqual(['review-submit', 'review-save-version']);
    await page.getByTestId('review-submit').click();
    await bar('trinh-duyet').waitFor();
    await page.getByTestId('read-only-banner').waitFor();
    expect(await page.getByTestId('body-editor').getAttribute('contenteditable')).toBe('false');

    // The chief of staff comments on two passages of the locked draft ("Ý kiến"), then returns it: the reason is required.
    await page.getByTestId('tab-comments').click();
    for (const [i, [phrase, text]] of COMMENTS.entries()) {
      await selectPhrase(phrase);
      await page.getByTestId('comment-add').click();
      await page.getByTestId('comment-draft-text').fill(text);
      await page.getByTestId('comment-draft-submit').click();
      await expect.poll(() => page.getByTestId('comment-thread').count()).toBe(i + 1);
    }
    await shot('0-y-kien');

    await page.getByTestId('review-return').click();
    await page.getByTestId('return-confirm').click();
    await expect.poll(() => page.getByTestId('return-error').textContent()).toContain('lý do');
    await page.getByTestId('return-reason').fill(REASON);
    await page.getByTestId('return-confirm').click();
    await bar('tra-lai').waitFor();
    await page.getByTestId('tab-history').click();
    await expect
      .poll(() => page.locator('[data-testid=history-event][data-to=tra-lai]').getByTestId('history-reason').textContent())
      .toBe(REASON);

    // The secretary revises the returned draft and submits it again: "Dự thảo lần 2".
    expect(await page.getByTestId('body-editor').getAttribute('contenteditable')).toBe('true');
    const revised = page.getByTestId('body-editor').locator(':scope > *', { hasText: 'Kết quả thực hiện chỉ tiêu' }).first();
    await caretToEndOf(revised);
    const before = await pageNow(page);
    await page.keyboard.type(REVISION);
    await waitForSavedSince(page, before);
    expect(norm((await revised.textContent()) ?? '')).toMatch(new RegExp(`${REVISION.trim()}$`));
    await page.getByTestId('tab-comments').click();
    await expect.poll(() => page.getByTestId('comment-thread').count()).toBe(COMMENTS.length);
    await page.getByTestId('review-submit').click();
    await bar('trinh-duyet').waitFor();
    await expect.poll(() => page.getByTestId('review-round').textContent()).toBe('Dự thảo lần 2');
    expect(norm((await page.getByTestId('page-header').textContent()) ?? '')).toContain('Dự thảo lần 2');
    await shot('1-du-thao-lan-2');

    // The chief compares the first submission with the revision, then approves.
    const versions = await callApi(app.web, 'listVersions', { id });
    const firstSubmitted = versions.find((v) => v.status === 'trinh-duyet')?.version ?? 0;
    const latest = versions[versions.length - 1]?.version ?? 0;
    await page.getByTestId('tab-versions').click();
    await page.getByTestId('compare-from').selectOption(String(firstSubmitted));
    await page.getByTestId('compare-to').selectOption(String(latest));
    await page.getByTestId('compare-open').click();
    const compare = page.getByTestId('compare-view');
    await compare.getByTestId('compare-summary').waitFor();
    const changed = compare.locator('[data-testid=compare-block][data-kind=changed]');
    await expect.poll(() => changed.count()).toBe(1);
    expect(norm((await changed.getByTestId('word-insert').allTextContents()).join('')).trim()).toBe(REVISION.trim());
    expect(await compare.locator('[data-testid=compare-field][data-path="marks.draftRound"]').count()).toBe(1);
    await shot('2-so-sanh');
    const [diff] = await Promise.all([page.waitForEvent('download'), compare.getByTestId('compare-export').click()]);
    const diffXml = await (await JSZip.loadAsync(readFileSync((await diff.path()) ?? ''))).file('word/document.xml')?.async('string');
    expect(diffXml).toContain('<w:ins ');
    await compare.getByTestId('compare-close').click();
    await page.getByTestId('review-approve').click();
    // "Duyệt" asks first, with what is still open: the chief's two comments, no format error.
    await expect.poll(() => page.getByTestId('summary-comments').textContent()).toBe('2 ý kiến chưa xử lý');
    expect(await page.getByTestId('summary-errors').textContent()).toBe('Không còn lỗi thể thức');
    await page.getByTestId('confirm-approve-confirm').click();
    await bar('da-duyet').waitFor();

    // The clerk issues it: today by default, the register's next number (the demo's 2026 resolution holds 12 in this term).
    const register = await callApi(app.web, 'listRegister', { orgId: ORG });
    const next = String(Math.max(0, ...register.entries.map((e) => e.seq)) + 1).padStart(2, '0');
    await page.getByTestId('review-issue').click();
    await page.getByTestId('step-summary').waitFor();
    await page.getByTestId('confirm-issue-confirm').click();
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
    });
    expect(await page.getByTestId('issue-date').inputValue()).toBe(today);
    await page.getByTestId('issue-confirm').click();
    await bar('ban-hanh').waitFor();
    await expect.poll(() => page.getByTestId('review-number').textContent()).toContain(`Số ${next}-NQ/ĐU`);
    expect(norm((await page.getByTestId('header-number').textContent()) ?? '')).toContain(`${next}-NQ/ĐU`);
    await shot('3-ban-hanh');

    // The clerk: sao lục of a provincial resolution received as .docx, from Trang chủ.
    const work = mkdtempSync(join(tmpdir(), 'soan-nq-e2e-sao-luc-'));
    try {
      const received = join(work, 'NQ-15-TU.docx');
      writeFileSync(received, await receivedResolution());
      await page.getByTestId('editor-home').click();
      await page.getByTestId('home-sao-luc').click();
      await page.getByTestId('copy-org').selectOption(ORG);
      await page.getByTestId('copy-file').setInputFiles(received);
      await expect.poll(() => page.getByTestId('copy-number').textContent()).toBe('Số 01-BS/VPĐU');
      await expect.poll(() => page.getByTestId('copy-signer-name').inputValue()).not.toBe('');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('copy-make').click()]);
      expect(await page.getByTestId('copy-done-number').textContent()).toBe('Số 01-BS/VPĐU');
      const copy = join(artifacts, 'review-round-sao-luc.docx');
      await download.saveAs(copy);
      expect(pageErrors).toEqual([]);

      if (!canRender) return;
      // LibreOffice (its own profile) prints it: the original first, then the copy's mark, then the copy's number.
      execFileSync(
        'soffice',
        [`-env:UserInstallation=${pathToFileURL(join(work, 'lo')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', work, copy],
        { stdio: 'pipe', timeout: 120_000 },
      );
      const pdf = join(work, 'review-round-sao-luc.pdf');
      const text = norm(execFileSync('pdftotext', ['-layout', pdf, '-']).toString('utf8'));
      const at = (s: string) => text.indexOf(norm(s));
      expect(at(RECEIVED.number)).toBeGreaterThanOrEqual(0);
      expect(at(RECEIVED.last)).toBeGreaterThan(at(RECEIVED.number));
      // Made today: from 27/5/2026 the stamp of 05-HD ("BẢN SAO VĂN BẢN", "Hình thức sao: Sao lục"), before it the typed "SAO LỤC".
      const stamp = profileInForce(localDate(new Date())).rules.copy.form === 'stamp';
      const mark = stamp ? 'BẢN SAO VĂN BẢN' : 'SAO LỤC';
      expect(at(mark)).toBeGreaterThan(at(RECEIVED.last));
      if (stamp) expect(at('Hình thức sao: Sao lục')).toBeGreaterThan(at(mark));
      expect(at('Số 01-BS/VPĐU')).toBeGreaterThan(at(mark));
      for (const f of readdirSync(artifacts).filter((n) => /^review-round-sao-luc-\d+\.png$/.test(n))) rmSync(join(artifacts, f));
      execFileSync('pdftoppm', ['-r', '70', '-png', pdf, join(artifacts, 'review-round-sao-luc')]);
      expect(readdirSync(artifacts).some((n) => /^review-round-sao-luc-\d+\.png$/.test(n))).toBe(true);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 240_000);
});
