import { useCallback, useContext, useEffect, useState } from 'react';
import type { OfficeHostState } from '../../../electron/contract/verbs/officeHost.ts';
import { errorText, useApi } from '../../api/useApi.ts';
import { dateTimeVi } from '../../app/format.ts';
import { fingerprintLines } from '../../app/session/ConnectDialog.tsx';
import { useConnection } from '../../app/session/connection.ts';
import { PersonContext, refusalText } from '../../app/start/permissions.ts';
import { FirstAccountForm } from './FirstAccountForm.tsx';

/**
 * Cơ quan › "Máy chủ văn phòng": this computer serves its database to the office's PCs (issue 17),
 * as `soan-nq serve` does. While it runs: the address the PCs type in "Kết nối máy chủ văn phòng"
 * and the certificate's fingerprint they compare. Starting and stopping are the quản trị's.
 */
export function ServerSection() {
  const api = useApi();
  const { person } = useContext(PersonContext);
  const connection = useConnection();
  const [state, setState] = useState<OfficeHostState | null>(null);
  const [listen, setListen] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    const r = await api.officeHostState({});
    if (!r.ok) return setError(errorText(r.error));
    setState(r.value);
    setListen((typed) => typed || r.value.listen);
  }, [api]);
  useEffect(() => void load(), [load]);
  const isAdmin = person !== null && person.active && person.roles.includes('quan-tri');
  const refused = isAdmin ? null : refusalText(person, 'thiet-lap');
  const noAccount = state !== null && !state.running && state.accounts === 0 ? 'Hãy tạo tài khoản quản trị trước khi bật máy chủ.' : null;
  const act = async (start: boolean) => {
    setBusy(true);
    const r = start ? await api.startOfficeHost({ listen }) : await api.stopOfficeHost({});
    setBusy(false);
    if (!r.ok) return setError(errorText(r.error));
    setError(null);
    setState(r.value);
    // A PC that serves is not offered "Kết nối máy chủ văn phòng" (connectionState): the links follow.
    await connection.refresh();
  };
  if (state === null) return <section className="office-section">{error ? <p className="form-error">{error}</p> : null}</section>;
  return (
    <section className="office-section server-section" data-testid="office-server">
      <h2>Máy chủ văn phòng</h2>
      <p className="hint">
        Bật máy chủ để các máy khác trong văn phòng cùng làm việc trên dữ liệu của máy này: chuyên viên soạn, chánh văn phòng duyệt, văn thư
        ban hành, mỗi người ở máy của mình («Kết nối máy chủ văn phòng»). Máy này cần bật và mở ứng dụng trong giờ làm việc.
      </p>
      {!state.canHost ? (
        <p className="warning" data-testid="server-desktop-only">
          Chỉ ứng dụng cài trên máy tính mới bật được máy chủ văn phòng. Trên máy chủ riêng, dùng lệnh soan-nq serve (xem hướng dẫn).
        </p>
      ) : (
        <>
          <p className="server-status" data-testid="server-status">
            {state.running ? `Đang chạy từ ${dateTimeVi(state.startedAt ?? '')}.` : 'Đang tắt.'} {state.accounts} tài khoản đăng nhập được.
          </p>
          {state.running && state.address && state.fingerprint ? (
            <div className="connect-fingerprint" data-testid="server-running">
              <p>
                Địa chỉ cho các máy khác: <strong data-testid="server-address">{state.address}</strong>
              </p>
              <p>Dấu vân tay chứng chỉ (SHA-256) — mỗi máy so từng cặp ký tự với dấu này khi kết nối lần đầu:</p>
              <code data-testid="server-fingerprint" aria-label={state.fingerprint}>
                {fingerprintLines(state.fingerprint).map((line) => (
                  <span key={line}>{line}</span>
                ))}
              </code>
            </div>
          ) : null}
          {state.accounts === 0 && isAdmin && person ? <FirstAccountForm name={person.name} onMade={() => void load()} /> : null}
          <div className="row server-controls">
            <label className="field">
              <span>Địa chỉ nghe (0.0.0.0 là mọi địa chỉ của máy này trong mạng nội bộ)</span>
              <input
                className="input"
                data-testid="server-listen"
                value={listen}
                disabled={state.running || refused !== null}
                onChange={(e) => setListen(e.target.value)}
              />
            </label>
            <button
              type="button"
              className="btn btn-primary"
              data-testid={state.running ? 'server-stop' : 'server-start'}
              disabled={busy || refused !== null || noAccount !== null}
              title={refused ?? noAccount ?? undefined}
              onClick={() => void act(!state.running)}
            >
              {state.running ? 'Tắt máy chủ' : 'Bật máy chủ'}
            </button>
          </div>
          {refused ? (
            <p className="hint" data-testid="server-refused">
              {refused}
            </p>
          ) : null}
        </>
      )}
      {error ? (
        <p className="form-error" data-testid="server-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
