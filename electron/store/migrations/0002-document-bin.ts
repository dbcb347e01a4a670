import type { Migration } from './types.ts';

/**
 * The bin (thùng rác): a deleted document keeps its row, versions and audit, and is marked with
 * when and by whom it was deleted. Listings, search and "the document of a year" skip marked
 * rows; restoring clears the mark. Both columns are set together or not at all.
 */
const statements = [
  `ALTER TABLE documents ADD COLUMN deleted_at TEXT`,
  `ALTER TABLE documents ADD COLUMN deleted_by TEXT CHECK ((deleted_at IS NULL) = (deleted_by IS NULL))`,
];

export const migration0002: Migration = {
  version: 2,
  name: 'document-bin',
  up(db) {
    for (const sql of statements) db.exec(sql);
  },
};
