import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ensureArtifactsDir } from './app.ts';

/** The machine's Chromium (Debian's chromium package). */
export const CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Whether the browser tests can run: true when Chromium is installed. Without it they are skipped
 * on a developer machine, but in CI (process.env.CI set) this throws, so the run fails instead of
 * passing with nothing tested.
 */
export function hasChromium(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`Thiếu Chromium (${CHROMIUM}) trên máy CI: cài gói chromium (apt-get install chromium).`);
  return false;
}

export type Browser = { context: BrowserContext; page: Page; close: () => Promise<void> };

export type BrowserOptions = {
  viewport?: { width: number; height: number };
  /** Extra command-line switches (e.g. --enable-precise-memory-info). */
  args?: readonly string[];
  /** The browser's language (vi-VN unless told): an office PC may well run en-US. */
  locale?: string;
};

/** Headless Chromium with its own throwaway profile, and its first page. Downloads are accepted. */
export async function launchBrowser(options: BrowserOptions = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'soan-nq-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...ARGS, `--lang=${options.locale ?? 'vi-VN'}`, ...(options.args ?? [])],
    viewport: options.viewport ?? { width: 1600, height: 1000 },
    acceptDownloads: true,
    locale: options.locale ?? 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  // Fail a step in seconds rather than at the test's own timeout.
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The two screens every layout is looked at on: a small office laptop and a desktop monitor. */
export const SCREEN_SIZES = [
  [1366, 768],
  [1920, 1080],
] as const;

/** Screenshots of the page at 1366×768 and 1920×1080 into test-artifacts/e2e (`<name>-<w>x<h>.png`), then back to 1366×768. */
export async function shootBothSizes(page: Page, name: string): Promise<void> {
  const dir = ensureArtifactsDir();
  for (const [w, h] of SCREEN_SIZES) {
    await page.setViewportSize({ width: w, height: h });
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(dir, `${name}-${w}x${h}.png`) });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}
