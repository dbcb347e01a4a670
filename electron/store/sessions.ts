import type { Refusal } from '../contract/verbs/accounts.ts';
import type { Db } from './db.ts';
import { prepared } from './statements.ts';

/** Sessions of the office server and the requests it refused (migration 0007). */

export type SessionRow = {
  id: number;
  token_hash: string;
  person_id: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
};

export function insertSession(db: Db, row: { tokenHash: string; personId: number; at: string; expiresAt: string }): number {
  const info = db
    .prepare('INSERT INTO sessions (token_hash, person_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)')
    .run(row.tokenHash, row.personId, row.at, row.at, row.expiresAt);
  return Number(info.lastInsertRowid);
}

export function findSession(db: Db, tokenHash: string): SessionRow | null {
  return prepared<[string], SessionRow>(db, 'SELECT * FROM sessions WHERE token_hash = ?').get(tokenHash) ?? null;
}

export function touchSession(db: Db, id: number, at: string): void {
  prepared(db, 'UPDATE sessions SET last_seen_at = ? WHERE id = ?').run(at, id);
}

export function revokeSession(db: Db, id: number, at: string): void {
  db.prepare('UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(at, id);
}

/** Ends every session of a person (but `keep`, the one asking); returns how many ended. */
export function revokeSessionsOf(db: Db, personId: number, at: string, keep: number | null = null): number {
  return db.prepare('UPDATE sessions SET revoked_at = ? WHERE person_id = ? AND revoked_at IS NULL AND id IS NOT ?').run(at, personId, keep)
    .changes;
}

/** Forgets sessions that ended before `before` (kept a while for the record). */
export function pruneSessions(db: Db, before: string): number {
  return db.prepare('DELETE FROM sessions WHERE expires_at < ? OR (revoked_at IS NOT NULL AND revoked_at < ?)').run(before, before).changes;
}

export function insertRefusal(db: Db, r: Omit<Refusal, 'id'>): void {
  db.prepare('INSERT INTO refusals (at, person_id, name, request, code, message, remote) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    r.at,
    r.personId,
    r.name,
    r.request,
    r.code,
    r.message,
    r.remote,
  );
}

/** A row of `refusals` as stored (read back by listRefusals, and kept across a restore). */
export type RefusalRow = {
  id: number;
  at: string;
  person_id: number | null;
  name: string;
  request: string;
  code: string;
  message: string;
  remote: string;
};

/** The latest refusals, newest first. */
export function listRefusals(db: Db, limit: number): Refusal[] {
  return db
    .prepare<[number], RefusalRow>('SELECT * FROM refusals ORDER BY id DESC LIMIT ?')
    .all(limit)
    .map((r) => ({
      id: r.id,
      at: r.at,
      personId: r.person_id,
      name: r.name,
      request: r.request,
      code: r.code,
      message: r.message,
      remote: r.remote,
    }));
}
