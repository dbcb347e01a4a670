import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfficeServer } from '../../electron/server/officeServer.ts';
import { CV, CVP, logIn, officeDatabase, removeDir, startOn, value } from '../integration/serverKit.ts';
import { startApp, type App } from './support/app.ts';
import { hasChromium, launchBrowser, shootBothSizes, type Browser } from './support/chromium.ts';
import { asDesktopApp } from './support/desktopShell.ts';
import { caretToEndOf, trackSaveStates, waitForSaveState } from './support/editor.ts';
import { ensureRenderer, rendererDist } from './support/renderer.ts';

/**
 * The desktop app (Electron mocked: the page's window.api goes to the main process's switch)
 * connecting to a real office server: "Kết nối máy chủ văn phòng", the fingerprint compared and
 * pinned, the login screen, then the server stopped while the chuyên viên types (the banner, what
 * was typed kept) and started again (the save arrives). Screenshots at 1366×768 and 1920×1080.
 */
const run = hasChromium();
const ORG = 'DU-HIEP-THANH';
const TYPED = ' Câu gõ khi máy chủ mất kết nối.';

let office: OfficeServer;
let officeDir: string;
let dbPath: string;
let app: App;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

const shoot = (name: string): Promise<void> => shootBothSizes(page, `office-${name}`);

describe.skipIf(!run)('the desktop app as a client of the office server', () => {
  beforeAll(async () => {
    await ensureRenderer();
    ({ dir: officeDir, dbPath } = await officeDatabase('soan-nq-e2e-office-'));
    office = await startOn(dbPath, { staticDir: rendererDist });
    app = await startApp('soan-nq-e2e-desktop-');
    browser = await launchBrowser({ viewport: { width: 1366, height: 768 } });
    page = browser.page;
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await asDesktopApp(page, app.web.store, join(app.dir, 'settings.json'));
    await trackSaveStates(page);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await office?.close();
    if (officeDir) removeDir(officeDir);
  });

  it('connects after the fingerprint is compared, logs in, and keeps what was typed while the server is lost', async () => {
    await page.goto(app.web.url);
    await page.getByTestId('document-list').waitFor();
    await page.getByTestId('open-connect').click();
    await page.getByTestId('connect-address').fill(office.url);
    await page.getByTestId('connect-check').click();
    await expect.poll(() => page.getByTestId('connect-fingerprint-value').getAttribute('aria-label')).toBe(office.fingerprint);
    await shoot('connect-dialog');
    await page.getByTestId('connect-trust').click();

    await page.getByTestId('login-screen').waitFor();
    await page.getByTestId('login-name').fill(CV.name);
    await page.getByTestId('login-password').fill('sai-mat-khau');
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('login-error').textContent()).toContain('Sai họ tên hoặc mật khẩu');
    await shoot('login');
    await page.getByTestId('login-password').fill(CV.password);
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('session-person').textContent()).toBe(CV.name);
    expect(await page.getByTestId('who-are-you').count()).toBe(0);

    // The chuyên viên drafts next year's resolution on the server.
    await page.getByTestId('new-year-open').click();
    await page.getByTestId('new-year-org').selectOption(ORG);
    await page.getByTestId('new-year-year').fill('2027');
    await page.getByTestId('new-year-create').click();
    const id = Number(await page.getByTestId('editor').getAttribute('data-document-id'));
    const cvp = await logIn(office, CVP);
    expect((await value(office, cvp, 'getDocument', { id })).planYear).toBe(2027);

    // The server stops; the chuyên viên keeps typing.
    const port = office.port;
    await office.close();
    const block = page.getByTestId('body-editor').locator(':scope > p').first();
    await caretToEndOf(block);
    await page.keyboard.type(TYPED);
    await page.getByTestId('offline-banner').waitFor();
    expect(await page.getByTestId('offline-banner').textContent()).toContain('Mất kết nối máy chủ — đang thử lại…');
    await waitForSaveState(page, 'error');
    expect(await block.textContent()).toContain(TYPED.trim());
    await shoot('banner');

    // Back on the same address with the same certificate: the banner goes and the edit arrives.
    office = await startOn(dbPath, { port, staticDir: rendererDist });
    await page.getByTestId('offline-banner').waitFor({ state: 'detached', timeout: 15_000 });
    await waitForSaveState(page, 'saved', 15_000);
    const cvpAgain = await logIn(office, CVP);
    const stored = await value(office, cvpAgain, 'getDocument', { id });
    expect(JSON.stringify(stored.content.body)).toContain(TYPED.trim());
    expect(pageErrors).toEqual([]);
  });
});
