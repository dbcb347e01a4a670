import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolutionSchema } from '../../electron/contract/model/resolution.ts';
import { requireTool } from '../support/tools.ts';
import { startApp, type App } from '../e2e/support/app.ts';
import { hasChromium, launchBrowser, type Browser } from '../e2e/support/chromium.ts';
import { ensureRenderer, projectRoot } from '../e2e/support/renderer.ts';
import { editorPages, storeAsDraft } from './editorPages.ts';
import { libreOfficePages, sameFirstLine } from './pdfPages.ts';

/**
 * The page view's pages against LibreOffice's PDF of the exported .docx, for both real
 * resolutions: the same number of pages, and the same first line on at least 95 % of the pages
 * (what is measured is printed).
 */
const FIXTURES = ['test/fixtures/nhon-trach-2024-nq09-hu.json', 'test/fixtures/duc-trong-2022-nq04-hu.json'];
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
    for (const fixture of FIXTURES) {
      const content = resolutionSchema.parse(JSON.parse(readFileSync(join(projectRoot, fixture), 'utf8')));
      const docx = join(work, 'document.docx');
      execFileSync(process.execPath, [join(projectRoot, 'electron/cli/soan-nq.ts'), 'export', join(projectRoot, fixture), '-o', docx]);
      const printed = await libreOfficePages(docx);
      const shown = await editorPages(browser.page, app, await storeAsDraft(app, content));
      expect(shown.length, fixture).toBe(printed.length);
      const matches = printed.filter((lines, i) => sameFirstLine(shown[i]?.firstLine ?? '', lines, i + 1)).length;
      console.log(`${fixture}: ${shown.length} trang (LibreOffice ${printed.length}), dòng đầu trùng ${matches}/${printed.length}`);
      same += matches;
      total += printed.length;
    }
    console.log(`page breaks: first line equal on ${same}/${total} pages (${((100 * same) / total).toFixed(1)} %)`);
    expect(same / total).toBeGreaterThanOrEqual(0.95);
  }, 300_000);
});
