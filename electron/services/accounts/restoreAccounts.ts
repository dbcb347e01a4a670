import type { Person } from '../../contract/model/people.ts';
import { getAccount, insertAccount } from '../../store/accounts.ts';
import { nowIso } from '../../store/clock.ts';
import type { Db } from '../../store/db.ts';
import { findPerson, getPerson, writePerson } from '../../store/people.ts';
import type { RefusalRow, SessionRow } from '../../store/sessions.ts';

/**
 * The accounts across "Khôi phục" of the office's database (issue 17). What an office expects:
 * - the accounts are the backup's (who may log in, roles, passwords, as they were then);
 * - no session survives: the backup's sessions (some since logged out, or of a password since
 *   reset) never come back, and everyone logs in again;
 * - the quản trị who restores is not locked out: their person, quản trị role and account are
 *   brought into the restored data when the backup lacks them (a backup from before the accounts,
 *   or before they were added), and their own session goes on, so they can check the result;
 * - the record of refused requests (`refusals`) is not rewound: it is the server's, kept whole.
 */

export type KeptAcrossRestore = {
  /** The quản trị restoring over the office server: who, their password hash and session. */
  admin: { person: Person; password: string; session: SessionRow } | null;
  refusals: RefusalRow[];
};

/** Reads what must outlive the restore, before the backup is copied over the database. */
export function keepAcrossRestore(db: Db, session: { id: number; personId: number } | undefined): KeptAcrossRestore {
  const refusals = db.prepare<[], RefusalRow>('SELECT * FROM refusals ORDER BY id').all();
  if (session === undefined) return { admin: null, refusals };
  const person = getPerson(db, session.personId);
  const account = getAccount(db, session.personId);
  const row = db.prepare<[number], SessionRow>('SELECT * FROM sessions WHERE id = ?').get(session.id);
  const admin = person !== null && account !== null && row !== undefined ? { person, password: account.password, session: row } : null;
  return { admin, refusals };
}

/** Whether the quản trị restoring was in the backup as they are now, or had to be brought back into it. */
export type AccountsAfterRestore = { admin: 'as-in-backup' | 'brought-back' | null };

/** The quản trị's person as the restored data must have it: found by name, active, with the quản trị role. */
function adminPerson(db: Db, person: Person): { person: Person; changed: boolean } {
  const found = findPerson(db, person.name);
  if (found === null) return { person: writePerson(db, { name: person.name, roles: person.roles, active: true }), changed: true };
  if (found.active && found.roles.includes('quan-tri')) return { person: found, changed: false };
  const roles = found.roles.includes('quan-tri') ? found.roles : [...found.roles, 'quan-tri' as const];
  return { person: writePerson(db, { id: found.id, name: found.name, roles, active: true }), changed: true };
}

/** Puts the accounts of the restored database in order (see above); one transaction. */
export function settleAccountsAfterRestore(db: Db, kept: KeptAcrossRestore): AccountsAfterRestore {
  return db
    .transaction((): AccountsAfterRestore => {
      db.prepare('DELETE FROM sessions').run();
      db.prepare('DELETE FROM refusals').run();
      const insert = db.prepare(
        `INSERT INTO refusals (id, at, person_id, name, request, code, message, remote)
         VALUES (@id, @at, (SELECT id FROM people WHERE id = @person_id AND name = @name), @name, @request, @code, @message, @remote)`,
      );
      for (const r of kept.refusals) insert.run(r);
      if (kept.admin === null) return { admin: null };
      const { person, changed } = adminPerson(db, kept.admin.person);
      const account = getAccount(db, person.id);
      let broughtBack = changed;
      if (account === null) {
        insertAccount(db, person.id, kept.admin.password, nowIso(db));
        broughtBack = true;
      } else if (account.disabled === 1 || account.locked_until !== null) {
        db.prepare('UPDATE accounts SET disabled = 0, locked_until = NULL, failed_attempts = 0 WHERE person_id = ?').run(person.id);
        broughtBack = true;
      }
      const s = kept.admin.session;
      db.prepare('INSERT INTO sessions (token_hash, person_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)').run(
        s.token_hash,
        person.id,
        s.created_at,
        s.last_seen_at,
        s.expires_at,
      );
      return { admin: broughtBack ? 'brought-back' : 'as-in-backup' };
    })
    .immediate();
}
