import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfficeServer } from '../../electron/server/officeServer.ts';
import { ADMIN, api, ask, CV, CVP, logIn, officeDatabase, removeDir, startOn, value, VT } from './serverKit.ts';

/** Logins, lockout, session expiry and logout on the office server; and two clients saving one draft. */
let dir: string;
let server: OfficeServer;
let offset = 0;
const HOUR = 60 * 60 * 1000;
beforeAll(async () => {
  const made = await officeDatabase('soan-nq-sessions-');
  dir = made.dir;
  // Every request comes from 127.0.0.1: the limit per address is raised here so that the accounts' own lockout is what is tested.
  server = await startOn(made.dbPath, {
    clock: () => new Date(Date.now() + offset),
    addressPolicy: { freeFailures: 100, maxFailures: 100 },
  });
}, 60_000);
afterAll(async () => {
  await server.close();
  removeDir(dir);
});

const login = (name: string, password: string) => ask(server, 'POST', '/auth/login', { body: { name, password } });
const me = (token: string) => ask(server, 'GET', '/auth/me', { token });

describe('logging in to the office server', () => {
  it('locks an account out after 5 wrong passwords, waiting ~300 ms after each, and lets it in 5 minutes later', async () => {
    for (let i = 1; i <= 4; i += 1) {
      const started = performance.now();
      const wrong = await login(VT.name, 'sai-mat-khau');
      expect(performance.now() - started).toBeGreaterThanOrEqual(290);
      expect(wrong.status).toBe(401);
      expect(wrong.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    }
    const fifth = await login(VT.name, 'sai-mat-khau');
    expect(fifth.status).toBe(429);
    expect(fifth.body).toMatchObject({ ok: false, error: { code: 'LOCKED_OUT', message: expect.stringMatching(/chờ 5 phút/) } });
    const right = await login(VT.name, VT.password);
    expect(right.body).toMatchObject({ ok: false, error: { code: 'LOCKED_OUT' } });
    offset += 5 * 60 * 1000 + 1000;
    expect((await login(VT.name, VT.password)).body.ok).toBe(true);
    const admin = await logIn(server, ADMIN);
    const refusals = await value(server, admin, 'listRefusals', { limit: 20 });
    expect(refusals.filter((r) => r.name === VT.name && r.request === 'dang-nhap').map((r) => r.code)).toEqual([
      'LOCKED_OUT',
      'LOCKED_OUT',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
    ]);
  });

  it('answers a wrong name like a wrong password', async () => {
    const unknown = await login('Không Có Ai', 'mat-khau-bat-ky');
    expect(unknown.status).toBe(401);
    expect(unknown.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a session idle for more than 8 hours, and any session after 7 days', async () => {
    const idle = await logIn(server, CV);
    offset += 8 * HOUR + 60_000;
    expect((await me(idle)).status).toBe(401);
    const busy = await logIn(server, CV);
    // Kept alive by a request every 7 hours (161 hours in all) … until 7 days after the login.
    for (let step = 1; step <= 23; step += 1) {
      offset += 7 * HOUR;
      expect((await me(busy)).status, `sau ${step * 7} giờ`).toBe(200);
    }
    offset += 7 * HOUR + 60_000;
    const late = await me(busy);
    expect(late.status).toBe(401);
    expect(late.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('logs out one session, or every session of the person', async () => {
    const first = await logIn(server, CVP);
    const second = await logIn(server, CVP);
    const third = await logIn(server, CVP);
    expect((await ask(server, 'POST', '/auth/logout', { token: first, body: {} })).body.ok).toBe(true);
    expect((await me(first)).status).toBe(401);
    expect((await me(second)).status).toBe(200);
    expect((await ask(server, 'POST', '/auth/logout-all', { token: second, body: {} })).body).toEqual({ ok: true, value: { ended: 2 } });
    expect((await me(second)).status).toBe(401);
    expect((await me(third)).status).toBe(401);
  });

  it('changes one’s password (other sessions end, this one stays); the quản trị resets and disables', async () => {
    const here = await logIn(server, CV);
    const there = await logIn(server, CV);
    const changed = await ask(server, 'POST', '/auth/password', { token: here, body: { old: CV.password, new: 'mat-khau-moi-2026' } });
    expect(changed.body).toEqual({ ok: true, value: { name: CV.name } });
    expect((await me(here)).status).toBe(200);
    expect((await me(there)).status).toBe(401);
    expect((await login(CV.name, CV.password)).status).toBe(401);
    const admin = await logIn(server, ADMIN);
    await value(server, admin, 'resetPassword', { name: CV.name, password: CV.password });
    expect((await me(here)).status).toBe(401);
    const again = await logIn(server, CV);
    await value(server, admin, 'disableAccount', { name: CV.name });
    expect((await me(again)).status).toBe(401);
    expect((await login(CV.name, CV.password)).body).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: expect.stringMatching(/bị khóa/) },
    });
    const last = await api(server, admin, 'disableAccount', { name: ADMIN.name });
    expect(last).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/quản trị duy nhất/) } });
    await value(server, admin, 'disableAccount', { name: CV.name, disabled: false });
    expect((await login(CV.name, CV.password)).body.ok).toBe(true);
  });
});

