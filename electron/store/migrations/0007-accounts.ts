import type { Migration } from './types.ts';

/**
 * The office server (issue 17): who may log in, their sessions, and the requests refused.
 *
 * accounts: one per person of the office (people.id) who logs in to the office server; the
 * password as `scrypt:N:r:p:<salt>:<hash>` (base64, a salt of its own per account); disabled
 * accounts cannot log in; `failed_attempts` counts wrong passwords since the last good one, and
 * `locked_until` (ISO) refuses every login until then.
 * sessions: a logged-in client; only the SHA-256 of its token is kept. A session ends when it has
 * been idle too long (last_seen_at), at expires_at (absolute), or when revoked (logout, logout
 * everywhere, a password change or reset, the account disabled).
 * refusals: requests the server refused (a wrong password, a locked account, an action outside
 * one's role), with who asked, what, why, and from where.
 */
const statements = [
  `CREATE TABLE accounts (
    person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
    password TEXT NOT NULL CHECK (password LIKE 'scrypt:%'),
    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until TEXT,
    password_changed_at TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT`,

  `CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
    person_id INTEGER NOT NULL REFERENCES accounts(person_id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    revoked_at TEXT
  ) STRICT`,
  `CREATE INDEX sessions_person ON sessions(person_id, revoked_at)`,

  `CREATE TABLE refusals (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    request TEXT NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    remote TEXT NOT NULL DEFAULT ''
  ) STRICT`,
  `CREATE INDEX refusals_at ON refusals(at)`,
];

export const migration0007: Migration = {
  version: 7,
  name: 'accounts',
  up(db) {
    for (const sql of statements) db.exec(sql);
  },
};
