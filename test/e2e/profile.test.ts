import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { StoredDocument } from '../../electron/contract/model/office.ts';
import { callApi, ensureArtifactsDir, type App } from './support/app.ts';
import { hasChromium } from './support/chromium.ts';
import { useBrowserApp } from './support/browserApp.ts';

/**
 * The editor says which rules a draft follows ("Thể thức: …"), lets the secretary switch, and warns
 * when the choice is not the profile in force on the draft's date. Screenshots at 1366×768 and
 * 1920×1080 go to test-artifacts/e2e/.
 */
const run = hasChromium();

let app: App;
let page: Page;
let doc: StoredDocument;

describe.skipIf(!run)('the thể thức of a draft', () => {
  useBrowserApp('soan-nq-e2e-profile-', { timeout: 120_000 }, async (s) => {
    ({ app, page } = s);
    // A 2027 draft: dated December 2026, so 05-HD/VPTW.
    doc = await callApi(app.web, 'createNextYear', { orgId: 'HU-NHON-TRACH', year: 2027 });
  });

  it('shows the draft’s profile, switches it, and warns when it does not fit the date', async () => {
    expect(doc.content.profileId).toBe('hd05-2026');
    await page.goto(app.web.url);
    await page.locator(`[data-testid=document-row][data-document-id="${doc.id}"]`).getByTestId('document-open').click();
    await page.getByTestId('editor').waitFor();
    const select = page.getByTestId('profile-select');
    expect(await select.inputValue()).toBe('hd05-2026');
    expect(await page.getByTestId('profile-warning').count()).toBe(0);

    await select.selectOption('hd36-2018');
    const warning = page.getByTestId('profile-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('phải theo Hướng dẫn 05-HD/VPTW (2026)');
    const dir = ensureArtifactsDir();
    await page.screenshot({ path: join(dir, 'profile-warning-1366x768.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: join(dir, 'profile-warning-1920x1080.png') });

    await select.selectOption('hd05-2026');
    await expect.poll(() => page.getByTestId('profile-warning').count()).toBe(0);
  });
});
