import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfficeServer } from '../../electron/server/officeServer.ts';
import { CV, CVP, logIn, officeDatabase, removeDir, startOn, value, VT, type Who } from '../integration/serverKit.ts';
import { writtenOut } from '../support/placeholders.ts';
import { ensureArtifactsDir } from './support/app.ts';
import { CHROMIUM, hasChromium } from './support/chromium.ts';
import { caretToEndOf, pageNow, trackSaveStates, waitForSavedSince } from './support/editor.ts';
import { ensureRenderer, rendererDist } from './support/renderer.ts';

/**
 * One office, three computers: the office server (real HTTPS, its own certificate) serves the UI,
 * and three Chromium windows log in through the login screen as the chuyên viên, the chánh văn
 * phòng and the văn thư, each acting only as the server's session says: draft → comment → submit
 * → return → resubmit → approve → issue → copy, at 1366×768. The chánh văn phòng sees that the
 * chuyên viên has the draft open.
 */
const run = hasChromium();
const ORG = 'DU-HIEP-THANH';

let office: OfficeServer;
let officeDir: string;
let browser: Browser;
const pages = new Map<string, Page>();
const pageErrors: string[] = [];

async function windowFor(who: Who): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    ignoreHTTPSErrors: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    acceptDownloads: true,
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  page.on('pageerror', (err) => pageErrors.push(`${who.name}: ${err.message}`));
  await trackSaveStates(page);
  await page.goto(office.url);
  await page.getByTestId('login-screen').waitFor();
  await page.getByTestId('login-name').fill(who.name);
  await page.getByTestId('login-password').fill(who.password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('document-list').waitFor();
  expect(await page.getByTestId('session-person').textContent()).toBe(who.name);
  pages.set(who.name, page);
  return page;
}

/** Back to the list ("← Trang chủ", which reloads it from the server) and into the document. */
async function open(page: Page, id: number): Promise<void> {
  if ((await page.getByTestId('editor-home').count()) > 0) await page.getByTestId('editor-home').click();
  await page.getByTestId('document-list').waitFor();
  // The list as the server has it now (the tab's session survives the reload).
  await page.reload();
  await page.getByTestId('document-list').waitFor();
  await page.locator(`[data-testid=document-row][data-document-id="${id}"] [data-testid=document-open]`).click();
  await page.getByTestId('editor').waitFor();
}

const bar = (page: Page, status: string) => page.locator(`[data-testid=review-bar][data-status=${status}]`).waitFor();

async function typeAtEndOfFirstParagraph(page: Page, text: string): Promise<void> {
  const block = page.getByTestId('body-editor').locator(':scope > p').first();
  await caretToEndOf(block);
  const before = await pageNow(page);
  await page.keyboard.type(text);
  await waitForSavedSince(page, before);
}

async function selectFirstWords(page: Page, words: number): Promise<void> {
  await page
    .getByTestId('body-editor')
    .locator(':scope > p')
    .first()
    .evaluate((el, count) => {
      const node = document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode();
      if (!node?.textContent) throw new Error('Đoạn trống');
      const end = node.textContent.split(' ').slice(0, count).join(' ').length;
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, end);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    }, words);
  await page.waitForTimeout(100);
}

