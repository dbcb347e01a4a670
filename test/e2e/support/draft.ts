import type { Page } from 'playwright-core';
import type { StoredDocument } from '../../../electron/contract/model/office.ts';
import type { Resolution } from '../../../electron/contract/model/resolution.ts';
import { callApi, type App } from './app.ts';

/** A draft to edit (the demo's documents are issued, so read-only): next year's resolution of a demo body. */
export function makeDraft(app: App, orgId = 'HU-NHON-TRACH', year = 2025): Promise<StoredDocument> {
  return callApi(app.web, 'createNextYear', { orgId, year });
}

/** A draft (see makeDraft) whose page-1 header is changed as given, saved; its id. */
export async function makeDraftWithHeader(app: App, header: Partial<Resolution['header']>): Promise<number> {
  const draft = await makeDraft(app);
  const content = { ...draft.content, header: { ...draft.content.header, ...header } };
  await callApi(app.web, 'saveDocument', { id: draft.id, content, expectedVersion: draft.version });
  return draft.id;
}

/**
 * Opens a document afresh and waits for its editor with the body loaded: a new load of the page
 * (which reopens the document it remembers, else shows Trang chủ), then the document's row.
 */
export async function openDocument(page: Page, app: App, id: number): Promise<void> {
  await page.goto('about:blank');
  await page.goto(app.web.url);
  await page.locator('[data-testid=editor], [data-testid=document-list]').first().waitFor();
  if ((await page.getByTestId('editor').count()) > 0) {
    if (Number(await page.getByTestId('editor').getAttribute('data-document-id')) === id) {
      await page.getByTestId('body-editor').locator('p').first().waitFor();
      return;
    }
    await page.getByTestId('editor-home').click();
  }
  await page.locator(`[data-testid=document-row][data-document-id="${id}"]`).getByTestId('document-open').click();
  await page.getByTestId('editor').waitFor();
  await page.getByTestId('body-editor').locator('p').first().waitFor();
}

/** Waits for the next two animation frames (Lexical's selection and plugins have caught up). */
export function nextFrames(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}
