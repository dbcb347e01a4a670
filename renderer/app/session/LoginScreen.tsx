import { useState } from 'react';
import type { ConnectionState } from '../../../electron/contract/api.ts';
import { useApi, useSubmit } from '../../api/useApi.ts';
import { TextField } from '../TextField.tsx';
import { FormError } from '../FormError.tsx';

type Props = { state: ConnectionState; onLoggedIn: () => void; onDisconnected: () => void };

/**
 * "Đăng nhập" to the office server: name and password. Shown when a call finds no session (on
 * the desktop app connected to a server, and on a page the server served); covers the screens
 * underneath without closing them, so an expired session loses nothing typed.
 */
export function LoginScreen({ state, onLoggedIn, onDisconnected }: Props) {
  const api = useApi();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useSubmit();

  const submit = async () => {
    const result = await run(() => api.login({ name, password }));
    if (!result.ok) return;
    setPassword('');
    onLoggedIn();
  };

  return (
    <div className="login-screen" data-testid="login-screen">
      <form
        className="login-box"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h1>Đăng nhập</h1>
        <p className="login-server">
          Máy chủ văn phòng{state.serverName ? <strong> {state.serverName}</strong> : null}
          {state.address ? <span className="login-address"> · {state.address}</span> : null}
        </p>
        <label className="field">
          <span>Họ và tên</span>
          <TextField className="input" data-testid="login-name" value={name} onCommit={setName} autoComplete="username" required />
        </label>
        <label className="field">
          <span>Mật khẩu</span>
          <input
            className="input"
            type="password"
            data-testid="login-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="current-password"
            required
          />
        </label>
        <FormError message={error} testId="login-error" />
        <div className="login-actions">
          <button type="submit" className="btn btn-primary" data-testid="login-submit" disabled={busy} aria-busy={busy}>
            {busy ? 'Đang đăng nhập…' : 'Đăng nhập'}
          </button>
          {state.canConnect ? (
            <button
              type="button"
              className="btn"
              data-testid="login-disconnect"
              onClick={() => void api.disconnectServer({}).then(() => onDisconnected())}
            >
              Ngắt kết nối, làm việc một mình
            </button>
          ) : null}
        </div>
        <p className="login-hint">Quên mật khẩu? Người quản trị của văn phòng đặt lại được cho bạn.</p>
      </form>
    </div>
  );
}
