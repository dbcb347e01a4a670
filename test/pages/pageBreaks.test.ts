import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolutionSchema, type Resolution } from '../../electron/contract/model/resolution.ts';
import { longResolution } from '../bench/longDocument.ts';
import { requireTool } from '../support/tools.ts';
import { startApp, type App } from '../e2e/support/app.ts';
import { hasChromium, launchBrowser, type Browser } from '../e2e/support/chromium.ts';
import { ensureRenderer, projectRoot } from '../e2e/support/renderer.ts';
import { comparePages, sideBySide } from './comparePages.ts';

/**
 * The page view's pages against LibreOffice's PDF of the exported .docx, for both real
 * resolutions, Đức Trọng's with its appendix on landscape pages, and a generated 100-page
 * resolution (test/bench/longDocument.ts): the same number of pages, and the same first line on
 * at least 95 % of the pages (what is measured is printed; where pages differ, both side by side).
 */
const read = (file: string) => (): Resolution => resolutionSchema.parse(JSON.parse(readFileSync(join(projectRoot, file), 'utf8')));
const DOCUMENTS: { name: string; content: () => Resolution }[] = [
  { name: 'nhon-trach-2024-nq09-hu', content: read('test/fixtures/nhon-trach-2024-nq09-hu.json') },
  { name: 'duc-trong-2022-nq04-hu', content: read('test/fixtures/duc-trong-2022-nq04-hu.json') },
  {
    name: 'duc-trong-2022-nq04-hu (phụ lục khổ ngang)',
    content: () => {
      const doc = read('test/fixtures/duc-trong-2022-nq04-hu.json')();
      return { ...doc, appendix: { ...doc.appendix, orientation: 'landscape' } };
    },
  },
  { name: 'NQ sinh ra ~100 trang', content: () => longResolution(100) },
];
const run = hasChromium() && requireTool('soffice', 'pdftotext');

let app: App;
let browser: Browser;
let work: string;

describe.skipIf(!run)('true pages: the editor breaks pages where LibreOffice prints them', () => {
  beforeAll(async () => {
    await ensureRenderer();
    app = await startApp('soan-nq-pages-');
    browser = await launchBrowser();
    work = mkdtempSync(join(tmpdir(), 'soan-nq-pages-test-'));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('has the same pages and first lines as the printed .docx', async () => {
    let same = 0;
    let total = 0;
    for (const [k, { name, content }] of DOCUMENTS.entries()) {
      const compared = await comparePages(browser.page, app, content(), work, `document-${k}`);
      const { shown, printed, matches } = compared;
      console.log(`${name}: ${shown.length} trang (LibreOffice ${printed.length}), dòng đầu trùng ${matches}/${printed.length}`);
      if (matches < printed.length) console.log(sideBySide(compared));
      expect(shown.length, name).toBe(printed.length);
      same += matches;
      total += printed.length;
    }
    console.log(`page breaks: first line equal on ${same}/${total} pages (${((100 * same) / total).toFixed(1)} %)`);
    expect(same / total).toBeGreaterThanOrEqual(0.95);
  }, 300_000);
});
