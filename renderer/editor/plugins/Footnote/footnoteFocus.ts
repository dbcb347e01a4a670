/** A footnote just inserted opens its text for typing: the plugin asks, the footnote's view answers once. */
let pending: string | null = null;

export function requestFootnoteOpen(key: string): void {
  pending = key;
}

export function takeFootnoteOpen(key: string): boolean {
  if (pending !== key) return false;
  pending = null;
  return true;
}
