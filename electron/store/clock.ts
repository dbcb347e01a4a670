import type { Db } from './db.ts';

/** Where each open database gets its time from (tests and demo seeding pass a fixed clock). */
const clocks = new WeakMap<Db, () => Date>();

export function setClock(db: Db, now: () => Date): void {
  clocks.set(db, now);
}

/** The current time for rows written through `db`, as ISO 8601 UTC text. */
export function nowIso(db: Db): string {
  return (clocks.get(db) ?? (() => new Date()))().toISOString();
}
