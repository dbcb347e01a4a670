import { createHash, randomBytes } from 'node:crypto';
import type { Person, Role } from '../../contract/model/people.ts';
import { fail, ok, type Result } from '../../contract/result.ts';
import { addFailure, clearFailures, getAccount, lockUntil } from '../../store/accounts.ts';
import { nowIso } from '../../store/clock.ts';
import type { Db } from '../../store/db.ts';
import { findPerson, getPerson } from '../../store/people.ts';
import { findSession, insertSession, revokeSession, revokeSessionsOf, touchSession } from '../../store/sessions.ts';
import { decoyHash, verifyPassword } from './password.ts';

/**
 * Logging in to the office server and the sessions that follow. A token is 32 random bytes; only
 * its SHA-256 is stored, so a copy of the database logs no one in. Five wrong passwords in a row
 * lock the account for five minutes; a session ends after 8 hours without a request, after 7
 * days in any case, or when revoked.
 */
export type SessionPolicy = { idleMs: number; absoluteMs: number; maxFailures: number; lockMs: number };

export const defaultSessionPolicy: SessionPolicy = {
  idleMs: 8 * 60 * 60 * 1000,
  absoluteMs: 7 * 24 * 60 * 60 * 1000,
  maxFailures: 5,
  lockMs: 5 * 60 * 1000,
};

export type Login = { token: string; expiresAt: string; person: { id: number; name: string }; role: Role };
export type Session = { id: number; person: Person; role: Role; expiresAt: string };

const WRONG = 'Sai họ tên hoặc mật khẩu. Hãy gõ lại (chú ý bộ gõ tiếng Việt và phím Caps Lock).';
const ENDED = 'Phiên đăng nhập đã hết hạn hoặc đã đăng xuất. Hãy đăng nhập lại.';

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

const now = (db: Db) => new Date(nowIso(db));

function minutesLeft(until: string, at: Date): number {
  return Math.max(1, Math.ceil((Date.parse(until) - at.getTime()) / 60_000));
}

function lockedOut(until: string, at: Date): Result<never> {
  return fail(
    'LOCKED_OUT',
    `Đã nhập sai mật khẩu quá nhiều lần nên tài khoản tạm khóa. Hãy chờ ${minutesLeft(until, at)} phút rồi đăng nhập lại, hoặc nhờ quản trị đặt lại mật khẩu.`,
  );
}

/** The role a session acts as: the person's first. */
const mainRole = (person: Person): Role => person.roles[0] ?? 'chuyen-vien';

/** Checks a name and password; on success opens a session. Wrong passwords count towards the lockout. */
export async function login(db: Db, name: string, password: string, policy: SessionPolicy = defaultSessionPolicy): Promise<Result<Login>> {
  const person = findPerson(db, name);
  const account = person ? getAccount(db, person.id) : null;
  if (person === null || account === null) {
    await verifyPassword(password, await decoyHash());
    return fail('UNAUTHENTICATED', WRONG);
  }
  const at = now(db);
  if (account.locked_until !== null && Date.parse(account.locked_until) > at.getTime()) return lockedOut(account.locked_until, at);
  if (!(await verifyPassword(password, account.password))) {
    const failures = addFailure(db, person.id);
    if (failures < policy.maxFailures) return fail('UNAUTHENTICATED', WRONG);
    const until = new Date(at.getTime() + policy.lockMs).toISOString();
    lockUntil(db, person.id, until);
    return lockedOut(until, at);
  }
  if (account.disabled === 1 || !person.active) {
    return fail('UNAUTHENTICATED', `Tài khoản của ${person.name} đã bị khóa. Hãy liên hệ quản trị của văn phòng.`);
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(at.getTime() + policy.absoluteMs).toISOString();
  db.transaction(() => {
    clearFailures(db, person.id);
    insertSession(db, { tokenHash: hashToken(token), personId: person.id, at: at.toISOString(), expiresAt });
  }).immediate();
  return ok({ token, expiresAt, person: { id: person.id, name: person.name }, role: mainRole(person) });
}

/** The session of a bearer token, if it is still alive; refreshes its idle clock (at most once a minute). */
export function authenticate(db: Db, token: string | null, policy: SessionPolicy = defaultSessionPolicy): Result<Session> {
  if (token === null) return fail('UNAUTHENTICATED', 'Cần đăng nhập để làm việc với máy chủ văn phòng.');
  const row = findSession(db, hashToken(token));
  const at = now(db);
  if (row === null || row.revoked_at !== null) return fail('UNAUTHENTICATED', ENDED);
  const idle = at.getTime() - Date.parse(row.last_seen_at);
  if (Date.parse(row.expires_at) <= at.getTime() || idle > policy.idleMs) return fail('UNAUTHENTICATED', ENDED);
  const person = getPerson(db, row.person_id);
  const account = getAccount(db, row.person_id);
  if (person === null || account === null || account.disabled === 1 || !person.active) {
    return fail('UNAUTHENTICATED', 'Tài khoản này đã bị khóa. Hãy liên hệ quản trị của văn phòng.');
  }
  if (idle > Math.min(60_000, policy.idleMs / 4)) touchSession(db, row.id, at.toISOString());
  return ok({ id: row.id, person, role: mainRole(person), expiresAt: row.expires_at });
}

export function logout(db: Db, sessionId: number): void {
  revokeSession(db, sessionId, nowIso(db));
}

/** Ends every session of the person, this one included; returns how many ended. */
export function logoutEverywhere(db: Db, personId: number): number {
  return revokeSessionsOf(db, personId, nowIso(db));
}
