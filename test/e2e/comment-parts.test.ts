import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { flattenTargets } from '../../electron/contract/model/targets.ts';
import { callApi, ensureArtifactsDir, type App } from './support/app.ts';
import { hasChromium } from './support/chromium.ts';
import { useBrowserApp } from './support/browserApp.ts';

/**
 * Ý kiến on a part of the draft other than the body's text, in Chromium against browser mode: the
 * chief of staff opens a draft under review (locked), hovers a target's line (2.1, Tỷ lệ hộ nghèo) and comments
 * on it with the "Ý kiến" button beside it, and on the second line of "Nơi nhận" from the panel's
 * list of parts (the keyboard's way); the panel lists both in print order with their parts named
 * in Vietnamese, the target's thread first. The secretary then sees the thread, clicks it — the
 * target's line is shown and outlined — and marks it "Đã xử lý", recorded under her name.
 * Screenshots at 1366×768 and 1920×1080 go to test-artifacts/e2e/.
 */
const ORG = 'DU-HIEP-THANH';
const CHIEF = 'Trần Văn Bình';
const SECRETARY = 'Lê Thị Thu';
const ON_TARGET = 'Hộ nghèo dưới 0,5% là quá cao so với kết quả năm trước.';
const ON_RECIPIENT = 'Dòng nơi nhận này cần ghi rõ đơn vị.';

const run = hasChromium();

let app: App;
let page: Page;
const pageErrors: string[] = [];

async function asUser(name: string): Promise<void> {
  const field = page.getByTestId('comments-user');
  await field.fill(name);
  await field.press('Tab');
}

