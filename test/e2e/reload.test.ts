import type { Dialog, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../electron/contract/model/body.ts';
import type { StoredDocument } from '../../electron/contract/model/office.ts';
import { callApi, type App } from './support/app.ts';
import { hasChromium } from './support/chromium.ts';
import { useBrowserApp } from './support/browserApp.ts';
import { bodyBlockTexts, caretToEndOf, pageNow, saveState, saveStatesSince, trackSaveStates, waitForSavedSince } from './support/editor.ts';
import { typeWithIme } from './support/ime.ts';
import { fillTargetField, targetFieldText } from './support/targets.ts';

/**
 * "Đã lưu" means saved: the secretary types, sees "Đã lưu lúc …", types on, and the page is
 * reloaded before the next autosave runs. Everything that was shown as saved must come back; what
 * was typed after it may come back too (the page tries to save when it is left), but never twice.
 */
const SAVED_TEXT = ' Đã lưu trước khi tải lại.';
const LATER_TEXT = ' Gõ thêm sau đó.';
const TARGET = { key: 'kinh-te.von-huy-dong-dau-tu', value: 'Đạt 16.000 tỷ đồng' };

const run = hasChromium();

let app: App;
let page: Page;
let doc: StoredDocument;
const dialogs: string[] = [];

function blockText(block: Block): string {
  return 'runs' in block ? block.runs.map((r) => ('text' in r ? r.text : '')).join('') : '';
}

describe.skipIf(!run)('reloading in the middle of editing', () => {
  useBrowserApp('soan-nq-e2e-reload-', { browser: {}, timeout: 120_000 }, async (s) => {
    ({ app, page } = s);
    // A draft to edit: the demo documents are issued (read-only), so next year's is made first.
    doc = await callApi(app.web, 'createNextYear', { orgId: 'HU-NHON-TRACH', year: 2025 });
    // Leaving with an unsaved edit makes the page ask (beforeunload); the user says "Tải lại".
    page.on('dialog', (d: Dialog) => {
      dialogs.push(d.type());
      void d.accept();
    });
    await trackSaveStates(page);
  });

  it('keeps everything that was shown as saved', async () => {
    await page.goto(app.web.url);
    await page.locator(`[data-testid=document-row][data-document-id="${doc.id}"]`).getByTestId('document-open').click();
    await page.getByTestId('editor').waitFor();
    expect(Number(await page.getByTestId('editor').getAttribute('data-document-id'))).toBe(doc.id);
    expect((await saveState(page)).state).toBe('saved');

    // First edits: a target's value and the end of the first paragraph (typed through the IME).
    const first = page.getByTestId('body-editor').locator('p.nq-p').first();
    const original = (await first.textContent()) ?? '';
    const originalIndex = (await bodyBlockTexts(page)).indexOf(original);
    const editFrom = await pageNow(page);
    await fillTargetField(page.locator(`[data-testid=target-row][data-key="${TARGET.key}"]`).getByTestId('target-value'), TARGET.value);
    await caretToEndOf(first);
    await typeWithIme(page, SAVED_TEXT);
    const savedParagraph = original + SAVED_TEXT;
    expect((await bodyBlockTexts(page))[originalIndex]).toBe(savedParagraph);
    await waitForSavedSince(page, editFrom);
    const shownAsSaved = await bodyBlockTexts(page);

    // The store has it, as the indicator said.
    const stored = await callApi(app.web, 'getDocument', { id: doc.id });
    expect(stored.content.body.map(blockText)).toContain(savedParagraph);

    // More typing, then a reload at once: the next autosave (1 s after the last key) has not run.
    const laterFrom = await pageNow(page);
    await page.keyboard.type(LATER_TEXT);
    expect((await bodyBlockTexts(page))[originalIndex]).toBe(savedParagraph + LATER_TEXT);
    expect(await page.getByTestId('save-state').getAttribute('data-state')).toBe('dirty');
    expect(await saveStatesSince(page, laterFrom)).not.toContain('saving');
    await page.reload();

    // The same document opens again (the page remembers it), with everything that was shown as saved.
    await page.getByTestId('editor').waitFor();
    expect(Number(await page.getByTestId('editor').getAttribute('data-document-id'))).toBe(doc.id);
    await page.locator(`[data-testid=target-row][data-key="${TARGET.key}"]`).waitFor();
    expect(await targetFieldText(page.locator(`[data-testid=target-row][data-key="${TARGET.key}"]`).getByTestId('target-value'))).toBe(
      TARGET.value,
    );
    const reloaded = await bodyBlockTexts(page);
    expect(reloaded).toHaveLength(shownAsSaved.length);
    const paragraph = reloaded[originalIndex] ?? '';
    // The later text is there only if the save on leaving made it in time, and then exactly once.
    expect([savedParagraph, savedParagraph + LATER_TEXT]).toContain(paragraph);
    expect(reloaded.filter((_, i) => i !== originalIndex)).toEqual(shownAsSaved.filter((_, i) => i !== originalIndex));
    expect(await page.getByTestId('conflict-banner').count()).toBe(0);
    console.log(
      `reload: ${paragraph === savedParagraph ? 'the text typed after "Đã lưu" was not saved on leaving' : 'the text typed after "Đã lưu" was saved on leaving too'}; dialogs: ${dialogs.join(', ') || 'none'}`,
    );

    // And the store agrees with what the editor shows after the reload.
    const after = await callApi(app.web, 'getDocument', { id: doc.id });
    expect(after.content.body.map(blockText)).toContain(paragraph);
  }, 60_000);
});
