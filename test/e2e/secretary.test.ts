import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { requireTool } from '../support/tools.ts';
import { ensureArtifactsDir, type App } from './support/app.ts';
import { hasChromium } from './support/chromium.ts';
import { useBrowserApp } from './support/browserApp.ts';
import { documentXml, occurrences, paragraphTexts, renderFirstPage, tableRows } from './support/docx.ts';
import { bodyBlockTexts, caretToEndOf, pageNow, saveState, trackSaveStates, waitForSavedSince } from './support/editor.ts';
import { typeWithIme } from './support/ime.ts';
import { fillTargetField, targetFieldText } from './support/targets.ts';

/**
 * The secretary's day, end to end in Chromium against browser mode (the scenario): a
 * fresh database seeded with the demo; Trang chủ; the 2023 resolution of Huyện ủy Đức Trọng
 * from its 2022 one; two targets changed; a sentence typed into the body through a Vietnamese
 * input method (composition events, as Telex sends them); a recipient added; another signer;
 * "Đã lưu"; export; and every one of those edits found in the exported .docx.
 */
const SENTENCE = 'Năm 2023 tập trung phát triển nông nghiệp công nghệ cao.';
const RECIPIENT = 'Ban Tuyên giáo Tỉnh ủy';
const SIGNER = { title: 'PHÓ BÍ THƯ', name: 'Trần Văn Bình' };
const TARGETS = [
  { key: 'thu-ngan-sach', name: 'Thu NSNN do huyện quản lý', value: '850', previous: '770,4' },
  { key: 'bao-hiem-y-te', name: 'Tỷ lệ bảo hiểm y tế toàn dân', value: 'trên 90', previous: '>88' },
] as const;

const run = hasChromium();

let app: App;
let page: Page;
const pageErrors: string[] = [];

function targetRow(key: string) {
  return page.locator(`[data-testid=target-row][data-key="${key}"]`);
}

