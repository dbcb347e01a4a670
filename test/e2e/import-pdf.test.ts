import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTool } from '../support/tools.ts';
import { ensureArtifactsDir, startApp, type App } from './support/app.ts';
import { hasChromium, launchBrowser, type Browser } from './support/chromium.ts';
import { ensureRenderer } from './support/renderer.ts';

/**
 * The review screen on a signed PDF of a kết luận (a real document of ../shared/corpus, printed to
 * PDF by LibreOffice here), at 1366×768: the original's lines beside what was read, the kind read
 * as "Kết luận", doubtful fields marked, nothing stored before the user confirms.
 */
const run = hasChromium() && requireTool('soffice');
let app: App;
let browser: Browser;
let page: Page;
const work = mkdtempSync(join(tmpdir(), 'soan-nq-e2e-import-'));

describe.runIf(run)('importing a PDF in the review screen', () => {
  beforeAll(async () => {
    await ensureRenderer();
    app = await startApp('soan-nq-e2e-import-');
    browser = await launchBrowser({ viewport: { width: 1366, height: 768 } });
    page = browser.page;
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('reads a kết luận from its PDF and shows it beside the original, storing nothing yet', async () => {
    const txt = join(work, 'ket-luan.txt');
    copyFileSync(new URL('../../../shared/corpus/06-conghai-du-2025-kl09-hoi-nghi-bch.txt', import.meta.url), txt);
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(join(work, 'lo')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', work, txt],
      {
        stdio: 'pipe',
        timeout: 120_000,
      },
    );
    await page.goto(app.web.url);
    await page.getByTestId('home-import').click();
    await page.getByTestId('import-org').selectOption('DU-HIEP-THANH');
    await page.getByTestId('import-file').setInputFiles(join(work, 'ket-luan.pdf'));
    await page.getByTestId('import-read').click();
    await page.getByTestId('import-review').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-kind').inputValue()).toBe('ket-luan');
    expect(await page.getByTestId('import-summary').inputValue()).toContain('Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 3');
    expect(await page.getByTestId('import-original').innerText()).toContain('KẾT LUẬN');
    await page.screenshot({ path: join(ensureArtifactsDir(), 'import-pdf-1366.png') });
    expect(await page.getByTestId('import-save').isDisabled()).toBe(true);
  }, 180_000);
});