describe.skipIf(!run)('three roles on three computers through the office server', () => {
  beforeAll(async () => {
    await ensureRenderer();
    const made = await officeDatabase('soan-nq-e2e-round-');
    officeDir = made.dir;
    office = await startOn(made.dbPath, { staticDir: rendererDist });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--lang=vi-VN'] });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await office?.close();
    if (officeDir) removeDir(officeDir);
  });

  it('drafts, comments, submits, returns, resubmits, approves, issues and copies, each as their own session', async () => {
    const cv = await windowFor(CV);
    const cvp = await windowFor(CVP);
    const vt = await windowFor(VT);
    // No one chooses "Bạn là ai?": the person is the session's.
    expect(await cv.getByTestId('who-are-you').count()).toBe(0);
    expect(await cv.getByTestId('switch-person').count()).toBe(0);

    await cv.getByTestId('new-year-open').click();
    await cv.getByTestId('new-year-org').selectOption(ORG);
    await cv.getByTestId('new-year-year').fill('2027');
    await cv.getByTestId('new-year-create').click();
    const id = Number(await cv.getByTestId('editor').getAttribute('data-document-id'));
    // What is left to write (issue 14 §4) is written before submitting: here through the server, as the chuyên viên.
    const writer = await logIn(office, CV);
    const stored = await value(office, writer, 'getDocument', { id });
    await value(office, writer, 'saveDocument', { id, expectedVersion: stored.version, content: writtenOut(stored.content) });
    await open(cv, id);
    await typeAtEndOfFirstParagraph(cv, ' Bản của chuyên viên.');
    await cv.getByTestId('review-submit').click();
    await bar(cv, 'trinh-duyet');

    // The chánh văn phòng opens it while the chuyên viên still has it open.
    await open(cvp, id);
    await bar(cvp, 'trinh-duyet');
    await expect.poll(() => cvp.getByTestId('presence-note').textContent()).toContain(`Đang được ${CV.name} chỉnh sửa`);
    await cvp.screenshot({ path: join(ensureArtifactsDir(), 'office-round-presence-1366x768.png') });
    await cvp.getByTestId('tab-comments').click();
    await selectFirstWords(cvp, 4);
    await cvp.getByTestId('comment-add').click();
    await cvp.getByTestId('comment-draft-text').fill('Nêu rõ số liệu năm trước.');
    await cvp.getByTestId('comment-draft-submit').click();
    await expect.poll(() => cvp.getByTestId('comment-thread').count()).toBe(1);
    await cvp.getByTestId('review-return').click();
    await cvp.getByTestId('return-reason').fill('Bổ sung số liệu năm trước.');
    await cvp.getByTestId('return-confirm').click();
    await bar(cvp, 'tra-lai');

    await open(cv, id);
    await bar(cv, 'tra-lai');
    await typeAtEndOfFirstParagraph(cv, ' Đã bổ sung số liệu.');
    await cv.getByTestId('review-submit').click();
    await bar(cv, 'trinh-duyet');
    await expect.poll(() => cv.getByTestId('review-round').textContent()).toBe('Dự thảo lần 2');

    await open(cvp, id);
    await cvp.getByTestId('review-approve').click();
    await cvp.getByTestId('confirm-approve-confirm').click();
    await bar(cvp, 'da-duyet');

    await open(vt, id);
    await vt.getByTestId('review-issue').click();
    await vt.getByTestId('step-summary').waitFor();
    await vt.getByTestId('confirm-issue-confirm').click();
    await vt.getByTestId('issue-confirm').click();
    await bar(vt, 'ban-hanh');
    await expect.poll(() => vt.getByTestId('review-number').textContent()).toMatch(/Số \d+-NQ\/ĐU/);
    await vt.getByTestId('review-sao-y').click();
    // The copy's day is the (the page's today; the server's own default day is its clock's, UTC on this machine).
    const today = await vt.evaluate(() => {
      const d = new Date();
      return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
    });
    await vt.getByTestId('copy-date').fill(today);
    const downloading = vt.waitForEvent('download').catch(async (err: unknown) => {
      await vt.screenshot({ path: join(ensureArtifactsDir(), 'office-round-copy-failed.png') });
      throw err;
    });
    await vt.getByTestId('copy-make').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    // The document's history shows the copy: which kind, its number, who made it.
    await vt.getByTestId('copy-close').click();
    await vt.getByTestId('tab-history').click();
    const copyItem = vt.getByTestId('history-copy');
    await expect.poll(() => copyItem.count()).toBe(1);
    expect(await copyItem.getAttribute('data-kind')).toBe('sao-y');
    expect(await copyItem.innerText()).toMatch(/Sao y bản chính\s+Số \d+-BS\/VPĐU/u);
    expect(await copyItem.getByTestId('history-who').innerText()).toBe(VT.name);
    await vt.screenshot({ path: join(ensureArtifactsDir(), 'office-round-history-copy-1366.png') });

    // The server recorded each step under the person of the session that did it.
    const token = await logIn(office, CVP);
    const history = await value(office, token, 'documentHistory', { id });
    const by = Object.fromEntries(history.filter((e) => e.to).map((e) => [e.to, e.who]));
    expect(by).toMatchObject({ 'trinh-duyet': CV.name, 'tra-lai': CVP.name, 'da-duyet': CVP.name, 'ban-hanh': VT.name });
    const threads = await value(office, token, 'listComments', { documentId: id });
    expect(threads.threads.map((t) => t.author)).toEqual([CVP.name]);
    const copies = await value(office, token, 'listCopies', { orgId: ORG });
    expect(copies.copies.some((c) => c.kind === 'sao-y' && c.documentId === id && c.createdBy === VT.name)).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
