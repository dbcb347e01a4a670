import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { TargetNode } from '../../../electron/contract/model/targets.ts';
import { flattenTargets } from '../../../electron/contract/model/targets.ts';
import { callApi, type App } from './app.ts';

/**
 * A field of the targets table (name, unit, value) is drawn as plain text until it takes the focus
 * (renderer/panels/targets/LazyField.tsx); clicked, the same test id is the live text box.
 */
export async function fillTargetField(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.fill(text);
}

/** The text a field of the targets table holds, live text box or plain text (its prompt when empty is not its text). */
export function targetFieldText(field: Locator): Promise<string> {
  return field.evaluate((el) =>
    el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement
      ? el.value
      : el.querySelector('.lazy-placeholder')
        ? ''
        : (el.textContent ?? ''),
  );
}

/** The field is its live text box, and has the focus. */
export const liveAndFocused = (field: Locator): Promise<boolean> =>
  field.evaluate((el) => el.tagName === 'TEXTAREA' && el === document.activeElement);

/**
 * A long targets table: Nhơn Trạch's 2025 draft (last year's values carried) with a group of 50
 * more targets made from its own ("… (thêm n)", keys `them.1` … `them.50`), which `shape` may
 * change in place; returns the draft's id.
 */
export async function draftWithLongTable(app: App, shape: (children: TargetNode[]) => void): Promise<number> {
  const draft = await callApi(app.web, 'createNextYear', { orgId: 'HU-NHON-TRACH', year: 2025, carryValues: true });
  const leaves = flattenTargets(draft.content.targets).filter((t) => t.node.children.length === 0 && t.node.value);
  const children: TargetNode[] = Array.from({ length: 50 }, (_, i) => {
    const from = leaves[i % leaves.length]?.node;
    return { ...from, key: `them.${i + 1}`, name: `${from?.name ?? 'Chỉ tiêu'} (thêm ${i + 1})`, children: [] } as TargetNode;
  });
  shape(children);
  const group: TargetNode = { key: 'them', name: 'Chỉ tiêu thêm để thử', children };
  const content = { ...draft.content, targets: [...draft.content.targets, group] };
  await callApi(app.web, 'saveDocument', { id: draft.id, content, expectedVersion: draft.version });
  return draft.id;
}

/**
 * Clicks just left of a plain field's last character (the caret is to go before it), once the row
 * has stopped moving: a busy machine draws last year's column and the marks late.
 */
export async function clickBeforeLastChar(page: Page, field: Locator): Promise<void> {
  const pointOfLastChar = () =>
    field.evaluate((el) => {
      const range = document.createRange();
      const text = el.firstChild as Text;
      range.setStart(text, text.length - 1);
      range.setEnd(text, text.length);
      const r = range.getBoundingClientRect();
      return { x: Math.round(r.left + 1), y: Math.round(r.top + r.height / 2) };
    });
  let at = await pointOfLastChar();
  await expect
    .poll(async () => {
      const before = at;
      await page.waitForTimeout(150);
      at = await pointOfLastChar();
      return at.x === before.x && at.y === before.y;
    })
    .toBe(true);
  await page.mouse.click(at.x, at.y);
}