describe.skipIf(!run)('the secretary drafts next year’s resolution in the browser', () => {
  useBrowserApp('soan-nq-e2e-secretary-', { browser: {}, timeout: 120_000 }, async (s) => {
    ({ app, page } = s);
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await trackSaveStates(page);
  });

  it('creates the 2023 resolution, edits it, saves, exports, and the .docx holds every edit', async () => {
    const artifacts = ensureArtifactsDir();

    // Trang chủ on a fresh database: the demo's documents, Đức Trọng 2022 among them, no 2023 yet.
    await page.goto(app.web.url);
    await page.getByTestId('document-list').waitFor();
    expect(page.url()).not.toContain('token=');
    const ducTrong = page.locator('[data-testid=document-row][data-org=HU-DUC-TRONG]');
    expect(await ducTrong.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-year')))).toEqual(['2022']);

    // "Tạo nghị quyết năm mới": Đức Trọng, 2023 proposed, created from 2022.
    await page.getByTestId('new-year-open').click();
    await page.getByTestId('new-year-dialog').waitFor();
    await page.getByTestId('new-year-org').selectOption('HU-DUC-TRONG');
    expect(await page.getByTestId('new-year-year').inputValue()).toBe('2023');
    await page.getByTestId('new-year-year').fill('2023');
    await page.getByTestId('new-year-create').click();
    await page.getByTestId('editor').waitFor();
    expect(await page.getByTestId('editor-title').textContent()).toContain('2023');
    expect(await page.getByTestId('title-summary').textContent()).toContain('năm 2023');
    expect(Number(await page.getByTestId('editor').getAttribute('data-document-id'))).toBeGreaterThan(0);
    expect((await saveState(page)).state).toBe('saved');

    // Two targets: last year's target beside each, the new value read back as the app understands it.
    await targetRow(TARGETS[0].key).waitFor();
    const editsFrom = await pageNow(page);
    for (const t of TARGETS) {
      const row = targetRow(t.key);
      expect(await targetFieldText(row.getByTestId('target-name'))).toBe(t.name);
      expect(await row.getByTestId('target-previous-target').textContent()).toBe(t.previous);
      await fillTargetField(row.getByTestId('target-value'), t.value);
      expect(await row.getByTestId('target-value').inputValue()).toBe(t.value);
      expect(await row.getByTestId('target-reading').textContent()).toMatch(new RegExp(`^Hiểu là: ${t.value}`));
    }
    expect((await saveState(page)).state).not.toBe('saved');
    await targetRow(TARGETS[1].key).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, 'secretary-targets.png') });

    // A new paragraph typed through the IME: one composition per word, growing as Telex shows it.
    const before = await bodyBlockTexts(page);
    const firstParagraph = page.getByTestId('body-editor').locator('p.nq-p').first();
    const firstText = (await firstParagraph.textContent()) ?? '';
    await caretToEndOf(firstParagraph);
    await page.keyboard.press('Enter');
    const ime = await typeWithIme(page, SENTENCE);
    expect(ime.words).toBe(SENTENCE.match(/\p{L}+/gu)?.length);
    // At least one state per letter, more for the letters that take a shape or a tone.
    expect(ime.compositionUpdates).toBeGreaterThan(SENTENCE.match(/\p{L}/gu)?.length ?? 0);
    const after = await bodyBlockTexts(page);
    expect(after).toHaveLength(before.length + 1);
    expect(after.filter((b) => b === SENTENCE)).toHaveLength(1);
    expect(after.join('\n').split(SENTENCE)).toHaveLength(2);
    const at = after.indexOf(SENTENCE);
    expect(after[at - 1]).toBe(firstText);
    expect([...after.slice(0, at), ...after.slice(at + 1)]).toEqual(before);

    // "Nơi nhận": a new line, before the "Lưu …" line, focused at once.
    await page.getByTestId('tab-closing').click();
    await page.getByTestId('recipients-panel').waitFor();
    const linesBefore = await page.getByTestId('recipient-text').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    await page.getByTestId('recipient-add').click();
    // The new, empty line takes the focus (once React has rendered it); then the user types.
    await page.waitForFunction(() => {
      const el = document.activeElement;
      return el instanceof HTMLInputElement && el.dataset['testid'] === 'recipient-text' && el.value === '';
    });
    expect(await page.getByTestId('recipient-text').count()).toBe(linesBefore.length + 1);
    await page.keyboard.type(RECIPIENT);
    const linesAfter = await page.getByTestId('recipient-text').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(linesAfter).toEqual([...linesBefore.slice(0, -1), RECIPIENT, ...linesBefore.slice(-1)]);
    expect(linesAfter.at(-1)).toMatch(/^Lưu\b/);
    expect(await page.getByTestId('closing-recipients').textContent()).toContain(RECIPIENT);

    // The signer: another one from the office's list, then a Phó Bí thư typed over it.
    const signerBefore = await page.getByTestId('signature-name').inputValue();
    await page.getByTestId('signer-select').selectOption({ label: 'Lê Văn Hùng — PHÓ CHÁNH VĂN PHÒNG' });
    expect(await page.getByTestId('signature-name').inputValue()).toBe('Lê Văn Hùng');
    expect(await page.getByTestId('signature-authority').inputValue()).toBe('K/T');
    await page.getByTestId('signature-authority').selectOption('T/M');
    await page.getByTestId('signature-authority-of').fill('HUYỆN ỦY');
    await page.getByTestId('signature-title').fill(SIGNER.title);
    await page.getByTestId('signature-name').fill(SIGNER.name);
    expect(signerBefore).not.toBe(SIGNER.name);
    expect(await page.getByTestId('signature-warning').count()).toBe(0);
    expect(await page.getByTestId('closing-signer-name').textContent()).toContain(SIGNER.name);

    // "Đã lưu lúc …" once the store has every edit.
    const savedText = await waitForSavedSince(page, editsFrom);
    expect(savedText).toMatch(/^Đã lưu lúc \d{1,2}:\d{2}/);
    expect(await page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');

    // The editor as the secretary sees it: the typed paragraph on the page, the closing panel beside it.
    await page.getByTestId('body-editor').locator('p.nq-p', { hasText: SENTENCE }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, 'secretary-editor.png') });

    // Export: in the browser, a download.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('editor-export').click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const docxPath = join(artifacts, 'secretary-2023.docx');
    await download.saveAs(docxPath);
    await page.getByTestId('toast').filter({ hasText: 'Đã xuất tệp' }).waitFor();

    // Every edit in word/document.xml.
    const xml = await documentXml(readFileSync(docxPath));
    const paragraphs = paragraphTexts(xml);
    const all = paragraphs.join('\n');
    expect(occurrences(all, SENTENCE)).toBe(1);
    expect(paragraphs.filter((p) => p.includes(SENTENCE))).toEqual([SENTENCE]);
    expect(occurrences(all, 'NGHỊ QUYẾT NĂM 2022')).toBeGreaterThan(0);
    // The appendix table: last year's target beside this year's value, in the row's last column.
    const rows = tableRows(xml);
    for (const t of TARGETS) {
      const row = rows.find((cells) => cells.includes(t.name));
      expect(row, `appendix row of ${t.name}`).toBeDefined();
      expect(row).toContain(t.previous);
      expect(row?.at(-1)).toBe(t.value);
    }
    // Nơi nhận: the new line before "Lưu …", punctuated by the profile.
    const storage = paragraphs.findIndex((p) => /^- Lưu\b/.test(p));
    expect(paragraphs[storage - 1]).toBe(`- ${RECIPIENT},`);
    expect(occurrences(all, RECIPIENT)).toBe(1);
    // The signature block: T/M HUYỆN ỦY, the new title, then (after the space to sign) the new name.
    const authority = paragraphs.indexOf('T/M HUYỆN ỦY');
    expect(authority).toBeGreaterThan(storage);
    expect(paragraphs[authority + 1]).toBe(SIGNER.title);
    expect(paragraphs.slice(authority + 2).find((p) => p.trim() !== '')).toBe(SIGNER.name);
    expect(all).not.toContain(signerBefore);

    // Page 1 of the export as LibreOffice prints it (kept with the screenshots).
    if (requireTool('soffice', 'pdftoppm')) {
      const png = await renderFirstPage(docxPath, join(artifacts, 'secretary-export-page1.png'));
      expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    }
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
