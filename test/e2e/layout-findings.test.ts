import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolutionSchema } from '../../electron/contract/model/resolution.ts';
import { requireTool } from '../support/tools.ts';
import { libreOfficePages } from '../pages/pdfPages.ts';
import { storeAsDraft } from '../pages/editorPages.ts';
import { callApi, ensureArtifactsDir, startApp, type App } from './support/app.ts';
import { hasChromium, launchBrowser, type Browser } from './support/chromium.ts';
import { nextFrames, openDocument } from './support/draft.ts';
import { ensureRenderer, projectRoot } from './support/renderer.ts';

/**
 * A signature block pushed alone onto the last page is a layout finding in "Kiểm tra thể thức";
 * its one-click fix keeps the body's last paragraph with the signature, on the page view and in
 * the exported .docx as LibreOffice prints it.
 */
const run = hasChromium() && requireTool('soffice', 'pdftotext');

let app: App;
let browser: Browser;
let work: string;

describe.skipIf(!run)('layout findings with their fix', () => {
  beforeAll(async () => {
    await ensureRenderer();
    app = await startApp('soan-nq-e2e-layout-');
    browser = await launchBrowser({ viewport: { width: 1366, height: 768 } });
    work = mkdtempSync(join(tmpdir(), 'soan-nq-layout-test-'));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('finds the signature alone on a page and keeps the last paragraph with it', async () => {
    const { page } = browser;
    const content = resolutionSchema.parse(
      JSON.parse(readFileSync(join(projectRoot, 'test/fixtures/duc-trong-2022-nq04-hu.json'), 'utf8')),
    );
    const id = await storeAsDraft(app, content);
    await openDocument(page, app, id);
    await page.getByTestId('tab-findings').click();
    const alone = page.locator('[data-testid=finding][data-code=LAYOUT_CLOSING_ALONE]');
    // Lines added at the end of the body until the signature block no longer fits under them.
    await page.getByTestId('body-editor').locator(':scope > p').last().click();
    await nextFrames(page);
    await page.keyboard.press('Control+End');
    await nextFrames(page);
    // The caret is at the end of the body's last paragraph.
    expect(
      await page.evaluate(() => {
        const sel = window.getSelection();
        const body = document.querySelector('[data-testid=body-editor]');
        const last = body?.querySelector(':scope > p:last-of-type');
        return (
          sel !== null &&
          last !== null &&
          last !== undefined &&
          last.contains(sel.anchorNode) &&
          sel.anchorOffset === (sel.anchorNode?.textContent ?? '').length
        );
      }),
    ).toBe(true);
    let last = '';
    for (let k = 1; k <= 60 && (await alone.count()) === 0; k += 1) {
      last = `Dòng thêm số ${k}.`;
      const layouts = await page.evaluate(() => performance.getEntriesByName('soan-nq:paginate').length);
      await page.keyboard.press('Enter');
      await page.keyboard.type(last);
      // The pages are laid out again once the body has been still a moment (PageMarkers): wait for that layout.
      await page.waitForFunction((n) => performance.getEntriesByName('soan-nq:paginate').length > n, layouts);
    }
    await alone.waitFor();
    const pageNo = await alone.getAttribute('data-page');
    expect(await page.locator(`[data-testid=page-marker][data-page="${pageNo}"]`).getAttribute('data-first-line')).toMatch(/^Nơi nhận/);
    await page.screenshot({ path: join(ensureArtifactsDir(), 'layout-finding-1366.png') });

    await alone.getByTestId('finding-fix').click();
    await alone.waitFor({ state: 'detached' });
    // The appendix follows on its own pages: the closing's page is the one before "PHỤ LỤC".
    const firstLines = await page
      .locator('[data-testid=page-marker]')
      .evaluateAll((ms) => ms.map((m) => m.getAttribute('data-first-line') ?? ''));
    const appendixAt = firstLines.findIndex((l) => l.startsWith('PHỤ LỤC'));
    expect(firstLines[appendixAt - 1]).toBe(last);

    // The same in the exported file, as LibreOffice prints it.
    await page.waitForFunction(() => document.querySelector('[data-testid=save-state]')?.getAttribute('data-state') === 'saved');
    const stored = await callApi(app.web, 'getDocument', { id });
    expect(stored.content.signature.keepWithBody).toBe(1);
    const out = await callApi(app.web, 'exportDocx', { id });
    if (out.kind !== 'download') throw new Error('expected a download');
    const docx = join(work, 'kept.docx');
    writeFileSync(docx, Buffer.from(out.base64, 'base64'));
    const printed = await libreOfficePages(docx);
    const closingPage = printed.find((lines) => lines.some((l) => l.startsWith('Nơi nhận')));
    expect(closingPage?.[0]).toBe(last);
  }, 240_000);
});
