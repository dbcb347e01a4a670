import { Fragment, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ConnectionState } from '../../../electron/contract/api.ts';
import { ApiContext, errorText, useApi } from '../../api/useApi.ts';
import { Dialog } from '../Dialog.tsx';
import { ConnectDialog } from './ConnectDialog.tsx';
import { ConnectionContext, type Connection } from './connection.ts';
import { guardApi, type GuardHooks } from './guardApi.ts';
import { LoginScreen } from './LoginScreen.tsx';

/** While the server is lost it is asked again this often. */
export const RETRY_MS = 3000;

/**
 * Above everything: where the app works (alone, or against the office server) and who is logged
 * in. Shows the login screen when there is no session (a call that meets UNAUTHENTICATED waits
 * for it and is sent again), the "Mất kết nối máy chủ" banner while the server does not answer
 * (asking again every 3 s and telling the editors when it is back), a loud refusal when the
 * server's certificate changed, and "Kết nối máy chủ văn phòng".
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const api = useApi();
  const [state, setState] = useState<ConnectionState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loginOpen, setLoginOpen] = useState(false);
  const [offline, setOffline] = useState(false);
  const [certificate, setCertificate] = useState<string | null>(null);
  const [connecting, setConnecting] = useState(false);
  const waiters = useRef<(() => void)[]>([]);
  const onlineListeners = useRef(new Set<() => void>());
  const lost = useRef(false);

  const refresh = useCallback(async () => {
    const result = await api.connectionState({});
    if (result.ok) {
      setError(null);
      return setState(result.value);
    }
    if (result.error.code === 'UNREACHABLE') lost.current = true;
    if (result.error.code === 'UNREACHABLE') return setOffline(true);
    setError(errorText(result.error));
  }, [api]);
  useEffect(() => void refresh(), [refresh]);

  const hooks = useMemo<GuardHooks>(
    () => ({
      needLogin: () =>
        new Promise<void>((resolve) => {
          waiters.current.push(resolve);
          setLoginOpen(true);
        }),
      lost: () => {
        lost.current = true;
        setOffline(true);
      },
      answered: () => {
        if (!lost.current) return;
        lost.current = false;
        setOffline(false);
        onlineListeners.current.forEach((listener) => listener());
      },
      certificateChanged: setCertificate,
    }),
    [],
  );
  const guarded = useMemo(() => guardApi(api, hooks), [api, hooks]);

  useEffect(() => {
    if (!offline) return;
    const timer = window.setInterval(() => {
      if (state === null) void refresh().then(() => hooks.answered());
      else void guarded.appInfo({});
    }, RETRY_MS);
    return () => window.clearInterval(timer);
  }, [offline, guarded, hooks, refresh, state]);

  const loggedIn = useCallback(async () => {
    await refresh();
    setLoginOpen(false);
    waiters.current.splice(0).forEach((resolve) => resolve());
  }, [refresh]);

  const connection = useMemo<Connection | null>(
    () =>
      state && {
        state,
        online: !offline,
        onOnline: (listener) => {
          onlineListeners.current.add(listener);
          return () => onlineListeners.current.delete(listener);
        },
        refresh,
        openConnect: () => setConnecting(true),
      },
    [state, offline, refresh],
  );

  const banner = offline ? (
    <div className="offline-banner" role="status" data-testid="offline-banner">
      Mất kết nối máy chủ — đang thử lại… Những gì bạn đã soạn vẫn được giữ.
    </div>
  ) : null;
  if (error) return <p className="screen-message form-error">{error}</p>;
  if (!connection || !state) return banner ?? <p className="screen-message">Đang kết nối…</p>;
  const mustLogin = state.mode === 'office' && state.session === null;
  return (
    <ConnectionContext value={connection}>
      <ApiContext value={guarded}>
        {banner}
        {mustLogin ? null : <Fragment key={state.session?.person.id ?? 'alone'}>{children}</Fragment>}
        {mustLogin || loginOpen ? (
          <LoginScreen state={state} onLoggedIn={() => void loggedIn()} onDisconnected={() => void loggedIn()} />
        ) : null}
        {connecting ? (
          <ConnectDialog
            onClose={() => setConnecting(false)}
            onConnected={() => {
              setConnecting(false);
              void refresh();
            }}
          />
        ) : null}
        {certificate ? (
          <Dialog title="Chứng chỉ của máy chủ đã thay đổi" testId="certificate-changed" onClose={() => setCertificate(null)}>
            <p className="form-error" role="alert">
              {certificate}
            </p>
            <div className="dialog-actions">
              <button type="button" className="btn" onClick={() => setCertificate(null)}>
                Đóng
              </button>
              <button
                type="button"
                className="btn btn-danger"
                data-testid="certificate-disconnect"
                onClick={() =>
                  void api.disconnectServer({}).then(() => {
                    setCertificate(null);
                    return refresh();
                  })
                }
              >
                Ngắt kết nối
              </button>
            </div>
          </Dialog>
        ) : null}
      </ApiContext>
    </ConnectionContext>
  );
}
