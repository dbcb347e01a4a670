import type { Page } from 'playwright-core';
import type { Resolution } from '../../electron/contract/model/resolution.ts';
import { callApi, type App } from '../e2e/support/app.ts';
import { openDocument } from '../e2e/support/draft.ts';

/** One page as the editor lays it out: its number and its first line of text. */
export type EditorPage = { page: number; firstLine: string };

/** Stores `content` as a draft in the app's database (over a new next-year draft) and returns its id. */
export async function storeAsDraft(app: App, content: Resolution): Promise<number> {
  const draft = await callApi(app.web, 'createNextYear', { orgId: 'HU-NHON-TRACH', year: 2025 });
  const saved = await callApi(app.web, 'saveDocument', { id: draft.id, content, expectedVersion: draft.version });
  return saved.id;
}

/** Waits until the page markers stop changing (the body is loaded in chunks; layout runs a moment after each change). */
async function settledMarkers(page: Page): Promise<void> {
  let last = '';
  for (let stable = 0; stable < 3;) {
    await page.waitForTimeout(400);
    const now = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-testid=page-marker]'))
        .map((m) => m.getAttribute('data-first-line'))
        .join('\n'),
    );
    stable = now === last && now !== '' ? stable + 1 : 0;
    last = now;
  }
}

/** The document's pages as the editor lays them out in this Chromium. */
export async function editorPages(page: Page, app: App, id: number): Promise<EditorPage[]> {
  await openDocument(page, app, id);
  // At 100 % the sheet is laid out at print size (a zoom only scales it, but rounds differently).
  await page.getByTestId('zoom-actual').click();
  await settledMarkers(page);
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('[data-testid=page-marker]'))
      .map((m) => ({ page: Number(m.dataset['page']), firstLine: m.dataset['firstLine'] ?? '' }))
      .sort((a, b) => a.page - b.page),
  );
}
