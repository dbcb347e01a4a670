import type { Migration } from './types.ts';

/**
 * A real office from a fresh install: its people, the appointed flag of a term, where the number
 * register starts when the office starts mid-term, "Q." (acting head) as a signing authority,
 * the demo marked as such, the issuer code a register row was printed with, and app settings.
 *
 * people: who works in the office, with their roles (JSON array of role codes); names are unique.
 * register_starts: the next number of a type in a term, when the numbers before it were issued
 * outside the app (numbers then continue from max(this − 1, highest given) + 1).
 * number_register.issuer_code: the issuer code printed on the number when it was given, so that
 * renaming a body (or changing its code) never rewrites what was issued.
 * settings: small key/value settings (how many automatic backups to keep …).
 */
const statements = [
  `ALTER TABLE terms ADD COLUMN appointed INTEGER NOT NULL DEFAULT 0 CHECK (appointed IN (0, 1))`,
  `ALTER TABLE organizations ADD COLUMN is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1))`,
  `ALTER TABLE number_register ADD COLUMN issuer_code TEXT`,

  `CREATE TABLE signers_0005 (
    id INTEGER PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(name) > 0),
    title TEXT NOT NULL CHECK (length(title) > 0),
    authority TEXT NOT NULL CHECK (authority IN ('T/M', 'K/T', 'T/L', 'Q.', 'none')),
    authority_of TEXT NOT NULL,
    position INTEGER NOT NULL,
    active INTEGER NOT NULL CHECK (active IN (0, 1))
  ) STRICT`,
  `INSERT INTO signers_0005 (id, org_id, name, title, authority, authority_of, position, active)
     SELECT id, org_id, name, title, authority, authority_of, position, active FROM signers`,
  `DROP TABLE signers`,
  `ALTER TABLE signers_0005 RENAME TO signers`,
  `CREATE INDEX signers_org ON signers(org_id, active, position)`,

  `CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) > 0),
    roles TEXT NOT NULL CHECK (json_valid(roles) AND json_array_length(roles) > 0),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE UNIQUE INDEX people_name ON people(lower(name))`,

  `CREATE TABLE register_starts (
    org_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    term_id INTEGER NOT NULL REFERENCES terms(id) ON DELETE CASCADE,
    doc_type TEXT NOT NULL CHECK (length(doc_type) > 0),
    next_seq INTEGER NOT NULL CHECK (next_seq > 0),
    set_at TEXT NOT NULL,
    set_by TEXT NOT NULL,
    PRIMARY KEY (org_id, term_id, doc_type)
  ) STRICT, WITHOUT ROWID`,

  `CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL CHECK (json_valid(value))
  ) STRICT, WITHOUT ROWID`,
];

export const migration0005: Migration = {
  version: 5,
  name: 'office-setup',
  up(db) {
    for (const sql of statements) db.exec(sql);
  },
};
