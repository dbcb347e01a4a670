import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** "Đổi người": the gate asks "Bạn là ai?" again and `name` is chosen; the document open stays open. */
export async function actAs(page: Page, name: string): Promise<void> {
  await page.getByTestId('switch-person').click();
  await page.getByTestId('person-choice').filter({ hasText: name }).click();
  await expect.poll(() => page.getByTestId('current-person').innerText()).toContain(name);
}
