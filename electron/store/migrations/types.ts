import type { Db } from '../db.ts';

/**
 * One step of the schema. A migration is never edited once it has landed: a change to the
 * schema is a new file with the next number. `up` runs inside a transaction that also sets
 * `PRAGMA user_version` to `version`.
 */
export type Migration = {
  version: number;
  name: string;
  up: (db: Db) => void;
};
