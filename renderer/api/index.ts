import type { Api, MenuCommand, WindowApi } from '../../electron/contract/api.ts';
import { createHttpApi, type Fetch } from './http.ts';
import { createOfficeApi, type SessionStorage } from './office.ts';

export { createHttpApi, LOST_CONNECTION, type Fetch } from './http.ts';
export { createOfficeApi, LOST_SERVER, SESSION_KEY } from './office.ts';

/**
 * How the UI reaches the Node side: `window.api` from the desktop preload when there is one,
 * otherwise the same contract over HTTP to the server that served the page: the loopback server of
 * browser mode, whose token arrives once in the address (#token=…), is kept in sessionStorage for
 * reloads and removed from the visible address at once; or, with no such token, the office server,
 * where the person logs in (the session's token is kept in sessionStorage for the tab).
 */
export type BrowserEnv = {
  api?: WindowApi | undefined;
  location: { origin: string; pathname: string; search: string; hash: string };
  history: { replaceState: (data: null, unused: string, url: string) => void };
  sessionStorage: SessionStorage;
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

function browserEnv(): BrowserEnv {
  return globalThis as unknown as BrowserEnv;
}

/** The contract for a page: the preload's `window.api` if present, else HTTP with the page's token, else the office server's session. */
export function apiFor(env: BrowserEnv): Api {
  if (env.api) return env.api;
  const token = takeToken(env);
  return token ? createHttpApi(env.location.origin, token, env.fetch) : createOfficeApi(env.location.origin, env.sessionStorage, env.fetch);
}

let cached: Api | undefined;

/** The contract for this page (desktop IPC, loopback HTTP or the office server), made once. */
export function getApi(): Api {
  cached ??= apiFor(browserEnv());
  return cached;
}

/** Menu commands of the desktop app (Tệp › Lưu …); in the browser there is no menu, so nothing arrives. */
export function onMenuCommand(listener: (command: MenuCommand) => void, env: BrowserEnv = browserEnv()): () => void {
  return env.api ? env.api.onMenuCommand(listener) : () => undefined;
}
