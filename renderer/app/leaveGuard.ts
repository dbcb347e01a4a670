/**
 * Before leaving the open document (Trang chủ, Ctrl+N, Ctrl+O, Ctrl+F), the editor gets a say:
 * it saves first and refuses once when the save fails, so unsaved edits are not dropped silently.
 */
type Guard = () => Promise<boolean>;
let guard: Guard | null = null;

export function setLeaveGuard(next: Guard | null): void {
  guard = next;
}

export async function canLeave(): Promise<boolean> {
  return guard ? guard() : true;
}
