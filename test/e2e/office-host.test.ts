import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/ipc/dispatch.ts';
import { createOfficeHost, type OfficeHost } from '../../electron/server/host.ts';
import { downloadFile } from '../../electron/services/exportFile.ts';
import { ADMIN, ask, CV } from '../integration/serverKit.ts';
import { startApp, type App } from './support/app.ts';
import { hasChromium, launchBrowser, shootBothSizes, type Browser } from './support/chromium.ts';
import { asDesktopApp } from './support/desktopShell.ts';
import { ensureRenderer } from './support/renderer.ts';

/**
 * Cơ quan › "Máy chủ văn phòng" in the desktop app (Electron mocked: the page's window.api goes to
 * the main process's switch, with a real office host on the app's database): the chuyên viên sees
 * it disabled, saying who may; the quản trị sets the first account's password, starts the server
 * (its address and fingerprint shown, a PC logs in over HTTPS), and stops it. 1366×768 and 1920×1080.
 */
const run = hasChromium();
let app: App;
let browser: Browser;
let page: Page;
let host: OfficeHost;
const pageErrors: string[] = [];

const shoot = (name: string): Promise<void> => shootBothSizes(page, `office-host-${name}`);

async function actAs(name: string): Promise<void> {
  await page.getByTestId('person-choice').filter({ hasText: name }).click();
  await expect.poll(() => page.getByTestId('current-person').innerText()).toContain(name);
}

describe.skipIf(!run)('the office server started from the desktop app’s settings', () => {
  beforeAll(async () => {
    await ensureRenderer();
    app = await startApp('soan-nq-e2e-host-');
    const ctx = { store: app.web.store, transport: 'cli' as const, who: ADMIN.name, saveFile: downloadFile };
    for (const p of [ADMIN, CV]) {
      const saved = await dispatch('savePerson', { name: p.name, roles: [p.role] }, ctx);
      if (!saved.ok) throw new Error(saved.error.message);
    }
    const settingsFile = join(app.dir, 'settings.json');
    host = createOfficeHost({ dbPath: app.web.store.path, settingsFile });
    browser = await launchBrowser({ viewport: { width: 1366, height: 768 } });
    page = browser.page;
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await asDesktopApp(page, app.web.store, settingsFile, { officeHost: host });
  }, 180_000);

  afterAll(async () => {
    await host?.close();
    await browser?.close();
    await app?.close();
  });

  it('is the quản trị’s: the first account, start with address and fingerprint, a PC logs in, stop', async () => {
    await page.goto(app.web.url);
    await page.getByTestId('who-are-you').waitFor();
    await actAs(CV.name);
    await page.getByTestId('home-office').click();
    await page.getByTestId('office-tab-server').click();
    await page.getByTestId('office-server').waitFor();
    expect(await page.getByTestId('server-start').isDisabled()).toBe(true);
    expect(await page.getByTestId('server-start').getAttribute('title')).toBe('Việc này do quản trị làm (bạn là chuyên viên).');
    expect(await page.getByTestId('server-first-account').count()).toBe(0);
    await shoot('chuyen-vien');

    await page.getByTestId('switch-person').click();
    await actAs(ADMIN.name);
    if ((await page.getByTestId('office-screen').count()) === 0) await page.getByTestId('home-office').click();
    await page.getByTestId('office-tab-server').click();
    await page.getByTestId('server-first-account').waitFor();
    await shoot('first-account');
    await page.getByTestId('server-account-password').fill(ADMIN.password);
    await page.getByTestId('server-account-again').fill(ADMIN.password);
    await page.getByTestId('server-account-make').click();
    await page.getByTestId('server-first-account').waitFor({ state: 'detached' });
    expect(await page.getByTestId('server-status').innerText()).toBe('Đang tắt. 1 tài khoản đăng nhập được.');

    await page.getByTestId('server-listen').fill('127.0.0.1:0');
    await page.getByTestId('server-start').click();
    await page.getByTestId('server-running').waitFor();
    const address = await page.getByTestId('server-address').innerText();
    const fingerprint = (await page.getByTestId('server-fingerprint').getAttribute('aria-label')) ?? '';
    expect(address).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/);
    expect(await page.getByTestId('server-status').innerText()).toMatch(/^Đang chạy từ \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    const certificate = readFileSync(join(`${app.web.store.path}.server`, 'chung-chi.pem'), 'utf8');
    const server = { port: Number(/:(\d+)\/$/.exec(address)?.[1]), fingerprint, certificate };
    const login = await ask(server, 'POST', '/auth/login', { body: { name: ADMIN.name, password: ADMIN.password } });
    expect(login.body.ok).toBe(true);
    // The serving PC is not offered "Kết nối máy chủ văn phòng" while it serves.
    await expect.poll(() => page.getByTestId('open-connect').count()).toBe(0);
    await shoot('running');

    await page.getByTestId('server-stop').click();
    await expect.poll(() => page.getByTestId('server-status').innerText()).toMatch(/^Đang tắt\./);
    expect(await page.getByTestId('server-running').count()).toBe(0);
    await expect.poll(() => page.getByTestId('open-connect').count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
