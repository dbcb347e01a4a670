import { roleSchema } from '../contract/model/people.ts';
import * as z from 'zod';
import type { Account } from '../contract/verbs/accounts.ts';
import type { Db } from './db.ts';
import { prepared } from './statements.ts';
import { unwrap } from './errors.ts';
import { readJson } from './json.ts';

/** The office server's accounts (migration 0007): one per person who logs in. Runs inside the caller's transaction where it writes. */

export type AccountRow = {
  person_id: number;
  password: string;
  disabled: number;
  failed_attempts: number;
  locked_until: string | null;
  password_changed_at: string;
  created_at: string;
};

export function getAccount(db: Db, personId: number): AccountRow | null {
  return prepared<[number], AccountRow>(db, 'SELECT * FROM accounts WHERE person_id = ?').get(personId) ?? null;
}

export function countAccounts(db: Db): number {
  return db.prepare<[], number>('SELECT count(*) FROM accounts').pluck().get() ?? 0;
}

export function insertAccount(db: Db, personId: number, password: string, at: string): void {
  db.prepare('INSERT INTO accounts (person_id, password, password_changed_at, created_at) VALUES (?, ?, ?, ?)').run(
    personId,
    password,
    at,
    at,
  );
}

/** A new password: the lockout is cleared too. */
export function updatePassword(db: Db, personId: number, password: string, at: string): void {
  db.prepare('UPDATE accounts SET password = ?, password_changed_at = ?, failed_attempts = 0, locked_until = NULL WHERE person_id = ?').run(
    password,
    at,
    personId,
  );
}

export function setDisabled(db: Db, personId: number, disabled: boolean): void {
  db.prepare('UPDATE accounts SET disabled = ? WHERE person_id = ?').run(disabled ? 1 : 0, personId);
}

/** One more wrong password; returns the count since the last good one. */
export function addFailure(db: Db, personId: number): number {
  return (
    db
      .prepare<[number], number>('UPDATE accounts SET failed_attempts = failed_attempts + 1 WHERE person_id = ? RETURNING failed_attempts')
      .pluck()
      .get(personId) ?? 0
  );
}

export function lockUntil(db: Db, personId: number, until: string): void {
  db.prepare('UPDATE accounts SET locked_until = ?, failed_attempts = 0 WHERE person_id = ?').run(until, personId);
}

export function clearFailures(db: Db, personId: number): void {
  db.prepare(
    'UPDATE accounts SET failed_attempts = 0, locked_until = NULL WHERE person_id = ? AND (failed_attempts > 0 OR locked_until IS NOT NULL)',
  ).run(personId);
}

type ListingRow = {
  person_id: number;
  name: string;
  roles: string;
  disabled: number;
  locked_until: string | null;
  created_at: string;
  password_changed_at: string;
};

const rolesJson = z.array(roleSchema).min(1);

export function listAccounts(db: Db): Account[] {
  return db
    .prepare<[], ListingRow>(
      `SELECT a.person_id, p.name, p.roles, a.disabled, a.locked_until, a.created_at, a.password_changed_at
         FROM accounts a JOIN people p ON p.id = a.person_id ORDER BY p.name`,
    )
    .all()
    .map((r) => ({
      personId: r.person_id,
      name: r.name,
      roles: unwrap(readJson(rolesJson, r.roles, `Vai trò của "${r.name}"`)),
      disabled: r.disabled === 1,
      lockedUntil: r.locked_until,
      createdAt: r.created_at,
      passwordChangedAt: r.password_changed_at,
    }));
}
