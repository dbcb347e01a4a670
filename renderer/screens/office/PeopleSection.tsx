import { useContext, useState } from 'react';
import { roleNames, roles, type Person, type Role } from '../../../electron/contract/model/people.ts';
import { errorText, useApi, useReloadable } from '../../api/useApi.ts';
import { TextField } from '../../app/TextField.tsx';
import { PersonContext } from '../../app/start/permissions.ts';

/** The people of the office and their roles: adding one, changing a role, and marking one as no longer working here. */
export function PeopleSection() {
  const api = useApi();
  const { peopleChanged } = useContext(PersonContext);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('chuyen-vien');
  const [error, setError] = useState<string | null>(null);
  const [people, load] = useReloadable(() => api.listPeople({ includeInactive: true }), [api], [], setError);
  /** A change of role or of being active: one audited savePerson. */
  const update = async (p: Person, patch: Partial<Pick<Person, 'roles' | 'active'>>) => {
    const r = await api.savePerson({ id: p.id, name: p.name, roles: patch.roles ?? p.roles, active: patch.active ?? p.active });
    if (!r.ok) return setError(errorText(r.error));
    setError(null);
    await load();
    peopleChanged?.(null);
  };
  const add = async () => {
    const r = await api.savePerson({ name, roles: [role] });
    if (!r.ok) return setError(errorText(r.error));
    setName('');
    setError(null);
    await load();
    peopleChanged?.(r.value.name);
  };
  return (
    <section className="office-section" data-testid="office-people">
      <h2>Người dùng</h2>
      <ul className="office-list">
        {people.map((p) => (
          <li key={p.id} data-testid="person-row" className={p.active ? undefined : 'inactive'}>
            <span className="office-list-text">
              {p.name} — {p.roles.map((r) => roleNames[r]).join(', ')}
              {p.active ? '' : ' (đã thôi)'}
            </span>
            <span className="office-list-tools">
              <select
                className="input"
                aria-label={`Vai trò của ${p.name}`}
                data-testid="person-row-role"
                value={p.roles[0]}
                onChange={(e) => {
                  const next = roles.find((r) => r === e.target.value);
                  if (next) void update(p, { roles: [next] });
                }}
              >
                {roles.map((r) => (
                  <option key={r} value={r}>
                    {roleNames[r]}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="btn btn-small"
                data-testid="person-toggle"
                onClick={() => void update(p, { active: !p.active })}
              >
                {p.active ? 'Thôi làm việc' : 'Dùng lại'}
              </button>
            </span>
          </li>
        ))}
      </ul>
      {people.length === 0 ? (
        <p className="hint" data-testid="people-first">
          Thêm chính bạn trước (người đang dùng máy này, thường là quản trị): từ đó mọi việc bạn làm được ghi tên bạn. Sau đó thêm những
          người khác của văn phòng.
        </p>
      ) : null}
      <div className="row">
        <TextField className="input" aria-label="Họ tên" placeholder="Họ tên" data-testid="person-name" value={name} onCommit={setName} />
        <select
          className="input"
          aria-label="Vai trò"
          data-testid="person-role"
          value={role}
          onChange={(e) => setRole(roles.find((r) => r === e.target.value) ?? role)}
        >
          {roles.map((r) => (
            <option key={r} value={r}>
              {roleNames[r]}
            </option>
          ))}
        </select>
        <button type="button" className="btn" data-testid="person-add" disabled={name.trim() === ''} onClick={() => void add()}>
          Thêm người
        </button>
      </div>
      {error ? <p className="form-error">{error}</p> : null}
    </section>
  );
}
