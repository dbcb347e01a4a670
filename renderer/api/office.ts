import type { Api, ConnectionState } from '../../electron/contract/api.ts';
import { fail, ok, type Result } from '../../electron/contract/result.ts';
import {
  authEndpoints,
  loginValueSchema,
  serverInfoSchema,
  sessionValueSchema,
  type SessionInfo,
} from '../../electron/contract/verbs/remote.ts';
import { send, verbsOver, type Fetch, type Wire } from './http.ts';

/** Where a page keeps its session token: the tab's sessionStorage (gone when the tab closes). */
export type SessionStorage = {
  getItem: (key: string) => string | null;
  setItem: (key: string, value: string) => void;
  removeItem: (key: string) => void;
};

export const SESSION_KEY = 'soan-nq-phien';

export const LOST_SERVER =
  'Mất kết nối máy chủ văn phòng. Những gì bạn đã soạn vẫn được giữ và sẽ được gửi khi máy chủ trả lời lại; nếu lâu không được, hãy báo người quản trị.';

const NOT_OFFICE =
  'Trang chưa có mã truy cập. Hãy mở đúng địa chỉ mà cửa sổ dòng lệnh đã in ra (có phần "#token=…"), hoặc địa chỉ của máy chủ văn phòng.';

const desktopOnly = fail(
  'INVALID_INPUT',
  'Kết nối máy chủ văn phòng được đặt trong ứng dụng cài trên máy tính; trang này đã là của máy chủ.',
);

/**
 * The contract for a page the office server served: `POST /api/<verb>` with the session's token,
 * and the session verbs (login, logout, who is logged in) mapped onto the server's
 * `/auth/…`. A refused session forgets the token, so the login screen shows.
 */
export function createOfficeApi(origin: string, storage: SessionStorage, fetchImpl: Fetch = (input, init) => fetch(input, init)): Api {
  const wire: Wire = { fetch: fetchImpl, baseUrl: origin, token: () => storage.getItem(SESSION_KEY), lostText: LOST_SERVER };
  const forget = <T>(result: Result<T>): Result<T> => {
    if (!result.ok && result.error.code === 'UNAUTHENTICATED') storage.removeItem(SESSION_KEY);
    return result;
  };
  const verbs = verbsOver(wire);
  for (const [name, run] of Object.entries(verbs)) verbs[name] = async (request, who) => forget(await run(request, who));

  const state = async (): Promise<Result<ConnectionState>> => {
    const info = await send(wire, authEndpoints.info.method, authEndpoints.info.path);
    if (!info.ok) return info.error.code === 'UNREACHABLE' ? info : fail('INTERNAL', NOT_OFFICE);
    const parsed = serverInfoSchema.safeParse(info.value);
    if (!parsed.success) return fail('INTERNAL', NOT_OFFICE);
    let session: SessionInfo | null = null;
    if (storage.getItem(SESSION_KEY)) {
      const me = forget(await send(wire, authEndpoints.me.method, authEndpoints.me.path));
      if (!me.ok && me.error.code !== 'UNAUTHENTICATED') return me;
      const value = me.ok ? sessionValueSchema.safeParse(me.value) : null;
      session = value?.success ? value.data : null;
    }
    return ok({ mode: 'office', address: origin, fingerprint: null, serverName: parsed.data.name || null, session, canConnect: false });
  };
  const endSession = async (endpoint: { method: 'POST'; path: string }) => {
    const result = forget(await send(wire, endpoint.method, endpoint.path));
    if (!result.ok && result.error.code !== 'UNAUTHENTICATED') return result;
    storage.removeItem(SESSION_KEY);
    return state();
  };

  verbs['connectionState'] = () => state();
  verbs['probeServer'] = () => Promise.resolve(desktopOnly);
  verbs['connectServer'] = () => Promise.resolve(desktopOnly);
  verbs['disconnectServer'] = () => Promise.resolve(desktopOnly);
  verbs['login'] = async (request) => {
    storage.removeItem(SESSION_KEY);
    const result = await send(wire, authEndpoints.login.method, authEndpoints.login.path, request);
    if (!result.ok) return result;
    const value = loginValueSchema.safeParse(result.value);
    if (!value.success) return fail('INTERNAL', 'Máy chủ văn phòng trả lời đăng nhập không đúng dạng. Hãy báo người quản trị.');
    storage.setItem(SESSION_KEY, value.data.token);
    return ok({ person: value.data.person, role: value.data.role, expiresAt: value.data.expiresAt });
  };
  verbs['logout'] = () => endSession(authEndpoints.logout);
  verbs['logoutEverywhere'] = () => endSession(authEndpoints.logoutEverywhere);
  return verbs as unknown as Api;
}