describe.skipIf(!run)('comments on a target and a recipient line: the reviewer comments, the secretary resolves', () => {
  let id = 0;
  let quoted = '';
  let thirdLine = 0;
  const name = 'Chỉ tiêu 2.1 (giá trị)';

  useBrowserApp('soan-nq-e2e-comment-parts-', {}, async (s) => {
    ({ app, page } = s);
    page.on('pageerror', (err) => pageErrors.push(err.message));
    const made = await callApi(app.web, 'createNextYear', { orgId: ORG, year: 2027, carryValues: true });
    id = made.id;
    const flat = flattenTargets(made.content.targets);
    // The demo's targets are grouped: "2. Về văn hóa - xã hội:", its first "- Tỷ lệ hộ nghèo: dưới 0,5".
    const chosen = flat.find((t) => t.node.name === 'Tỷ lệ hộ nghèo');
    expect(chosen?.node.value?.written).toBe('dưới 0,5');
    quoted = 'Tỷ lệ hộ nghèo: dưới 0,5';
    thirdLine = flat.findIndex((t) => t === chosen);
    await callApi(app.web, 'submitForReview', { id, expectedVersion: made.version, overrideReason: 'Trình để góp ý sớm' });
  });

  it('takes the chief’s comment on target 2.1 and a recipient line, lists them in order, and the secretary resolves it', async () => {
    const artifacts = ensureArtifactsDir();
    await page.goto(app.web.url);
    await page.locator(`[data-testid=document-row][data-document-id="${id}"]`).getByTestId('document-open').click();
    await page.getByTestId('editor').waitFor();
    await page.getByTestId('read-only-banner').waitFor();
    // Locked under review: nothing to save ("Lưu" was enabled and did nothing).
    expect(await page.getByTestId('editor-save').isDisabled()).toBe(true);
    // Nor any prompt to fill in its empty fields ("(cấp trên, nếu có)" stayed on an issued page).
    expect(await page.getByTestId('header-superior-body').evaluate((el) => getComputedStyle(el, '::placeholder').color)).toBe(
      'rgba(0, 0, 0, 0)',
    );
    await page.getByTestId('tab-comments').click();
    await page.getByTestId('comments-panel').waitFor();
    await asUser(CHIEF);

    // The target's line: the pointer over it shows "Ý kiến" beside it, named for the part.
    const line = page.getByTestId('body-targets-block').locator('.nq-target-line').nth(thirdLine);
    await line.scrollIntoViewIfNeeded();
    await line.hover();
    const button = page.getByTestId('part-comment-button');
    await expect.poll(() => button.getAttribute('data-part')).toBe(name);
    await page.screenshot({ path: join(artifacts, 'comment-parts-0-nut-y-kien-1366.png') });
    await button.click();
    await expect.poll(() => page.getByTestId('comment-draft-place').textContent()).toBe(`Ý kiến cho: ${name}`);
    await page.getByTestId('comment-draft-text').fill(ON_TARGET);
    await page.getByTestId('comment-draft-submit').click();
    await expect.poll(() => page.getByTestId('comment-thread').count()).toBe(1);

    // Every other part offers it too: the summary, the signer, the target's row of the appendix.
    const offered = async (part: ReturnType<Page['locator']>): Promise<string | null> => {
      await part.scrollIntoViewIfNeeded();
      await part.hover();
      await button.waitFor();
      return button.getAttribute('data-part');
    };
    await expect.poll(() => offered(page.getByTestId('title-summary'))).toBe('Trích yếu');
    await expect.poll(() => offered(page.getByTestId('closing-signer-name'))).toBe('Người ký');
    await page.screenshot({ path: join(artifacts, 'comment-parts-0b-nguoi-ky-1366.png') });
    await expect
      .poll(() => offered(page.locator('[data-testid="appendix-preview"] tbody tr').nth(thirdLine)))
      .toBe('Phụ lục, chỉ tiêu 2.1');

    // The second line of "Nơi nhận", chosen from the panel's list with the keyboard.
    const select = page.getByTestId('comment-part-select');
    await select.focus();
    await select.selectOption({ label: 'Nơi nhận, dòng 2' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByTestId('comment-draft-text').fill(ON_RECIPIENT);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.getByTestId('comment-thread').count()).toBe(2);

    const names = () => page.getByTestId('comment-part-name').allTextContents();
    expect(await names()).toEqual([name, 'Nơi nhận, dòng 2']);
    expect(await page.getByTestId('comment-quote').first().textContent()).toContain(quoted);
    expect(await page.getByTestId('comment-author').allTextContents()).toEqual([CHIEF, CHIEF]);
    // The thread shows on the page too: the chip beside the target's line.
    await line.scrollIntoViewIfNeeded();
    await expect.poll(() => page.getByTestId('comment-part-mark').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(artifacts, 'comment-parts-1-hai-y-kien-1366.png') });
    // Resized with the pointer still: the button and its outline go (the part moved) until the pointer moves.
    await line.hover();
    await button.waitFor();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect.poll(() => page.locator('.part-comment-outline').count()).toBe(0);
    await line.hover();
    await button.waitFor();
    // The outline follows the part to where the wider window put it (not where it was at 1366).
    const outlineTop = () => page.locator('.part-comment-outline').evaluate((el) => el.getBoundingClientRect().top);
    const lineTop = await line.evaluate((el) => el.getBoundingClientRect().top);
    await expect.poll(async () => Math.abs((await outlineTop()) + 2 - lineTop)).toBeLessThan(4);
    await page.screenshot({ path: join(artifacts, 'comment-parts-2-hai-y-kien-1920.png') });
    await page.setViewportSize({ width: 1366, height: 768 });

    // The secretary: the thread is there after a reload; a click shows the target's line; "Đã xử lý".
    await page.reload();
    await page.getByTestId('editor').waitFor();
    await page.getByTestId('tab-comments').click();
    await asUser(SECRETARY);
    await expect.poll(names).toEqual([name, 'Nơi nhận, dòng 2']);
    const thread = page.getByTestId('comment-thread').first();
    await page.getByTestId('body-editor').evaluate((el) => el.closest('.page-scroll')?.scrollTo({ top: 0 }));
    await thread.getByTestId('comment-quote').click();
    await expect.poll(() => line.evaluate((el) => el.hasAttribute('data-comment-focus'))).toBe(true);
    await expect.poll(() => line.evaluate((el) => Math.round(el.getBoundingClientRect().top) < window.innerHeight)).toBe(true);
    await thread.getByTestId('comment-resolve').click();
    await expect.poll(() => thread.getAttribute('data-state')).toBe('resolved');
    await page.screenshot({ path: join(artifacts, 'comment-parts-3-da-xu-ly-1366.png') });

    const listing = await callApi(app.web, 'listComments', { documentId: id });
    const onTarget = listing.threads.find((t) => t.body === ON_TARGET);
    expect([onTarget?.author, onTarget?.resolvedBy, onTarget?.onPart?.place]).toEqual([CHIEF, SECRETARY, name]);
    expect(listing.threads.find((t) => t.body === ON_RECIPIENT)?.onPart?.anchor).toMatchObject({ part: 'recipient', line: 1 });

    // Returned, the secretary takes line 2 out of "Nơi nhận": its thread stays, its part said to be gone.
    const locked = await callApi(app.web, 'getDocument', { id });
    const returned = await callApi(app.web, 'returnDraft', { id, why: 'Sửa theo ý kiến', expectedVersion: locked.version });
    const lines = returned.content.recipients.lines.filter((_, i) => i !== 1);
    await callApi(app.web, 'saveDocument', {
      id,
      content: { ...returned.content, recipients: { ...returned.content.recipients, lines } },
      expectedVersion: returned.version,
    });
    await page.reload();
    await page.getByTestId('editor').waitFor();
    await page.getByTestId('tab-comments').click();
    await expect.poll(names).toEqual([name, 'Phần đã xóa: Nơi nhận, dòng 2']);
    await page.screenshot({ path: join(artifacts, 'comment-parts-4-phan-da-xoa-1366.png') });
    // From the keyboard on the editable draft: Ctrl+Alt+M in the summary opens a thread on it.
    await page.getByTestId('title-summary').focus();
    await page.keyboard.press('Control+Alt+KeyM');
    await expect.poll(() => page.getByTestId('comment-draft-place').textContent()).toBe('Ý kiến cho: Trích yếu');
    await page.getByTestId('comment-draft-cancel').click();
    expect(pageErrors).toEqual([]);
  }, 180_000);

  it('offers "Ý kiến" on the side panel’s fields too: a target’s value in the table, a line of "Nơi nhận", the signer', async () => {
    const artifacts = ensureArtifactsDir();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId('tab-targets').click();
    const row = page.getByTestId('target-row').nth(thirdLine);
    await row.scrollIntoViewIfNeeded();
    // The pointer over the value's cell: the button sits inside the field's right end, named for the part.
    await row.getByTestId('target-value').hover();
    const button = page.getByTestId('part-comment-button');
    await expect.poll(() => button.getAttribute('data-part')).toBe(name);
    const inField = await page.evaluate(() => {
      const b = document.querySelector('[data-testid="part-comment-button"]')?.getBoundingClientRect();
      const side = document.querySelector('.side-panel')?.getBoundingClientRect();
      return b && side ? b.left >= side.left && b.right <= side.right : false;
    });
    expect(inField).toBe(true);
    await page.screenshot({ path: join(artifacts, 'comment-parts-5-bang-chi-tieu-1366.png') });
    await button.click();
    await expect.poll(() => page.getByTestId('comment-draft-place').textContent()).toBe(`Ý kiến cho: ${name}`);
    await page.getByTestId('comment-draft-cancel').click();

    // "Nơi nhận" and the signer: Ctrl+Alt+M on the focused field, the pointer over the signer's name.
    await page.getByTestId('tab-closing').click();
    await page.getByTestId('recipient-text').first().focus();
    await page.keyboard.press('Control+Alt+KeyM');
    await expect.poll(() => page.getByTestId('comment-draft-place').textContent()).toBe('Ý kiến cho: Nơi nhận, dòng 1');
    await page.getByTestId('comment-draft-cancel').click();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByTestId('tab-closing').click();
    await page.getByTestId('signature-name').hover();
    await expect.poll(() => button.getAttribute('data-part')).toBe('Người ký');
    await page.screenshot({ path: join(artifacts, 'comment-parts-6-nguoi-ky-bang-1920.png') });
    // Not on what is not a part: last year's figure beside the target.
    await page.getByTestId('tab-targets').click();
    await page.getByTestId('target-row').nth(thirdLine).locator('.col-prev').hover();
    await expect.poll(() => button.count()).toBe(0);
    await page.setViewportSize({ width: 1366, height: 768 });
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
