import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { FirstStartState } from '../../../electron/contract/api.ts';
import { roleNames, type Person } from '../../../electron/contract/model/people.ts';
import { ApiContext, errorText, useApi } from '../../api/useApi.ts';
import { PersonContext } from './permissions.ts';
import { AccountBar } from '../session/AccountBar.tsx';
import { useConnection } from '../session/connection.ts';
import { SetupBodyForm } from './SetupBodyForm.tsx';
import { rememberedPerson, rememberPerson, withPerson } from './withPerson.ts';

type Loaded = { state: FirstStartState; people: Person[] };

/**
 * Before the app: on an empty database, "Thiết lập cơ quan của tôi" or "Dùng thử với dữ liệu mẫu";
 * once the office has people, "Bạn là ai?". Then the app, with the person sent along with every
 * call and shown in a bar at the window's foot (its own row, below the app) with one-click
 * switching, and the demo marked there while it is there.
 * Logged in to the office server, the person is the session's (shown with their role, no switching).
 */
export function StartGate({ children }: { children: ReactNode }) {
  const api = useApi();
  const connection = useConnection();
  const session = connection.state.session;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [who, setWho] = useState<string | null>(rememberedPerson);
  const [choosing, setChoosing] = useState(false);
  const [settingUp, setSettingUp] = useState(false);

  const reload = useCallback(async () => {
    const [state, people] = await Promise.all([api.firstStart({}), api.listPeople({})]);
    if (!state.ok) return setError(errorText(state.error));
    if (!people.ok) return setError(errorText(people.error));
    setLoaded({ state: state.value, people: people.value });
  }, [api]);
  useEffect(() => void reload(), [reload]);
  const personApi = useMemo(() => withPerson(api, session ? null : who), [api, who, session]);

  if (error) return <p className="screen-message form-error">{error}</p>;
  if (loaded === null) return <p className="screen-message">Đang mở dữ liệu…</p>;
  const choose = (name: string) => {
    rememberPerson(name);
    setWho(name);
    setChoosing(false);
  };

  if (loaded.state.empty) {
    return (
      <main className="start" data-testid="first-start">
        <h1>Soạn Nghị quyết</h1>
        {settingUp ? (
          <>
            <h2>Thiết lập cơ quan của tôi</h2>
            <SetupBodyForm onSaved={() => void reload()} onCancel={() => setSettingUp(false)} />
          </>
        ) : (
          <>
            <p>Dữ liệu còn trống. Hãy khai báo cơ quan của văn phòng, hoặc dùng thử với ba cơ quan mẫu.</p>
            <div className="start-choices">
              <button type="button" className="btn btn-primary" data-testid="start-setup" onClick={() => setSettingUp(true)}>
                Thiết lập cơ quan của tôi
              </button>
              <button
                type="button"
                className="btn"
                data-testid="start-demo"
                onClick={() => void api.loadDemo({}).then((r) => (r.ok ? reload() : setError(errorText(r.error))))}
              >
                Dùng thử với dữ liệu mẫu
              </button>
              {connection.state.canConnect ? (
                <button type="button" className="btn" data-testid="start-connect" onClick={connection.openConnect}>
                  Kết nối máy chủ văn phòng
                </button>
              ) : null}
            </div>
          </>
        )}
      </main>
    );
  }

  // Logged in to the office server, the person is the session's: the actions offered follow their roles.
  const person = loaded.people.find((p) => p.name === (session ? session.person.name : who)) ?? null;
  if (!session && loaded.people.length > 0 && (person === null || choosing)) {
    return (
      <main className="start" data-testid="who-are-you">
        <h1>Bạn là ai?</h1>
        <p>Mọi việc bạn làm (lưu, trình, duyệt, ban hành, sao) được ghi tên bạn.</p>
        <ul className="start-people">
          {loaded.people.map((p) => (
            <li key={p.id}>
              <button type="button" className="btn" data-testid="person-choice" onClick={() => choose(p.name)}>
                <strong>{p.name}</strong> — {p.roles.map((r) => roleNames[r]).join(', ')}
              </button>
            </li>
          ))}
        </ul>
      </main>
    );
  }

  // A person added in "Người dùng" while the one at the computer is none of the office's people (the
  // office's first day: whoever sets it up adds themselves first) is the person working for this
  // session; else every later call is refused. Not remembered: the next start asks "Bạn là ai?".
  const peopleChanged = (added: string | null) => {
    if (added !== null && !session && person === null) setWho(added);
    void reload();
  };
  const demo = loaded.state.demoOrgIds.length > 0;
  return (
    <ApiContext value={personApi}>
      {/* The app above, the bar in its own row at the window's foot: it never covers what the app shows. */}
      <div className="app-frame">
        <div className="app-frame-main">
          <PersonContext value={{ person, people: loaded.people, peopleChanged }}>{children}</PersonContext>
        </div>
        <div className="person-bar" data-testid="person-bar">
          {demo ? (
            <span className="person-demo" data-testid="demo-badge">
              Đang dùng dữ liệu mẫu ·{' '}
              <button
                type="button"
                className="btn-link"
                data-testid="remove-demo"
                onClick={() => {
                  if (
                    !window.confirm(
                      'Xóa toàn bộ dữ liệu mẫu (ba cơ quan mẫu và văn bản của chúng)? Dữ liệu của cơ quan bạn được giữ nguyên.',
                    )
                  ) {
                    return;
                  }
                  void personApi.removeDemo({}).then((r) => (r.ok ? window.location.reload() : setError(errorText(r.error))));
                }}
              >
                Xóa dữ liệu mẫu
              </button>
            </span>
          ) : null}
          {session ? <AccountBar /> : null}
          {!session && person ? (
            <span data-testid="current-person">
              <span className="person-name" data-testid="current-person-name" title={person.name}>
                {person.name}
              </span>{' '}
              ({person.roles.map((r) => roleNames[r]).join(', ')}) ·{' '}
              <button type="button" className="btn-link" data-testid="switch-person" onClick={() => setChoosing(true)}>
                Đổi người
              </button>
            </span>
          ) : null}
          {!session && connection.state.canConnect ? (
            <button type="button" className="btn-link" data-testid="open-connect" onClick={connection.openConnect}>
              Kết nối máy chủ văn phòng
            </button>
          ) : null}
        </div>
      </div>
    </ApiContext>
  );
}
