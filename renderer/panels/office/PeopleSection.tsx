import { useCallback, useEffect, useState } from 'react';
import { roleNames, roles, type Person, type Role } from '../../../electron/contract/model/people.ts';
import { errorText, useApi } from '../../app/api.ts';
import { TextField } from '../../app/TextField.tsx';

/** The people of the office and their roles; adding one. */
export function PeopleSection() {
  const api = useApi();
  const [people, setPeople] = useState<Person[]>([]);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('chuyen-vien');
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    const r = await api.listPeople({});
    if (r.ok) setPeople(r.value);
    else setError(errorText(r.error));
  }, [api]);
  useEffect(() => void load(), [load]);
  const add = async () => {
    const r = await api.savePerson({ name, roles: [role] });
    if (!r.ok) return setError(errorText(r.error));
    setName('');
    setError(null);
    await load();
  };
  return (
    <section className="office-section" data-testid="office-people">
      <h2>Người dùng</h2>
      <ul>
        {people.map((p) => (
          <li key={p.id}>
            {p.name} — {p.roles.map((r) => roleNames[r]).join(', ')}
          </li>
        ))}
      </ul>
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