describe('the limit per address', () => {
  it('slows down an address that keeps failing, on any account, then refuses it (LOCKED_OUT) for a while; the refusals name it', async () => {
    const made = await officeDatabase('soan-nq-address-');
    let later = 0;
    const strict = await startOn(made.dbPath, {
      clock: () => new Date(Date.now() + later),
      failureDelayMs: 50,
      addressPolicy: { freeFailures: 2, maxFailures: 5, lockMs: 10 * 60 * 1000 },
    });
    try {
      const tryAs = async (name: string, password: string) => {
        const started = performance.now();
        const answer = await ask(strict, 'POST', '/auth/login', { body: { name, password } });
        return { ...answer, waited: performance.now() - started };
      };
      // Two wrong passwords on each of two accounts: neither account is locked, the address is counted.
      const waits: number[] = [];
      for (const who of [CV, CVP, CV, CVP]) {
        const wrong = await tryAs(who.name, 'doan-thu');
        expect(wrong.status).toBe(401);
        waits.push(wrong.waited);
      }
      expect(waits[0]).toBeGreaterThanOrEqual(45);
      expect(waits[2]).toBeGreaterThanOrEqual(95); // the 3rd failure waits twice as long
      expect(waits[3]).toBeGreaterThanOrEqual(195); // the 4th four times
      const fifth = await tryAs(VT.name, 'doan-thu');
      expect(fifth.status).toBe(401);
      const refused = await tryAs(VT.name, VT.password);
      expect(refused.status).toBe(429);
      expect(refused.body).toMatchObject({
        ok: false,
        error: { code: 'LOCKED_OUT', message: expect.stringMatching(/^Máy này \(địa chỉ 127\.0\.0\.1\) đã đăng nhập sai.*chờ 10 phút/) },
      });
      later += 10 * 60 * 1000 + 1000;
      const admin = await logIn(strict, ADMIN);
      expect((await logIn(strict, VT)).length).toBeGreaterThan(20);
      const refusals = await value(strict, admin, 'listRefusals', { limit: 10 });
      expect(refusals.filter((r) => r.request === 'dang-nhap').map((r) => [r.code, r.remote])).toEqual([
        ['LOCKED_OUT', '127.0.0.1'],
        ...Array.from({ length: 5 }, () => ['UNAUTHENTICATED', '127.0.0.1']),
      ]);
    } finally {
      await strict.close();
      removeDir(made.dir);
    }
  }, 30_000);
});

describe('two clients saving the same draft', () => {
  it('gives exactly one CONFLICT and loses nothing: the winner’s text is stored, the loser keeps theirs to save again', async () => {
    const a = await logIn(server, CV);
    const b = await logIn(server, CVP);
    const draft = await value(server, a, 'createNextYear', { orgId: 'DU-HIEP-THANH', year: 2029 });
    const edit = (summary: string) => ({ ...draft.content, title: { ...draft.content.title, summary } });
    const [first, second] = await Promise.all([
      api(server, a, 'saveDocument', { id: draft.id, expectedVersion: draft.version, content: edit('bản của máy A') }),
      api(server, b, 'saveDocument', { id: draft.id, expectedVersion: draft.version, content: edit('bản của máy B') }),
    ]);
    const answers = [first, second];
    expect(answers.filter((r) => r.ok)).toHaveLength(1);
    expect(answers.filter((r) => !r.ok && r.error.code === 'CONFLICT')).toHaveLength(1);
    const winner = first.ok ? 'bản của máy A' : 'bản của máy B';
    const loser = first.ok ? { token: b, text: 'bản của máy B' } : { token: a, text: 'bản của máy A' };
    const stored = await value(server, a, 'getDocument', { id: draft.id });
    expect(stored.content.title.summary).toBe(winner);
    expect(stored.version).toBe(draft.version + 1);
    const resaved = await value(server, loser.token, 'saveDocument', {
      id: draft.id,
      expectedVersion: stored.version,
      content: edit(loser.text),
    });
    expect(resaved.content.title.summary).toBe(loser.text);
    const versions = await value(server, a, 'listVersions', { id: draft.id });
    expect(versions.length).toBeGreaterThanOrEqual(1);
  });
});
