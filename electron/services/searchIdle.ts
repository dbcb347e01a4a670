import type { Db } from '../store/db.ts';
import { attempt } from '../store/errors.ts';
import { indexWaiting } from '../store/searchIndex.ts';

/**
 * How long after the last autosave the documents it left waiting are indexed: a minute without
 * one, when the person has stopped editing, not a pause between two sentences (the editor
 * autosaves after each pause of a second; a few seconds later they may well be typing again, and
 * indexing 300 pages takes some 45 ms of a core).
 */
export const SEARCH_IDLE_MS = 60_000;

const timers = new WeakMap<Db, ReturnType<typeof setTimeout>>();

/**
 * After an autosave: indexes the documents waiting for the search index (store/searchIndex.ts)
 * once no autosave has come for SEARCH_IDLE_MS, so that the next search rarely has any to do. Each
 * autosave puts the time back. A failure (the file busy in another process) leaves them waiting
 * for the next search; the timer never keeps the process alive.
 */
export function indexWhenIdle(db: Db): void {
  clearTimeout(timers.get(db));
  const timer = setTimeout(() => {
    timers.delete(db);
    if (db.open) attempt('cập nhật chỉ mục tìm kiếm', () => indexWaiting(db));
  }, SEARCH_IDLE_MS);
  timer.unref();
  timers.set(db, timer);
}
