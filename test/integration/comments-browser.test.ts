import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../electron/web/server.ts';
import { anchoredText, phraseOf } from '../unit/comments/kit.ts';
import { call, openHarness, type Harness } from './handlersKit.ts';

/**
 * Comments in the real UI (browser mode, Chromium): select text, "Thêm ý kiến" (Ctrl+Alt+M),
 * reply, resolve, reload — still there; typing before the marked words keeps the highlight on the
 * same words; a document under review (read-only) still takes comments. Skipped without Chromium,
 * except in CI where that is a failure.
 */
const chromiumPath = ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/google-chrome'].find((p) => existsSync(p));
if (!chromiumPath && process.env.CI) throw new Error('Thiếu Chromium trên máy CI: cài gói chromium (apt-get install chromium).');
const root = fileURLToPath(new URL('../..', import.meta.url));

let h: Harness;
let web: WebServer;
let browser: Browser;

/** Opens a document from Trang chủ (unless the page shows it already) and shows the "Ý kiến" tab. */
async function openDocument(page: Page, id: number, goto = true): Promise<void> {
  if (goto) await page.goto(web.url);
  await page.locator('[data-testid=editor], [data-testid=document-list]').first().waitFor();
  if ((await page.getByTestId('editor').count()) === 0) {
    await page.locator(`[data-testid=document-row][data-document-id="${id}"]`).getByTestId('document-open').click();
  }
  await page.getByTestId('editor').waitFor();
  await page.getByTestId('tab-comments').click();
  await page.getByTestId('comments-panel').waitFor();
}

/** Selects the first occurrence of `phrase` in the body, as a user dragging over it would. */
async function selectPhrase(page: Page, phrase: string, click = true): Promise<void> {
  const paragraph = page.getByTestId('body-editor').locator('p.nq-p', { hasText: phrase }).first();
  if (click) await paragraph.click();
  await paragraph.evaluate((p, text) => {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent ?? '').indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error(`Không thấy "${text}"`);
  }, phrase);
  await page.waitForTimeout(100);
}

/** The text of the marks of comment `id` on the page, and whether it is highlighted. */
function markOf(page: Page, id: string): Promise<{ text: string; highlighted: boolean }> {
  return page.evaluate((cid) => {
    const marks = Array.from(document.querySelectorAll<HTMLElement>('mark.nq-comment')).filter((m) =>
      (m.dataset['commentIds'] ?? '').split(' ').includes(cid),
    );
    const bg = marks[0] ? getComputedStyle(marks[0]).backgroundColor : '';
    return { text: marks.map((m) => m.textContent).join(''), highlighted: bg !== '' && bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent' };
  }, id);
}

async function waitSaved(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-testid=save-state]')?.getAttribute('data-state') === 'saved', undefined, {
    timeout: 15_000,
  });
}

