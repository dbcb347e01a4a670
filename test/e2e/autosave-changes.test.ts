import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../electron/contract/model/body.ts';
import type { StoredDocument } from '../../electron/contract/model/office.ts';
import { callApi, type App } from './support/app.ts';
import { hasChromium } from './support/chromium.ts';
import { useBrowserApp } from './support/browserApp.ts';
import { caretToEndOf, pageNow, trackSaveStates, waitForSavedSince, waitForSaveState } from './support/editor.ts';

/**
 * Autosave kept off the keystroke (issue 15 §3), in the real page: a save after typing in a long
 * body sends the paragraph typed in and ranges for the rest (saveEdits), the content is not sent a
 * second time to be checked, and a key typed while a save is on its way is saved by the next one.
 */
const run = hasChromium();

let app: App;
let page: Page;
let doc: StoredDocument;
const sent: { verb: string; body: string }[] = [];

const textOf = (block: Block): string => ('runs' in block ? block.runs.map((r) => ('text' in r ? r.text : '')).join('') : '');

describe.skipIf(!run)('autosave sends what changed', () => {
  useBrowserApp('soan-nq-e2e-autosave-changes-', { timeout: 120_000 }, async (s) => {
    ({ app, page } = s);
    doc = await callApi(app.web, 'createNextYear', { orgId: 'HU-NHON-TRACH', year: 2025 });
    page.on('request', (r: Request) => {
      const verb = /\/api\/(\w+)$/.exec(r.url())?.[1];
      if (verb && r.method() === 'POST') sent.push({ verb, body: r.postData() ?? '' });
    });
    await trackSaveStates(page);
  });

  it('saves a typed word as one paragraph and ranges, answers without the content, and never sends the content to be checked', async () => {
    await page.goto(app.web.url);
    await page.locator(`[data-testid=document-row][data-document-id="${doc.id}"]`).getByTestId('document-open').click();
    await page.getByTestId('editor').waitFor();
    // The opening's own work: the findings of the stored copy, and the body matched in idle time.
    await page.getByTestId('body-editor').locator('p.nq-p').first().waitFor();
    await page.waitForTimeout(1500);

    const paragraphs = page.getByTestId('body-editor').locator('p.nq-p');
    const target = paragraphs.nth(3);
    const original = (await target.textContent()) ?? '';
    const from = await pageNow(page);
    sent.length = 0;
    await caretToEndOf(target);
    await page.keyboard.type(' Thêm một câu.', { delay: 20 });
    await waitForSavedSince(page, from);

    const saves = sent.filter((s) => s.verb === 'saveEdits');
    expect(saves).toHaveLength(1);
    const request = JSON.parse(saves[0]?.body ?? '{}') as { content: { body: Array<Block | { type: 'kept' }> } };
    const inFull = request.content.body.filter((c) => c.type !== 'kept') as Block[];
    expect(inFull.map(textOf)).toEqual([`${original} Thêm một câu.`]);
    expect(sent.map((s) => s.verb)).not.toContain('checkDocument');
    expect(sent.map((s) => s.verb)).not.toContain('saveDocument');

    const stored = await callApi(app.web, 'getDocument', { id: doc.id });
    expect(stored.version).toBe(doc.version + 1);
    const expected = doc.content.body.map(textOf);
    const at = expected.indexOf(original);
    expected[at] = `${original} Thêm một câu.`;
    expect(stored.content.body.map(textOf)).toEqual(expected);
    // Every other block is the one stored before, whole (emphasis, comments, tables).
    stored.content.body.forEach((block, i) => {
      if (i !== at) expect(block).toEqual(doc.content.body[i]);
    });

    // "Kiểm tra lại" with everything saved checks the stored copy: the content is not sent.
    sent.length = 0;
    await page.getByTestId('tab-findings').click();
    await page.getByTestId('findings-recheck').click();
    await expect.poll(() => sent.map((s) => s.verb)).toContain('checkStoredDocument');
    expect(sent.map((s) => s.verb)).not.toContain('checkDocument');
    await page.getByTestId('findings-panel').getByText('Đang kiểm tra…').waitFor({ state: 'detached' });
  });

  it('saves a key typed while a save is on its way with the next save, and says "Đã lưu" only then', async () => {
    // The store answers slowly: the save is on the wire for a second.
    await page.route('**/api/saveEdits', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    try {
      const last = page.getByTestId('body-editor').locator('p.nq-p').nth(1);
      const before = (await last.textContent()) ?? '';
      await caretToEndOf(last);
      const from = await pageNow(page);
      await page.keyboard.type(' Trước.', { delay: 20 });
      await waitForSaveState(page, 'saving');
      await page.keyboard.type(' Trong lúc lưu.', { delay: 20 });
      expect(await page.getByTestId('save-state').getAttribute('data-state')).not.toBe('saved');
      await waitForSavedSince(page, from, 20_000);
      const stored = await callApi(app.web, 'getDocument', { id: doc.id });
      expect(stored.content.body.map(textOf)).toContain(`${before} Trước. Trong lúc lưu.`);
    } finally {
      await page.unroute('**/api/saveEdits');
    }
  });
});
