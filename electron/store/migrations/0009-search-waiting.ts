import type { Migration } from './types.ts';

/**
 * The documents whose search entry waits to be made again from their content: an autosave (the
 * editor's, after each pause in typing) only notes its document here, so the keystroke that meets
 * it does not wait on folding and indexing the whole text; the entry is made before the next
 * search, when the app is idle and when the database is closed (store/searchIndex.ts). A row goes
 * with its document.
 */
const statements = [
  `CREATE TABLE search_waiting (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE
  ) STRICT`,
];

export const migration0009: Migration = {
  version: 9,
  name: 'search-waiting',
  up(db) {
    for (const sql of statements) db.exec(sql);
  },
};