describe.skipIf(!chromiumPath)('comments in Chromium', () => {
  beforeAll(async () => {
    h = openHarness('soan-nq-comments-browser-');
    const dist = join(h.dir, 'dist');
    await promisify(execFile)(
      process.execPath,
      [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'],
      {
        cwd: root,
        env: { ...process.env, NODE_ENV: 'production' },
      },
    );
    web = await startWebServer({ store: h.store, staticDir: dist });
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    h?.close();
  });

  it('adds a comment on selected text, replies, resolves; all still there after a reload; edits before it keep it on the same words', async () => {
    const draft = await call(h.ctx, 'createNextYear', { orgId: 'HU-DUC-TRONG', year: 2023 });
    const PHRASE = phraseOf(draft);
    const page = await browser.newPage({ acceptDownloads: true });
    await openDocument(page, draft.id);
    await page.getByTestId('comments-empty').waitFor();
    // The name comments are signed with, typed once (kept in the browser).
    await page.getByTestId('comments-user').fill('Chánh Văn phòng');

    await selectPhrase(page, PHRASE);
    await page.keyboard.press('Control+Alt+KeyM');
    const form = page.getByTestId('comment-draft');
    await form.waitFor();
    expect(await form.textContent()).toContain(`“${PHRASE}”`);
    await page.getByTestId('comment-draft-text').fill('Ghi rõ chỉ tiêu tăng trưởng.');
    await page.getByTestId('comment-draft-submit').click();
    const thread = page.getByTestId('comment-thread').first();
    await thread.waitFor();
    const id = (await thread.getAttribute('data-comment-id')) ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await thread.getByTestId('comment-author').first().textContent()).toBe('Chánh Văn phòng');
    await expect.poll(() => markOf(page, id)).toEqual({ text: PHRASE, highlighted: true });
    // The anchor was saved into the content before the comment was stored.
    expect(anchoredText(await call(h.ctx, 'getDocument', { id: draft.id }), id)).toBe(PHRASE);

    expect(await page.getByTestId('comments-badge').textContent()).toBe('1');

    await thread.getByTestId('comment-reply-open').click();
    await page.getByTestId('comment-reply-box-text').fill('Đã bổ sung số liệu.');
    await page.getByTestId('comment-reply-box-submit').click();
    await thread.getByTestId('comment-reply').waitFor();
    await thread.getByTestId('comment-resolve').click();
    await page.waitForSelector(`[data-testid=comment-thread][data-comment-id="${id}"][data-state=resolved]`);
    await expect.poll(async () => (await markOf(page, id)).highlighted).toBe(false);
    expect(await page.getByTestId('comments-badge').count()).toBe(0);
    await waitSaved(page);

    await page.reload();
    await openDocument(page, draft.id, false);
    const again = page.locator(`[data-testid=comment-thread][data-comment-id="${id}"]`);
    await again.waitFor();
    expect(await again.getAttribute('data-state')).toBe('resolved');
    await again.getByTestId('comment-expand').click();
    expect(await again.getByTestId('comment-reply').getByTestId('comment-text').textContent()).toBe('Đã bổ sung số liệu.');
    expect(await page.getByTestId('comments-user').inputValue()).toBe('Chánh Văn phòng');
    await again.getByTestId('comment-reopen').click();
    await page.waitForSelector(`[data-testid=comment-thread][data-comment-id="${id}"][data-state=open]`);
    await expect.poll(() => markOf(page, id)).toEqual({ text: PHRASE, highlighted: true });

    // Typing before the marked words (at the start of their paragraph) leaves the anchor on them.
    const paragraph = page.getByTestId('body-editor').locator('p.nq-p', { hasText: PHRASE }).first();
    await paragraph.click();
    await paragraph.evaluate((p) => {
      const first = document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode();
      if (first) window.getSelection()?.collapse(first, 0);
    });
    await page.waitForTimeout(100);
    await page.keyboard.type('Năm nay, ');
    await waitSaved(page);
    expect(await paragraph.textContent()).toMatch(/^Năm nay, /);
    await expect.poll(() => markOf(page, id)).toEqual({ text: PHRASE, highlighted: true });
    expect(anchoredText(await call(h.ctx, 'getDocument', { id: draft.id }), id)).toBe(PHRASE);

    // "Xuất bản góp ý": a download whose Word comments hold the thread and its reply.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('comments-export').click()]);
    expect(download.suggestedFilename()).toMatch(/-gop-y\.docx$/);
    const zip = await JSZip.loadAsync(readFileSync((await download.path()) ?? ''));
    const commentsXml = (await zip.file('word/comments.xml')?.async('string')) ?? '';
    expect(commentsXml).toContain('Ghi rõ chỉ tiêu tăng trưởng.');
    expect(commentsXml).toContain('Đã bổ sung số liệu.');
    expect(commentsXml).toContain('w:author="Chánh Văn phòng"');

    // Clicking the thread selects its words on the page.
    await again.getByTestId('comment-quote').click();
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(PHRASE);
    await page.close();
  });

  it('takes a comment on a document under review (read-only page) without a new version', async () => {
    const draft = await call(h.ctx, 'createNextYear', { orgId: 'HU-NHON-TRACH', year: 2025 });
    const submitted = await call(h.ctx, 'submitForReview', { id: draft.id, overrideReason: 'Xin ý kiến sớm' });
    const PHRASE = phraseOf(draft);
    const page = await browser.newPage();
    await openDocument(page, draft.id);
    await page.getByTestId('read-only-banner').waitFor();
    await selectPhrase(page, PHRASE, false);
    await page.getByTestId('comment-add').click();
    await page.getByTestId('comment-draft-text').fill('Đề nghị viết lại câu này.');
    await page.getByTestId('comment-draft-submit').click();
    const thread = page.getByTestId('comment-thread').first();
    await thread.waitFor();
    const id = (await thread.getAttribute('data-comment-id')) ?? '';
    await expect.poll(() => markOf(page, id)).toEqual({ text: PHRASE, highlighted: true });
    const stored = await call(h.ctx, 'getDocument', { id: draft.id });
    expect(stored.version).toBe(submitted.version);
    expect(anchoredText(stored, id)).toBe(PHRASE);
    expect(await page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
    await page.close();
  });
});
