import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi, type App } from './support/app.ts';
import { hasChromium, shootBothSizes } from './support/chromium.ts';
import { useBrowserApp } from './support/browserApp.ts';
import { makeDraftWithHeader, openDocument } from './support/draft.ts';

/**
 * The header's issuing body is a list (`<select>`) of the office's bodies, drawn as its chosen
 * name until the pointer or the focus comes to it (app/LazySelect.tsx): a list inside the page
 * pane made every body keystroke lay the whole window out. Nothing is lost: the same box, the list
 * under the pointer (a click opens it) and under Tab, a choice fills the header, and none is left
 * in the pane once both have gone.
 */
const run = hasChromium();
const OTHER = 'Huyện ủy Cũ (trước sáp nhập)';

let app: App;
let page: Page;
let docId: number;
let ownName = '';

const issuing = (p: Page) => p.getByTestId('header-issuing-body');
const tagAndBox = (p: Page) =>
  issuing(p).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { tag: el.tagName, box: [r.left, r.top, r.width, r.height].map((v) => Math.round(v)) };
  });
const listsInPane = (p: Page) => p.locator('.page-scroll select').count();

describe.skipIf(!run)('the header’s issuing body: a list drawn as text until reached', () => {
  useBrowserApp('soan-nq-e2e-issuing-', { timeout: 120_000 }, async (s) => {
    ({ app, page } = s);
    // A body the office's list does not hold (an old document's): the list offers it and the office's own.
    docId = await makeDraftWithHeader(app, { issuingBody: OTHER });
    const orgs = await callApi(app.web, 'listOrganizations', {});
    const draft = await callApi(app.web, 'getDocument', { id: docId });
    ownName = orgs.find((o) => o.id === draft.orgId)?.name ?? '';
  });

  it('is plain text in the list’s own box, becomes the list under the pointer and goes back when it leaves', async () => {
    await openDocument(page, app, docId);
    await issuing(page).waitFor();
    await page.mouse.move(5, 5);
    await expect.poll(() => listsInPane(page)).toBe(0);
    const plain = await tagAndBox(page);
    expect(plain.tag).toBe('DIV');
    expect(await issuing(page).textContent()).toBe(OTHER);
    expect(await issuing(page).getAttribute('aria-label')).toBe('Cơ quan ban hành');

    await issuing(page).hover();
    await expect.poll(async () => (await tagAndBox(page)).tag).toBe('SELECT');
    expect((await tagAndBox(page)).box).toEqual(plain.box);
    await shootBothSizes(page, 'header-issuing-list');

    await page.mouse.move(5, 5);
    await expect.poll(() => listsInPane(page)).toBe(0);
    expect((await tagAndBox(page)).box).toEqual(plain.box);
  });

  it('is reached by Tab and chosen with the keyboard, filling the header from the office’s body; typing in the body leaves no list behind', async () => {
    await openDocument(page, app, docId);
    await page.mouse.move(5, 5);
    await page.getByTestId('header-superior-body').focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => issuing(page).evaluate((el) => el.tagName === 'SELECT' && el === document.activeElement)).toBe(true);
    await issuing(page).selectOption({ label: ownName });
    await expect
      .poll(async () => (await callApi(app.web, 'getDocument', { id: docId })).content.header.issuingBody, { timeout: 10_000 })
      .toBe(ownName);

    await page.getByTestId('body-editor').locator('p').first().click();
    await page.keyboard.type(' x');
    await expect.poll(() => listsInPane(page)).toBe(0);
    await expect.poll(() => issuing(page).textContent()).toBe(ownName);
  });
});
