import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { longResolution } from '../bench/longDocument.ts';
import { storeAsDraft } from '../pages/editorPages.ts';
import { ensureArtifactsDir, type App } from './support/app.ts';
import { hasChromium } from './support/chromium.ts';
import { useBrowserApp } from './support/browserApp.ts';
import { openDocument } from './support/draft.ts';

/**
 * A page that begins with a part heading begins with its label, "Phần thứ hai", printed as a line
 * of its own above the part's title: the page marker is drawn above that line and names it, not
 * one line lower beside the title (the label is CSS text, which the measuring of lines did not see).
 */
const run = hasChromium();

let app: App;
let page: Page;

type Seen = { firstLine: string; label: string; marker: number; heading: number; title: number } | null;

/** The marker of the page starting at the second part heading, and where the heading, its label and its title are (px from the sheet's top). */
const seen = (p: Page): Promise<Seen> =>
  p.evaluate(() => {
    const heading = document.querySelectorAll<HTMLElement>('.nq-body > .nq-h-part')[1];
    const sheet = heading?.closest<HTMLElement>('.page');
    if (!heading || !sheet) return null;
    const top = sheet.getBoundingClientRect().top;
    const range = document.createRange();
    range.selectNodeContents(heading);
    const title = range.getClientRects()[0]?.top ?? 0;
    const marker = Array.from(sheet.querySelectorAll<HTMLElement>('[data-testid=page-marker]')).find(
      (m) => Math.abs(m.getBoundingClientRect().top - heading.getBoundingClientRect().top) < 80,
    );
    if (!marker) return null;
    return {
      firstLine: marker.dataset['firstLine'] ?? '',
      label: heading.dataset['label'] ?? '',
      marker: marker.getBoundingClientRect().top - top,
      heading: heading.getBoundingClientRect().top - top,
      title: title - top,
    };
  });

describe.skipIf(!run)('a page beginning with a part heading', () => {
  useBrowserApp('soan-nq-e2e-marker-label-', { timeout: 120_000 }, async (s) => {
    ({ app, page } = s);
  });

  it('is marked above the part’s label, which is its first line', async () => {
    const doc = longResolution(12);
    const parts = doc.body.flatMap((b, i) => (b.type === 'heading' && b.level === 'part' ? [i] : []));
    const second = parts[1];
    expect(second).toBeDefined();
    // A page break before the second part: its page begins with the part's label.
    const body = [...doc.body.slice(0, second), { type: 'page-break' as const }, ...doc.body.slice(second)];
    const id = await storeAsDraft(app, { ...doc, body });
    await openDocument(page, app, id);
    await expect.poll(() => seen(page), { timeout: 30_000 }).not.toBeNull();
    await page
      .locator('.nq-body > .nq-h-part')
      .nth(1)
      .evaluate((h) => h.scrollIntoView({ block: 'center' }));
    await expect.poll(async () => (await seen(page))?.firstLine, { timeout: 30_000 }).toMatch(/^Phần thứ/);
    const at = await seen(page);
    expect(at?.firstLine).toBe(at?.label);
    // Drawn where the label's line is: below the heading's top, above its title (the title is a line lower).
    expect(at?.marker ?? -1).toBeGreaterThanOrEqual((at?.heading ?? 0) - 1);
    expect(at?.marker ?? 1e9).toBeLessThan((at?.title ?? 0) - 10);
    await page.screenshot({ path: `${ensureArtifactsDir()}/page-marker-part-label-1366.png` });
  });
});
