import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** "Đổi người": the gate asks "Bạn là ai?" again and `name` is chosen; the document open stays open. */
export async function actAs(page: Page, name: string): Promise<void> {
  await page.getByTestId('switch-person').click();
  await page.getByTestId('person-choice').filter({ hasText: name }).click();
  await expect.poll(() => page.getByTestId('current-person').innerText()).toContain(name);
}

/** "Người dùng" (the office tab open): each person added with their role, and seen in the list. */
export async function addPeople(page: Page, people: readonly (readonly [name: string, role: string])[]): Promise<void> {
  for (const [name, role] of people) {
    await page.getByTestId('person-name').fill(name);
    await page.getByTestId('person-role').selectOption(role);
    await page.getByTestId('person-add').click();
    await expect.poll(() => page.getByTestId('office-people').innerText()).toContain(name);
  }
}
