import { apiNames, type Api, type ApiName, type ApiRequest, type ApiResult } from '../../electron/contract/api.ts';
import { fail, isResult, type Result } from '../../electron/contract/result.ts';

/**
 * The browser transport of the contract: one `POST /api/<verb>` per call, JSON in and out, with
 * the launch's token (or, on the office server, the session's). Like the desktop preload it never
 * throws: a lost connection is a result (UNREACHABLE).
 */
export type Fetch = (
  input: string,
  init: { method: string; headers: Record<string, string>; body?: string },
) => Promise<{ status: number; text: () => Promise<string> }>;

export const LOST_CONNECTION =
  'Mất kết nối với ứng dụng. Hãy kiểm tra cửa sổ dòng lệnh đang chạy "npm run web" (hoặc "npm start") rồi tải lại trang.';

/** The token to send, or null: not logged in (the call is not sent). */
export type TokenSource = string | (() => string | null);

export type Wire = { fetch: Fetch; baseUrl: string; token: TokenSource; lostText: string };

const loginFirst = fail('UNAUTHENTICATED', 'Hãy đăng nhập vào máy chủ văn phòng để tiếp tục.');

/** One JSON request to the page's server, answered with the contract's Result. */
export async function send(
  wire: Wire,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Result<unknown>> {
  const token = typeof wire.token === 'string' ? wire.token : wire.token();
  let response: { status: number; text: () => Promise<string> };
  let text: string;
  try {
    // Called as a plain function: the browser's fetch refuses to run with `this` bound to something else.
    const fetchImpl = wire.fetch;
    response = await fetchImpl(`${wire.baseUrl.replace(/\/+$/, '')}${path}`, {
      method,
      headers: {
        ...(method === 'POST' ? { 'Content-Type': 'application/json' } : {}),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      ...(method === 'POST' ? { body: JSON.stringify(body ?? {}) } : {}),
    });
    text = await response.text();
  } catch {
    return fail('UNREACHABLE', wire.lostText);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('INTERNAL', `Ứng dụng trả lời không đúng dạng (mã ${response.status}). Hãy tải lại trang.`);
  }
  return isResult(data) ? data : fail('INTERNAL', `Ứng dụng trả lời không đúng dạng (mã ${response.status}). Hãy tải lại trang.`);
}

/** A verb of the contract over the wire: `POST /api/<verb>`; without a token, not sent at all. */
export function callVerb(wire: Wire, name: ApiName, request: unknown, who?: string): Promise<Result<unknown>> {
  if (typeof wire.token !== 'string' && wire.token() === null) return Promise.resolve(loginFirst);
  return send(wire, 'POST', `/api/${name}`, request ?? {}, who ? { 'X-Soan-Nq-Nguoi': encodeURIComponent(who) } : {});
}

export type Verbs = Record<string, (request: unknown, who?: string) => Promise<Result<unknown>>>;

/** Every verb of the contract over `wire`, as an Api. */
export function verbsOver(wire: Wire): Verbs {
  const verbs: Verbs = {};
  for (const name of apiNames) verbs[name] = (request, who) => callVerb(wire, name, request, who);
  return verbs;
}

/** The contract over HTTP: `baseUrl` is the server's origin (http://127.0.0.1:<port>). */
export function createHttpApi(baseUrl: string, token: TokenSource, fetchImpl: Fetch = (input, init) => fetch(input, init)): Api {
  // Every verb of the contract is present and returns that verb's result as the server sent it.
  return verbsOver({ fetch: fetchImpl, baseUrl, token, lostText: LOST_CONNECTION }) as {
    [K in ApiName]: (request: ApiRequest<K>, who?: string) => Promise<Result<ApiResult<K>>>;
  };
}
