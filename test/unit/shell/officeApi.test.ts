import { describe, expect, it } from 'vitest';
import { createOfficeApi, LOST_SERVER, SESSION_KEY } from '../../../renderer/api/office.ts';
import type { Fetch } from '../../../renderer/api/http.ts';

type Sent = { input: string; method: string; authorization: string | undefined; body: string | undefined };

/** The office server as a page sees it: one account, a token that can be revoked, a switch to go offline. */
function office() {
  const sent: Sent[] = [];
  const server = { token: 'phien-7', down: false };
  const answer = (path: string, authorization: string | undefined, body: string | undefined): { status: number; value: unknown } => {
    if (path === '/server-info') {
      return { status: 200, value: { ok: true, value: { app: 'soan-nq', fingerprint: 'AB', name: 'Văn phòng Huyện ủy' } } };
    }
    if (path === '/auth/login') {
      const given = JSON.parse(body ?? '{}') as { password?: string };
      if (given.password !== 'dung') {
        return { status: 401, value: { ok: false, error: { code: 'UNAUTHENTICATED', message: 'Sai tên hoặc mật khẩu.' } } };
      }
      const value = { token: server.token, expiresAt: '2026-12-31T00:00:00Z', person: { id: 3, name: 'Trần Thị B' }, role: 'van-thu' };
      return { status: 200, value: { ok: true, value } };
    }
    if (authorization !== `Bearer ${server.token}`) {
      return { status: 401, value: { ok: false, error: { code: 'UNAUTHENTICATED', message: 'Phiên đã hết hạn.' } } };
    }
    if (path === '/auth/me') {
      return { status: 200, value: { ok: true, value: { expiresAt: 'x', person: { id: 3, name: 'Trần Thị B' }, role: 'van-thu' } } };
    }
    if (path === '/auth/logout') return { status: 200, value: { ok: true, value: null } };
    return { status: 200, value: { ok: true, value: path } };
  };
  const fetchImpl: Fetch = async (input, init) => {
    const path = new URL(input).pathname;
    sent.push({ input: path, method: init.method, authorization: init.headers['Authorization'], body: init.body });
    if (server.down) throw new TypeError('Failed to fetch');
    const a = answer(path, init.headers['Authorization'], init.body);
    return { status: a.status, text: async () => JSON.stringify(a.value) };
  };
  const storage = new Map<string, string>();
  const sessionStorage = {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => void storage.set(k, v),
    removeItem: (k: string) => void storage.delete(k),
  };
  return { api: createOfficeApi('https://10.0.0.5:8443', sessionStorage, fetchImpl), sent, server, storage };
}

describe('the page served by the office server', () => {
  it('logs in through /auth/login, sends the session token with every verb, and shows who is logged in', async () => {
    const o = office();
    const before = await o.api.connectionState({});
    expect(before).toEqual({
      ok: true,
      value: {
        mode: 'office',
        address: 'https://10.0.0.5:8443',
        fingerprint: null,
        serverName: 'Văn phòng Huyện ủy',
        session: null,
        canConnect: false,
      },
    });
    const wrong = await o.api.login({ name: 'Trần Thị B', password: 'sai' });
    expect(!wrong.ok && wrong.error.code).toBe('UNAUTHENTICATED');
    const login = await o.api.login({ name: 'Trần Thị B', password: 'dung' });
    expect(login).toEqual({
      ok: true,
      value: { person: { id: 3, name: 'Trần Thị B' }, role: 'van-thu', expiresAt: '2026-12-31T00:00:00Z' },
    });
    expect(o.storage.get(SESSION_KEY)).toBe('phien-7');
    const listed = await o.api.listOrganizations({});
    expect(listed).toEqual({ ok: true, value: '/api/listOrganizations' });
    expect(o.sent.at(-1)).toMatchObject({ method: 'POST', authorization: 'Bearer phien-7' });
    const state = await o.api.connectionState({});
    expect(state.ok && state.value.session?.person.name).toBe('Trần Thị B');
  });

  it('forgets a session the server refused, and a lost server is UNREACHABLE with its own message', async () => {
    const o = office();
    expect((await o.api.login({ name: 'Trần Thị B', password: 'dung' })).ok).toBe(true);
    o.server.token = 'phien-8'; // logged out everywhere from another computer
    const refused = await o.api.listOrganizations({});
    expect(!refused.ok && refused.error.code).toBe('UNAUTHENTICATED');
    expect(o.storage.has(SESSION_KEY)).toBe(false);

    expect((await o.api.login({ name: 'Trần Thị B', password: 'dung' })).ok).toBe(true);
    o.server.down = true;
    const lost = await o.api.saveDocument({ id: 1, content: {} as never, expectedVersion: 1 });
    expect(lost).toEqual({ ok: false, error: { code: 'UNREACHABLE', message: LOST_SERVER } });
    expect(o.storage.get(SESSION_KEY)).toBe('phien-8');
    o.server.down = false;
    const out = await o.api.logout({});
    expect(out.ok && out.value.session).toBeNull();
    expect(o.storage.has(SESSION_KEY)).toBe(false);
  });
});
