import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ipcChannel, type ApiName } from '../../../electron/contract/api.ts';
import type { Result } from '../../../electron/contract/result.ts';
import type { OfficeHostState } from '../../../electron/contract/verbs/officeHost.ts';
import type { HandlerContext } from '../../../electron/ipc/context.ts';
import { createRemoteLink } from '../../../electron/remote/link.ts';
import { writeRemoteSettings } from '../../../electron/remote/settings.ts';
import { createOfficeHost, type OfficeHost } from '../../../electron/server/host.ts';
import { downloadFile } from '../../../electron/services/exportFile.ts';
import { openStore, type Store } from '../../../electron/store/connection.ts';
import { writePerson } from '../../../electron/store/people.ts';
import { ADMIN, ask, CV, officeDatabase } from '../../integration/serverKit.ts';

/**
 * Cơ quan › Máy chủ văn phòng in the desktop shell (Electron mocked, as in register.test.ts): the
 * window's call goes over IPC to the main process's switch, which starts and stops a real office
 * server on the app's own database; only a quản trị may; it comes back with the app.
 */
type Listener = (event: unknown, request: unknown, who?: unknown) => Promise<Result<unknown>>;
const registered = vi.hoisted(() => new Map<string, Listener>());
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: Listener) => void registered.set(channel, listener),
    removeHandler: (channel: string) => registered.delete(channel),
  },
}));
const { registerIpc } = await import('../../../electron/ipc/register.ts');

const trusted = { senderFrame: { url: 'file:///app/dist/renderer/index.html' } };
let dir: string;
let dbPath: string;
let settingsFile: string;
let store: Store;
let ctx: HandlerContext;
const hosts: OfficeHost[] = [];

function newHost(): OfficeHost {
  const host = createOfficeHost({ dbPath, settingsFile, serverOptions: { staticDir: join(dir, 'khong-co-giao-dien') } });
  hosts.push(host);
  return host;
}

async function call<T>(verb: ApiName, request: unknown, who: string): Promise<Result<T>> {
  const listener = registered.get(ipcChannel(verb));
  if (!listener) throw new Error(`không có kênh ${verb}`);
  return (await listener(trusted, request, who)) as Result<T>;
}

async function state(who: string): Promise<OfficeHostState> {
  const r = await call<OfficeHostState>('officeHostState', {}, who);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const certificate = () => readFileSync(join(`${dbPath}.server`, 'chung-chi.pem'), 'utf8');
const portOf = (address: string | null) => Number(/:(\d+)\/$/.exec(address ?? '')?.[1]);
const refusesConnections = (port: number) =>
  new Promise<boolean>((done) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      done(false);
    });
    socket.on('error', () => done(true));
  });
/** POST /auth/login from another process while this thread waits for it, doing nothing else (execFileSync). */
function callWhileHeld(port: number, body: unknown): unknown {
  const script = `const req = require('node:https').request({ host: '127.0.0.1', port: ${port}, path: '/auth/login', method: 'POST',
    rejectUnauthorized: false, headers: { 'content-type': 'application/json' } }, (res) => { let t = ''; res.on('data', (c) => (t += c));
    res.on('end', () => process.stdout.write(t)); }); req.end(${JSON.stringify(JSON.stringify(body))});`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 10_000 })) as unknown;
}
const settings = () => (JSON.parse(readFileSync(settingsFile, 'utf8')) as { officeHost?: unknown }).officeHost;

