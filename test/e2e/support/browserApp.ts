import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startApp, type App } from './app.ts';
import { launchBrowser, type Browser, type BrowserOptions } from './chromium.ts';
import { ensureRenderer } from './renderer.ts';

export type BrowserApp = { app: App; browser: Browser; page: Page };

type Options = {
  /** How browser mode starts (startApp's options: no demo, another build). */
  app?: Parameters<typeof startApp>[1];
  /** The browser (launchBrowser's options); a 1366 × 768 window unless told. */
  browser?: BrowserOptions;
  /** How long starting may take, with what `started` does. */
  timeout?: number;
};

/**
 * The set-up of a browser test file, in one place: browser mode on a fresh database (startApp)
 * and Chromium with its page, started before the tests of the `describe` it is called in and
 * closed after them. `started` gets them (to keep in the file's variables) and may prepare more,
 * say a draft to open.
 */
export function useBrowserApp(prefix: string, options: Options, started: (s: BrowserApp) => void | Promise<void>): void {
  let app: App | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    await ensureRenderer();
    app = await startApp(prefix, options.app);
    browser = await launchBrowser(options.browser ?? { viewport: { width: 1366, height: 768 } });
    await started({ app, browser, page: browser.page });
  }, options.timeout ?? 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
}
