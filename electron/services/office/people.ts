import {
  actionNames,
  mayDo,
  permitted,
  roleNames,
  whoMay,
  type Action,
  type Person,
  type PersonInput,
} from '../../contract/model/people.ts';
import { fail, ok, type Result } from '../../contract/result.ts';
import type { Db } from '../../store/db.ts';
import { attempt } from '../../store/errors.ts';
import { countPeople, findPerson, getPerson, listPeople, writePerson } from '../../store/people.ts';
import { auditSetup, OFFICE_WIDE } from './audit.ts';

/** Adds a person of the office, or edits one, with an audit row. */
export function savePersonAudited(db: Db, input: PersonInput & { who: string }): Result<Person> {
  return attempt('lưu người dùng', () =>
    db
      .transaction(() => {
        const { who, ...person } = input;
        const before = person.id === undefined ? null : getPerson(db, person.id);
        const saved = writePerson(db, person);
        auditSetup(db, {
          orgId: OFFICE_WIDE,
          who,
          entity: `nguoi:${saved.id}`,
          reason: `${before ? 'Sửa' : 'Thêm'} người dùng ${saved.name} (${saved.roles.map((r) => roleNames[r]).join(', ')})`,
          before,
          after: saved,
        });
        return saved;
      })
      .immediate(),
  );
}

/**
 * Whether `who` may do `action`. Until the office has named its people, anyone may (a fresh
 * install, and the demo); then the person must be one of them and hold a role that may. Set-up
 * stays open to all while nobody is quản trị, so an office can never lock itself out.
 */
export function authorize(db: Db, who: string, action: Action): Result<void> {
  const people = countPeople(db);
  if (people === 0) return ok(undefined);
  const found = findPerson(db, who);
  const person = found?.active ? found : null;
  if (permitted({ people, admins: hasAdmin(db) ? 1 : 0 }, person?.roles ?? null, action)) return ok(undefined);
  if (person === null) {
    return fail(
      'FORBIDDEN',
      `"${who}" không có trong danh sách người dùng của văn phòng. Hãy chọn đúng người đang làm việc ("Bạn là ai?", hoặc --as "<họ tên>" ở dòng lệnh).`,
    );
  }
  return mayDoAction(person, action);
}

/** Whether a known person's roles allow `action`: FORBIDDEN naming who may, otherwise. */
export function mayDoAction(person: Person, action: Action): Result<void> {
  if (mayDo(person.roles, action)) return ok(undefined);
  const have = person.roles.map((r) => roleNames[r]).join(', ');
  return fail('FORBIDDEN', `${person.name} (${have}) không được ${actionNames[action]}: việc này do ${whoMay(action)} làm.`);
}

function hasAdmin(db: Db): boolean {
  const people = listPeople(db);
  return people.ok && people.value.some((p) => p.roles.includes('quan-tri'));
}