beforeAll(async () => {
  ({ dir, dbPath } = await officeDatabase('soan-nq-host-'));
  settingsFile = join(dir, 'settings.json');
  const opened = openStore(dbPath);
  if (!opened.ok) throw new Error(opened.error.message);
  store = opened.value;
  ctx = { store, transport: 'electron', who: 'Người dùng máy', saveFile: downloadFile, remote: createRemoteLink(settingsFile) };
  registerIpc({ contextFor: () => ctx, isTrusted: (event) => event === (trusted as unknown) });
}, 60_000);
afterAll(async () => {
  for (const h of hosts) await h.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the office server started from the app’s settings', () => {
  it('is started by a quản trị only, shows its address and fingerprint, lets the PCs log in, and stops', async () => {
    ctx = { ...ctx, officeHost: newHost() };
    expect(await state(CV.name)).toMatchObject({ canHost: true, running: false, listen: '0.0.0.0:8443', accounts: 4, address: null });
    const refused = await call('startOfficeHost', { listen: '127.0.0.1:0' }, CV.name);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/quản trị/) } });
    const bad = await call('startOfficeHost', { listen: '8443' }, ADMIN.name);
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    const started = await call<OfficeHostState>('startOfficeHost', { listen: '127.0.0.1:0' }, ADMIN.name);
    if (!started.ok) throw new Error(started.error.message);
    expect(started.value).toMatchObject({ running: true, listen: '127.0.0.1:0', startedAt: expect.any(String) });
    expect(started.value.address).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/);
    const server = { port: portOf(started.value.address), fingerprint: started.value.fingerprint ?? '', certificate: certificate() };
    const login = await ask(server, 'POST', '/auth/login', { body: { name: CV.name, password: CV.password } });
    expect(login.body.ok).toBe(true);
    // It serves in a thread of its own: a PC's call is answered while this thread (the window's) is held.
    expect(callWhileHeld(server.port, { name: CV.name, password: CV.password })).toMatchObject({ ok: true });
    expect(settings()).toEqual({ listen: '127.0.0.1:0', running: true });
    // The serving PC is not offered "Kết nối máy chủ văn phòng" while it serves.
    expect(await call('connectionState', {}, CV.name)).toMatchObject({ ok: true, value: { mode: 'local', canConnect: false } });
    expect(await call('stopOfficeHost', {}, CV.name)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const stopped = await call<OfficeHostState>('stopOfficeHost', {}, ADMIN.name);
    expect(stopped).toMatchObject({ ok: true, value: { running: false, address: null, fingerprint: null } });
    expect(await refusesConnections(server.port)).toBe(true);
    expect(settings()).toEqual({ listen: '127.0.0.1:0', running: false });
    expect(await call('connectionState', {}, CV.name)).toMatchObject({ ok: true, value: { canConnect: true } });
  });

  it('starts again with the app when it ran as the app closed; says so when the port is taken', async () => {
    const first = newHost();
    ctx = { ...ctx, officeHost: first };
    expect((await call('startOfficeHost', { listen: '127.0.0.1:0' }, ADMIN.name)).ok).toBe(true);
    const port = portOf(first.state().address);
    await first.close(); // the app quits with the server running
    expect(settings()).toEqual({ listen: '127.0.0.1:0', running: true });
    const next = newHost();
    await next.resume();
    expect(next.state()).toMatchObject({ running: true, listen: '127.0.0.1:0' });

    const busy = newHost();
    ctx = { ...ctx, officeHost: busy };
    const taken = await call('startOfficeHost', { listen: `127.0.0.1:${portOf(next.state().address)}` }, ADMIN.name);
    expect(taken).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^Cổng \d+ đang được/) } });
    await next.close();
    expect(port).toBeGreaterThan(0);
  });

  it('is refused while this computer is a client of another server, and outside the desktop app', async () => {
    const clientSettings = join(dir, 'client-settings.json');
    writeRemoteSettings(clientSettings, { address: 'https://192.168.1.10:8443', fingerprint: Array(32).fill('AB').join(':') });
    ctx = { ...ctx, officeHost: newHost(), remote: createRemoteLink(clientSettings) };
    const client = await call('startOfficeHost', { listen: '127.0.0.1:0' }, ADMIN.name);
    expect(client).toMatchObject({ ok: false, error: { message: expect.stringMatching(/ngắt kết nối/) } });
    ctx = { store, transport: 'electron', who: 'Người dùng máy', saveFile: downloadFile };
    expect(await state(ADMIN.name)).toMatchObject({ canHost: false, running: false });
    expect(await call('startOfficeHost', { listen: '127.0.0.1:0' }, ADMIN.name)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/soan-nq serve/) },
    });
  });

  it('asks for a quản trị account first on a database without accounts', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'soan-nq-host-fresh-'));
    try {
      const opened = openStore(join(fresh, 'du-lieu.sqlite'));
      if (!opened.ok) throw new Error(opened.error.message);
      writePerson(opened.value.db, { name: ADMIN.name, roles: ['quan-tri'] });
      const host = createOfficeHost({ dbPath: opened.value.path, settingsFile: join(fresh, 'settings.json') });
      ctx = { store: opened.value, transport: 'electron', who: ADMIN.name, saveFile: downloadFile, officeHost: host };
      expect(await state(ADMIN.name)).toMatchObject({ accounts: 0 });
      const r = await call('startOfficeHost', { listen: '127.0.0.1:0' }, ADMIN.name);
      expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/ít nhất một tài khoản/) } });
      opened.value.close();
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});
