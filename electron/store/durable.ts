import type { Db } from './db.ts';

/**
 * Runs `fn` (which opens its own transaction) with `synchronous = FULL`: its commit is on the
 * disk before it returns, so a power cut just after a number is issued cannot give the same
 * printed number out twice. Other writes keep the cheaper NORMAL of WAL mode.
 */
export function durably<T>(db: Db, fn: () => T): T {
  if (db.inTransaction || db.readonly || db.memory) return fn();
  const before = Number(db.pragma('synchronous', { simple: true }));
  db.pragma('synchronous = FULL');
  try {
    return fn();
  } finally {
    db.pragma(`synchronous = ${before}`);
  }
}
