import { apiNames, type Api, type ApiName, type ApiRequest, type ApiResult } from '../../electron/contract/api.ts';
import { fail, isResult, type Result } from '../../electron/contract/result.ts';

/**
 * The browser transport of the contract: one `POST /api/<verb>` per call, JSON in and out, with
 * the launch's token. Like the desktop preload it never throws: a lost connection is a result.
 */
export type Fetch = (
  input: string,
  init: { method: string; headers: Record<string, string>; body: string },
) => Promise<{ status: number; text: () => Promise<string> }>;

export const LOST_CONNECTION =
  'Mất kết nối với ứng dụng. Hãy kiểm tra cửa sổ dòng lệnh đang chạy "npm run web" (hoặc "npm start") rồi tải lại trang.';

async function call(
  fetchImpl: Fetch,
  baseUrl: string,
  token: string,
  name: ApiName,
  request: unknown,
  who?: string,
): Promise<Result<unknown>> {
  let response: { status: number; text: () => Promise<string> };
  let text: string;
  try {
    response = await fetchImpl(`${baseUrl.replace(/\/+$/, '')}/api/${name}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${token}`,
        ...(who ? { 'X-Soan-Nq-Nguoi': encodeURIComponent(who) } : {}),
      },
      body: JSON.stringify(request ?? {}),
    });
    text = await response.text();
  } catch {
    return fail('INTERNAL', LOST_CONNECTION);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('INTERNAL', `Ứng dụng trả lời không đúng dạng (mã ${response.status}). Hãy tải lại trang.`);
  }
  return isResult(data) ? data : fail('INTERNAL', `Ứng dụng trả lời không đúng dạng (mã ${response.status}). Hãy tải lại trang.`);
}

/** The contract over HTTP: `baseUrl` is the server's origin (http://127.0.0.1:<port>). */
export function createHttpApi(baseUrl: string, token: string, fetchImpl: Fetch = (input, init) => fetch(input, init)): Api {
  const verbs: Record<string, (request: unknown, who?: string) => Promise<Result<unknown>>> = {};
  for (const name of apiNames) verbs[name] = (request, who) => call(fetchImpl, baseUrl, token, name, request, who);
  // Every verb of the contract is present and returns that verb's result as the server sent it.
  return verbs as { [K in ApiName]: (request: ApiRequest<K>, who?: string) => Promise<Result<ApiResult<K>>> };
}
