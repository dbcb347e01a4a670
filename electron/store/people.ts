import * as z from 'zod';
import { personSchema, roleSchema, type Person, type PersonInput } from '../contract/model/people.ts';
import type { Result } from '../contract/result.ts';
import { validate } from '../contract/validation.ts';
import { sortVi } from '../format/collation.ts';
import { nowIso } from './clock.ts';
import type { Db } from './db.ts';
import { prepared } from './statements.ts';
import { abort, attempt, unwrap } from './errors.ts';
import { readJson } from './json.ts';

type PersonRow = { id: number; name: string; roles: string; active: number };

const rolesJson = z.array(roleSchema).min(1);

function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    name: row.name,
    roles: unwrap(readJson(rolesJson, row.roles, `Vai trò của "${row.name}"`)),
    active: row.active === 1,
  };
}

/** The person with this name (case and Unicode form do not matter), or null. */
export function findPerson(db: Db, name: string): Person | null {
  const row = prepared<[string], PersonRow>(db, 'SELECT * FROM people WHERE lower(name) = lower(?)').get(name.normalize('NFC').trim());
  return row ? toPerson(row) : null;
}

export function getPerson(db: Db, id: number): Person | null {
  const row = prepared<[number], PersonRow>(db, 'SELECT * FROM people WHERE id = ?').get(id);
  return row ? toPerson(row) : null;
}

export function countPeople(db: Db): number {
  return prepared<[], number>(db, 'SELECT count(*) FROM people WHERE active = 1').pluck().get() ?? 0;
}

/** Adds a person, or updates the one with `id`; runs inside the caller's transaction. */
export function writePerson(db: Db, input: PersonInput): Person {
  const p = unwrap(validate(personSchema, input, 'Người dùng'));
  const name = p.name.normalize('NFC').replace(/\s+/g, ' ');
  const same = findPerson(db, name);
  if (same && same.id !== input.id) abort('INVALID_INPUT', `Đã có người tên "${same.name}".`);
  const at = nowIso(db);
  const roles = JSON.stringify([...new Set(p.roles)]);
  if (input.id === undefined) {
    const info = db
      .prepare('INSERT INTO people (name, roles, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(name, roles, p.active ? 1 : 0, at, at);
    return { id: Number(info.lastInsertRowid), name, roles: [...new Set(p.roles)], active: p.active };
  }
  const info = db
    .prepare('UPDATE people SET name = ?, roles = ?, active = ?, updated_at = ? WHERE id = ?')
    .run(name, roles, p.active ? 1 : 0, at, input.id);
  if (info.changes === 0) abort('NOT_FOUND', `Không tìm thấy người dùng #${input.id}.`);
  return { id: input.id, name, roles: [...new Set(p.roles)], active: p.active };
}

/** The office's people, in Vietnamese order of their names; inactive ones only when asked. */
export function listPeople(db: Db, options: { includeInactive?: boolean } = {}): Result<Person[]> {
  return attempt('đọc danh sách người dùng', () =>
    sortVi(
      db
        .prepare<[number], PersonRow>('SELECT * FROM people WHERE active >= ?')
        .all(options.includeInactive ? 0 : 1)
        .map(toPerson),
      (p) => p.name,
    ),
  );
}

export type { Person, PersonInput };
