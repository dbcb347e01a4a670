import { fail, type Result } from '../../electron/contract/result.ts';
import { apiNames, type Api, type MenuCommand, type WindowApi } from '../../electron/contract/api.ts';
import { createHttpApi, type Fetch } from './http.ts';

export { createHttpApi, LOST_CONNECTION, type Fetch } from './http.ts';

/**
 * How the UI reaches the Node side: `window.api` from the desktop preload when there is one,
 * otherwise the same contract over HTTP to the loopback server that served the page. The
 * browser's token arrives once in the address (#token=…), is kept in sessionStorage for reloads,
 * and is removed from the visible address at once.
 */
export type BrowserEnv = {
  api?: WindowApi | undefined;
  location: { origin: string; pathname: string; search: string; hash: string };
  history: { replaceState: (data: null, unused: string, url: string) => void };
  sessionStorage: { getItem: (key: string) => string | null; setItem: (key: string, value: string) => void };
  fetch?: Fetch;
};

const TOKEN_KEY = 'soan-nq-token';

/** Reads `token` from the fragment, stores it, and rewrites the address without it (other fragment parts stay). */
export function takeToken(env: BrowserEnv): string | null {
  const hash = env.location.hash.replace(/^#/, '');
  const params = new URLSearchParams(hash);
  const fromHash = params.get('token');
  if (fromHash) {
    env.sessionStorage.setItem(TOKEN_KEY, fromHash);
    params.delete('token');
    const rest = params.toString();
    env.history.replaceState(null, '', `${env.location.pathname}${env.location.search}${rest ? `#${rest}` : ''}`);
    return fromHash;
  }
  return env.sessionStorage.getItem(TOKEN_KEY);
}

function withoutToken(): Api {
  const refuse = (): Promise<Result<never>> =>
    Promise.resolve(fail('INTERNAL', 'Trang chưa có mã truy cập. Hãy mở đúng địa chỉ mà cửa sổ dòng lệnh đã in ra (có phần "#token=…").'));
  return Object.fromEntries(apiNames.map((name) => [name, refuse])) as unknown as Api;
}

function browserEnv(): BrowserEnv {
  return globalThis as unknown as BrowserEnv;
}

/** The contract for a page: the preload's `window.api` if present, else HTTP with the page's token. */
export function apiFor(env: BrowserEnv): Api {
  if (env.api) return env.api;
  const token = takeToken(env);
  return token ? createHttpApi(env.location.origin, token, env.fetch) : withoutToken();
}

let cached: Api | undefined;

/** The contract for this page (desktop IPC or loopback HTTP), made once. */
export function getApi(): Api {
  cached ??= apiFor(browserEnv());
  return cached;
}

/** Menu commands of the desktop app (Tệp › Lưu …); in the browser there is no menu, so nothing arrives. */
export function onMenuCommand(listener: (command: MenuCommand) => void, env: BrowserEnv = browserEnv()): () => void {
  return env.api ? env.api.onMenuCommand(listener) : () => undefined;
}
