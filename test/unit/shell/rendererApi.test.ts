import { describe, expect, it } from 'vitest';
import { apiNames, type WindowApi } from '../../../electron/contract/api.ts';
import { apiFor, createHttpApi, LOST_CONNECTION, takeToken, type BrowserEnv, type Fetch } from '../../../renderer/api/index.ts';

type Sent = { input: string; init: { method: string; headers: Record<string, string>; body?: string } };

function fakeFetch(answer: (sent: Sent) => { status: number; body: string } | Error): { fetch: Fetch; sent: Sent[] } {
  const sent: Sent[] = [];
  return {
    sent,
    fetch: async (input, init) => {
      sent.push({ input, init });
      const a = answer({ input, init });
      if (a instanceof Error) throw a;
      return { status: a.status, text: async () => a.body };
    },
  };
}

function env(hash: string, stored: string | null = null): BrowserEnv & { replaced: string[]; storage: Map<string, string> } {
  const storage = new Map<string, string>(stored ? [['soan-nq-token', stored]] : []);
  const replaced: string[] = [];
  return {
    location: { origin: 'http://127.0.0.1:4000', pathname: '/', search: '', hash },
    history: { replaceState: (_d, _u, url) => replaced.push(url) },
    sessionStorage: {
      getItem: (k) => storage.get(k) ?? null,
      setItem: (k, v) => void storage.set(k, v),
      removeItem: (k) => void storage.delete(k),
    },
    replaced,
    storage,
  };
}

describe('createHttpApi', () => {
  it('has every verb and posts JSON to /api/<verb> with the bearer token', async () => {
    const f = fakeFetch(() => ({ status: 200, body: '{"ok":true,"value":[]}' }));
    const api = createHttpApi('http://127.0.0.1:4000/', 'tok', f.fetch);
    expect(Object.keys(api).sort()).toEqual([...apiNames].sort());
    expect(await api.listSigners({ orgId: 'HU-DUC-TRONG' })).toEqual({ ok: true, value: [] });
    expect(f.sent[0]?.input).toBe('http://127.0.0.1:4000/api/listSigners');
    expect(f.sent[0]?.init).toEqual({
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer tok' },
      body: '{"orgId":"HU-DUC-TRONG"}',
    });
  });

  it('passes refusals of the server through as results', async () => {
    const f = fakeFetch(() => ({
      status: 401,
      body: '{"ok":false,"error":{"code":"INVALID_INPUT","message":"Thiếu hoặc sai mã truy cập."}}',
    }));
    const result = await createHttpApi('http://x', 't', f.fetch).appInfo({});
    expect(result).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: 'Thiếu hoặc sai mã truy cập.' } });
  });

  it('turns a lost connection into UNREACHABLE and a strange answer into an INTERNAL result, never a throw', async () => {
    const lost = await createHttpApi('http://x', 't', fakeFetch(() => new TypeError('fetch failed')).fetch).appInfo({});
    expect(lost).toEqual({ ok: false, error: { code: 'UNREACHABLE', message: LOST_CONNECTION } });
    expect(LOST_CONNECTION).toMatch(/^Mất kết nối với ứng dụng/);
    const html = await createHttpApi('http://x', 't', fakeFetch(() => ({ status: 502, body: '<html>' })).fetch).appInfo({});
    expect(!html.ok && html.error.code).toBe('INTERNAL');
    const shape = await createHttpApi(
      'http://x',
      't',
      fakeFetch(() => ({ status: 200, body: '{"ok":false,"error":{"code":"NOPE","message":"x"}}' })).fetch,
    ).appInfo({});
    expect(!shape.ok && shape.error.code).toBe('INTERNAL');
  });
});

describe('the page token', () => {
  it('is read from the fragment, kept in sessionStorage and removed from the address', () => {
    const e = env('#token=abc_DEF-123');
    expect(takeToken(e)).toBe('abc_DEF-123');
    expect(e.storage.get('soan-nq-token')).toBe('abc_DEF-123');
    expect(e.replaced).toEqual(['/']);
  });

  it('keeps other fragment parts, and comes from sessionStorage after a reload', () => {
    const e = env('#token=abc&view=home');
    expect(takeToken(e)).toBe('abc');
    expect(e.replaced).toEqual(['/#view=home']);
    const reloaded = env('', 'abc');
    expect(takeToken(reloaded)).toBe('abc');
    expect(reloaded.replaced).toEqual([]);
  });
});

describe('apiFor', () => {
  it('uses the preload window.api when there is one', () => {
    const windowApi = { onMenuCommand: () => () => undefined } as unknown as WindowApi;
    expect(apiFor({ ...env(''), api: windowApi })).toBe(windowApi);
  });

  it('uses HTTP on the page origin with the token otherwise', async () => {
    const f = fakeFetch(() => ({ status: 200, body: '{"ok":true,"value":{}}' }));
    const api = apiFor({ ...env('#token=t1'), fetch: f.fetch });
    await api.appInfo({});
    expect(f.sent[0]?.input).toBe('http://127.0.0.1:4000/api/appInfo');
    expect(f.sent[0]?.init.headers['Authorization']).toBe('Bearer t1');
  });

  it('without a launch token it is the office server: nothing is sent before a login, and a page that is not one explains how to open the app', async () => {
    const f = fakeFetch(() => ({ status: 200, body: '<!doctype html>' }));
    const api = apiFor({ ...env(''), fetch: f.fetch });
    const result = await api.listOrganizations({});
    expect(!result.ok && result.error.code).toBe('UNAUTHENTICATED');
    expect(f.sent).toEqual([]);
    const state = await api.connectionState({});
    expect(!state.ok && state.error.message).toMatch(/#token=/);
  });
});
