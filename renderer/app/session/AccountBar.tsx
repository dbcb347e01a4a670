import { useState } from 'react';
import { roleNames } from '../../../electron/contract/model/people.ts';
import type { Result } from '../../../electron/contract/result.ts';
import { errorText, useApi } from '../../api/useApi.ts';
import { showToast } from '../toast/toastStore.ts';
import { ChangePasswordDialog } from './ChangePasswordDialog.tsx';
import { useConnection } from './connection.ts';

/**
 * In the person bar, once logged in to the office server: who (from the session, with the role
 * the server gives), "Đổi mật khẩu", "Đăng xuất", "Đăng xuất mọi nơi" and, on the desktop app,
 * "Ngắt kết nối" back to working alone. No switching person: that is logging in as someone else.
 */
export function AccountBar() {
  const api = useApi();
  const { state, refresh } = useConnection();
  const [changing, setChanging] = useState(false);
  if (!state.session) return null;
  const act = <T,>(run: () => Promise<Result<T>>) =>
    void run().then((result) => {
      if (!result.ok) showToast({ kind: 'error', message: errorText(result.error) });
      return refresh();
    });
  return (
    <span data-testid="current-person" className="account-bar">
      <strong data-testid="session-person">{state.session.person.name}</strong> ({roleNames[state.session.role]}) ·{' '}
      <button type="button" className="btn-link" data-testid="change-password" onClick={() => setChanging(true)}>
        Đổi mật khẩu
      </button>{' '}
      ·{' '}
      <button type="button" className="btn-link" data-testid="logout" onClick={() => act(() => api.logout({}))}>
        Đăng xuất
      </button>{' '}
      ·{' '}
      <button
        type="button"
        className="btn-link"
        data-testid="logout-everywhere"
        onClick={() => {
          if (window.confirm('Đăng xuất khỏi mọi máy tính đang đăng nhập bằng tài khoản của bạn?')) act(() => api.logoutEverywhere({}));
        }}
      >
        Đăng xuất mọi nơi
      </button>
      {state.canConnect ? (
        <>
          {' '}
          ·{' '}
          <button type="button" className="btn-link" data-testid="disconnect-server" onClick={() => act(() => api.disconnectServer({}))}>
            Ngắt kết nối
          </button>
        </>
      ) : null}
      {changing ? <ChangePasswordDialog onClose={() => setChanging(false)} /> : null}
    </span>
  );
}
