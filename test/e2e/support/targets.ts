import type { Locator } from 'playwright-core';

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
