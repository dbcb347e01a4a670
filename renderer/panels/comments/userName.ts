/** The name comments are signed with, typed once in the "Ý kiến" panel and kept in this browser/app profile. */
const KEY = 'soan-nq-user-name';

export function readUserName(): string | null {
  try {
    const name = window.localStorage.getItem(KEY)?.trim();
    return name ? name : null;
  } catch {
    return null;
  }
}

/** Keeps the name (an empty one forgets it: the transport's user is used again). */
export function writeUserName(name: string): string | null {
  const trimmed = name.trim();
  try {
    if (trimmed === '') window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, trimmed);
  } catch {
    // Storage refused (private mode): the name still holds for this session.
  }
  return trimmed === '' ? null : trimmed;
}
