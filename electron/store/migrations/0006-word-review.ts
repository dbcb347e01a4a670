import type { Migration } from './types.ts';

/**
 * What a review returned from Word brought in (issue 14). `review_items` holds one row per item
 * read from the reviewer's file, fingerprinted so that the same file imported twice adds nothing
 * twice: a suggestion (kind insert, delete, format, paragraph or join; state open, accepted,
 * rejected or unplaced) or a comment / reply (kind comment, pointing at the thread saved in
 * `comments`). `anchor` is the JSON of the model's SuggestionAnchor; `seq` keeps the file's
 * reading order. Deleting a document deletes its items.
 *
 * `document_versions.autosave`: 1 for a version written by an autosave or a plain save (kept for
 * recovery, left out of the versions list); checkpoints (Lưu phiên bản, trình, trả lại, duyệt, ban
 * hành, accepting a Word review) stay 0.
 */
const statements = [
  `CREATE TABLE review_items (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('insert', 'delete', 'format', 'paragraph', 'join', 'comment')),
    state TEXT NOT NULL CHECK (state IN ('open', 'accepted', 'rejected', 'unplaced', 'comment')),
    author TEXT NOT NULL,
    made_at TEXT,
    anchor TEXT NOT NULL DEFAULT '{"part":"none","where":""}',
    place TEXT NOT NULL DEFAULT '',
    deleted TEXT NOT NULL DEFAULT '',
    inserted TEXT NOT NULL DEFAULT '',
    emphasis TEXT,
    comment_id TEXT REFERENCES comments(id) ON DELETE SET NULL,
    source TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    decided_by TEXT,
    decided_at TEXT,
    CHECK ((decided_at IS NULL) = (decided_by IS NULL)),
    UNIQUE (document_id, fingerprint)
  ) STRICT`,
  `CREATE INDEX review_items_document ON review_items(document_id, state, seq)`,
  `ALTER TABLE document_versions ADD COLUMN autosave INTEGER NOT NULL DEFAULT 0 CHECK (autosave IN (0, 1))`,
];

export const migration0006: Migration = {
  version: 6,
  name: 'word-review',
  up(db) {
    for (const sql of statements) db.exec(sql);
  },
};
