import { roleNames, type Person, type Role } from '../../contract/model/people.ts';
import { fail, ok, type Result } from '../../contract/result.ts';
import type { Account } from '../../contract/verbs/accounts.ts';
import { getAccount, insertAccount, listAccounts, setDisabled, updatePassword } from '../../store/accounts.ts';
import { nowIso } from '../../store/clock.ts';
import type { Db } from '../../store/db.ts';
import { abort, attempt } from '../../store/errors.ts';
import { findPerson, writePerson } from '../../store/people.ts';
import { revokeSessionsOf } from '../../store/sessions.ts';
import { auditSetup, OFFICE_WIDE } from '../office/audit.ts';
import { hashPassword, verifyPassword } from './password.ts';

/**
 * The accounts of the office server: each tied to a person of the office (issue 10), so that the
 * name in versions, comments and the audit is the one who logged in and the role checked is the
 * person's. Adding, disabling and resetting are the quản trị's (the verbs' guard says so); changing
 * one's own password is anyone's. Every change is in the set-up audit (never the password).
 */

function noAccount(name: string): never {
  return abort('NOT_FOUND', `"${name}" chưa có tài khoản đăng nhập. Thêm bằng: soan-nq account add --name "${name}" --role <vai trò>.`);
}

function personWithAccount(db: Db, name: string): Person {
  const person = findPerson(db, name);
  if (person === null || getAccount(db, person.id) === null) noAccount(name);
  return person;
}

/** Adds the account of `name` (the person is created with `role` if missing, or given it if they lack it). */
export async function addAccount(db: Db, input: { name: string; role: Role; password: string; who: string }): Promise<Result<Account>> {
  const hash = await hashPassword(input.password);
  return attempt('thêm tài khoản', () =>
    db
      .transaction(() => {
        const at = nowIso(db);
        let person = findPerson(db, input.name);
        if (person !== null && getAccount(db, person.id) !== null) {
          abort(
            'INVALID_INPUT',
            `${person.name} đã có tài khoản. Đặt lại mật khẩu bằng: soan-nq account reset-password --name "${person.name}".`,
          );
        }
        if (person === null || !person.roles.includes(input.role) || !person.active) {
          const before = person;
          const roles = person === null ? [input.role] : [...new Set([...person.roles, input.role])];
          person = writePerson(db, { ...(person ? { id: person.id } : {}), name: person?.name ?? input.name, roles, active: true });
          auditSetup(db, {
            orgId: OFFICE_WIDE,
            who: input.who,
            entity: `nguoi:${person.id}`,
            reason: `${before ? 'Sửa' : 'Thêm'} người dùng ${person.name} (${person.roles.map((r) => roleNames[r]).join(', ')})`,
            before,
            after: person,
          });
        }
        insertAccount(db, person.id, hash, at);
        auditSetup(db, {
          orgId: OFFICE_WIDE,
          who: input.who,
          entity: `tai-khoan:${person.id}`,
          reason: `Tạo tài khoản đăng nhập cho ${person.name}`,
          before: null,
          after: { personId: person.id, name: person.name },
        });
        const listed = listAccounts(db).find((a) => a.personId === person.id);
        if (!listed) abort('INTERNAL', 'Không đọc lại được tài khoản vừa tạo.');
        return listed;
      })
      .immediate(),
  );
}

export function accountsOfOffice(db: Db): Result<Account[]> {
  return attempt('đọc danh sách tài khoản', () => listAccounts(db));
}

function activeAdmins(db: Db): number {
  return listAccounts(db).filter((a) => !a.disabled && a.roles.includes('quan-tri')).length;
}

/** Disables (or enables again) an account; its sessions end at once. The last quản trị is never disabled. */
export function disableAccount(db: Db, input: { name: string; disabled: boolean; who: string }): Result<Account> {
  return attempt('khóa tài khoản', () =>
    db
      .transaction(() => {
        const person = personWithAccount(db, input.name);
        const before = listAccounts(db).find((a) => a.personId === person.id);
        if (input.disabled && before && !before.disabled && before.roles.includes('quan-tri') && activeAdmins(db) <= 1) {
          abort(
            'INVALID_INPUT',
            `${person.name} là quản trị duy nhất còn hoạt động; hãy tạo tài khoản quản trị khác trước khi khóa tài khoản này.`,
          );
        }
        setDisabled(db, person.id, input.disabled);
        if (input.disabled) revokeSessionsOf(db, person.id, nowIso(db));
        const after = listAccounts(db).find((a) => a.personId === person.id);
        if (!after) abort('INTERNAL', 'Không đọc lại được tài khoản.');
        auditSetup(db, {
          orgId: OFFICE_WIDE,
          who: input.who,
          entity: `tai-khoan:${person.id}`,
          reason: `${input.disabled ? 'Khóa' : 'Mở lại'} tài khoản của ${person.name}`,
          before: { disabled: before?.disabled ?? false },
          after: { disabled: after.disabled },
        });
        return after;
      })
      .immediate(),
  );
}

function storePassword(db: Db, personId: number, hash: string, who: string, reason: string, keepSession: number | null): void {
  const at = nowIso(db);
  updatePassword(db, personId, hash, at);
  revokeSessionsOf(db, personId, at, keepSession);
  auditSetup(db, { orgId: OFFICE_WIDE, who, entity: `tai-khoan:${personId}`, reason, before: null, after: null });
}

/** The quản trị sets a new password for someone (who forgot theirs): the lockout is lifted, their sessions end. */
export async function resetPassword(db: Db, input: { name: string; password: string; who: string }): Promise<Result<{ name: string }>> {
  const hash = await hashPassword(input.password);
  return attempt('đặt lại mật khẩu', () =>
    db
      .transaction(() => {
        const person = personWithAccount(db, input.name);
        storePassword(db, person.id, hash, input.who, `Đặt lại mật khẩu của ${person.name}`, null);
        return { name: person.name };
      })
      .immediate(),
  );
}

/** Changes one's own password (the old one is asked again); one's other sessions end, `keepSession` stays. */
export async function changePassword(
  db: Db,
  input: { who: string; old: string; new: string; keepSession: number | null },
): Promise<Result<{ name: string }>> {
  const person = findPerson(db, input.who);
  const account = person ? getAccount(db, person.id) : null;
  if (person === null || account === null) return fail('NOT_FOUND', `"${input.who}" chưa có tài khoản đăng nhập.`);
  if (!(await verifyPassword(input.old, account.password))) {
    return fail('INVALID_INPUT', 'Mật khẩu hiện tại không đúng; mật khẩu chưa được đổi.');
  }
  if (input.old === input.new) return fail('INVALID_INPUT', 'Mật khẩu mới phải khác mật khẩu hiện tại.');
  const hash = await hashPassword(input.new);
  const saved = attempt('đổi mật khẩu', () =>
    db.transaction(() => storePassword(db, person.id, hash, person.name, `${person.name} đổi mật khẩu`, input.keepSession)).immediate(),
  );
  return saved.ok ? ok({ name: person.name }) : saved;
}
