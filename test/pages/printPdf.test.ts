import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolutionSchema } from '../../electron/contract/model/resolution.ts';
import { requireTool } from '../support/tools.ts';
import { ensureArtifactsDir, startApp, type App } from '../e2e/support/app.ts';
import { hasChromium, launchBrowser, type Browser } from '../e2e/support/chromium.ts';
import { openDocument } from '../e2e/support/draft.ts';
import { ensureRenderer, projectRoot } from '../e2e/support/renderer.ts';
import { storeAsDraft } from './editorPages.ts';
import { libreOfficePages, pdfPages, sameFirstLine } from './pdfPages.ts';

/**
 * "Xuất PDF" in browser mode prints what the page view shows: the button lays the pages out for
 * printing, then Chromium prints the page to PDF (CDP Page.printToPDF, what the browser's "Lưu
 * dưới dạng PDF" and Electron's printToPDF do). The PDF has LibreOffice's pages for the exported
 * .docx: the same count, the same first line on at least 95 % of pages, A4, landscape appendix pages.
 */
const FIXTURES = [
  { file: 'test/fixtures/nhon-trach-2024-nq09-hu.json', landscape: false },
  { file: 'test/fixtures/duc-trong-2022-nq04-hu.json', landscape: false },
  // The same resolution with its appendix on landscape pages.
  { file: 'test/fixtures/duc-trong-2022-nq04-hu.json', landscape: true },
];
const run = hasChromium() && requireTool('soffice', 'pdftotext', 'pdfinfo', 'pdftoppm');

let app: App;
let browser: Browser;
let work: string;

/** Each page's size in points, from pdfinfo. */
function pageSizes(pdf: string): { w: number; h: number }[] {
  const out = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' });
  return [...out.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({ w: Number(m[1]), h: Number(m[2]) }));
}

describe.skipIf(!run)('print and PDF: the printed pages are those of the page view', () => {
  beforeAll(async () => {
    await ensureRenderer();
    app = await startApp('soan-nq-print-');
    browser = await launchBrowser();
    work = mkdtempSync(join(tmpdir(), 'soan-nq-print-test-'));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('prints to PDF with the pages and first lines LibreOffice prints', async () => {
    const { page } = browser;
    let same = 0;
    let total = 0;
    for (const [k, { file, landscape }] of FIXTURES.entries()) {
      const fixture = `${file}${landscape ? ' (phụ lục khổ ngang)' : ''}`;
      const content = resolutionSchema.parse(JSON.parse(readFileSync(join(projectRoot, file), 'utf8')));
      if (landscape) content.appendix.orientation = 'landscape';
      const json = join(work, `document-${k}.json`);
      writeFileSync(json, JSON.stringify(content));
      const docx = join(work, `document-${k}.docx`);
      execFileSync(process.execPath, [join(projectRoot, 'electron/cli/soan-nq.ts'), 'export', json, '-o', docx]);
      const printed = await libreOfficePages(docx, join(work, `lo-${k}.pdf`));
      await openDocument(page, app, await storeAsDraft(app, content));
      await page.evaluate(() => document.fonts.ready);
      // The browser's print dialog is the one thing not driven here: Chromium prints to PDF instead (CDP).
      await page.evaluate(() => {
        const w = window as unknown as { printCalls: number; print: () => void };
        w.printCalls = 0;
        w.print = () => void (w.printCalls += 1);
      });
      await page.getByTestId('print-pdf').click();
      await page.waitForFunction(() => (window as unknown as { printCalls: number }).printCalls === 1);
      const laidOut = await page.locator('#print-root .print-page').count();
      const pdf = join(work, `printed-${k}.pdf`);
      writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      const pages = await pdfPages(pdf, { raw: true });
      const sizes = pageSizes(pdf);
      // Kept to look at: test-artifacts/e2e/printed-<k>.pdf and the PNG of its first two pages and its last.
      copyFileSync(pdf, join(ensureArtifactsDir(), `printed-${k}.pdf`));
      execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '2', pdf, join(ensureArtifactsDir(), `printed-${k}`)]);
      const n = String(pages.length);
      execFileSync('pdftoppm', ['-png', '-r', '50', '-f', n, '-l', n, pdf, join(ensureArtifactsDir(), `printed-${k}-last`)]);
      expect(pages.length, fixture).toBe(laidOut);
      const loSizes = pageSizes(join(work, `lo-${k}.pdf`));
      // A4 every page; the appendix's pages landscape when it asks for it, as LibreOffice prints them.
      for (const s of sizes) expect([Math.round(Math.min(s.w, s.h)), Math.round(Math.max(s.w, s.h))]).toEqual([595, 842]);
      const appendixAt = content.appendix.include ? pages.findIndex((lines) => lines[0] === 'PHỤ LỤC') : pages.length;
      expect(appendixAt, fixture).toBeGreaterThan(0);
      expect(sizes.map((s, i) => s.w > s.h && i >= appendixAt)).toEqual(sizes.map((s) => s.w > s.h));
      expect(sizes.some((s) => s.w > s.h)).toBe(landscape);
      expect(loSizes.some((s) => s.w > s.h)).toBe(landscape);
      // No UI chrome: the page's text only (no toolbar, no "Trang 2" marker, no "Ngắt trang").
      expect(pages.flat().join('\n')).not.toMatch(/Ngắt trang|Vừa chiều rộng|Xuất PDF|Trang chủ|Trang \d/);
      expect(pages.length, fixture).toBe(printed.length);
      const matches = printed.filter((lines, i) => sameFirstLine(pages[i]?.[0] ?? '', lines, i + 1)).length;
      console.log(`${fixture}: PDF ${pages.length} trang (LibreOffice ${printed.length}), dòng đầu trùng ${matches}/${printed.length}`);
      same += matches;
      total += printed.length;
    }
    console.log(`print to PDF: first line equal on ${same}/${total} pages (${((100 * same) / total).toFixed(1)} %)`);
    expect(same / total).toBeGreaterThanOrEqual(0.95);
  }, 300_000);
});
