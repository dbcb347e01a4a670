import type { Migration } from './types.ts';

/**
 * Comments (ý kiến) on documents. A row is a thread's first comment (parent_id NULL) or a reply
 * (parent_id = the thread's first comment; replies are not nested further). The id is a UUID
 * made by the client, so the anchor (the id on the marked text runs of the content) can be written
 * before the row. resolved_at / resolved_by are set together, on threads only. Deleting a thread
 * deletes its replies; deleting a document deletes its comments.
 */
const statements = [
  `CREATE TABLE comments (
    id TEXT PRIMARY KEY CHECK (length(id) = 36),
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    parent_id TEXT REFERENCES comments(id) ON DELETE CASCADE,
    author TEXT NOT NULL CHECK (length(author) > 0),
    created_at TEXT NOT NULL,
    body TEXT NOT NULL CHECK (length(body) > 0),
    quote TEXT NOT NULL DEFAULT '',
    resolved_at TEXT,
    resolved_by TEXT,
    CHECK ((resolved_at IS NULL) = (resolved_by IS NULL)),
    CHECK (parent_id IS NULL OR resolved_at IS NULL)
  ) STRICT`,
  `CREATE INDEX comments_document ON comments(document_id, created_at)`,
  `CREATE INDEX comments_parent ON comments(parent_id)`,
];

export const migration0004: Migration = {
  version: 4,
  name: 'comments',
  up(db) {
    for (const sql of statements) db.exec(sql);
  },
};
