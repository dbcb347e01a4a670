import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../../../electron/contract/result.ts';
import type { HandlerContext } from '../../../electron/ipc/context.ts';
import { createRemoteLink } from '../../../electron/remote/link.ts';
import { routeCall } from '../../../electron/remote/route.ts';
import { openStore, type Store } from '../../../electron/store/connection.ts';
import { makeCertificate, startFakeOffice } from '../../support/officeFake.ts';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

function localStore(): Store {
  const opened = openStore(':memory:');
  if (!opened.ok) throw new Error(opened.error.message);
  cleanup.push(() => {
    opened.value.close();
  });
  return opened.value;
}

describe('routeCall: the one switch between the local dispatcher and the office server', () => {
  it('answers locally when working alone, forwards every contract verb once connected, and keeps the connection verbs local', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soan-nq-route-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const cert = makeCertificate();
    const server = await startFakeOffice(cert);
    cleanup.push(() => server.close());
    const saved: string[] = [];
    const remote = createRemoteLink(join(dir, 'settings.json'));
    const ctx: HandlerContext = {
      store: localStore(),
      transport: 'electron',
      who: 'Người thử',
      remote,
      saveFile: async ({ fileName, render }) => {
        const bytes = await render();
        if (!bytes.ok) return bytes;
        saved.push(`${fileName}:${Buffer.from(bytes.value).toString('utf8')}`);
        return ok({ kind: 'saved', path: join(dir, fileName) });
      },
    };

    // Alone: the local store answers (an empty database: no bodies yet), the server hears nothing.
    const alone = await routeCall('listOrganizations', {}, ctx);
    expect(alone).toEqual({ ok: true, value: [] });
    expect(server.seen).toEqual([]);

    const probe = await routeCall('probeServer', { address: server.origin }, ctx);
    expect(probe.ok && probe.value.fingerprint).toBe(cert.fingerprint);
    expect((await routeCall('connectServer', { address: server.origin, fingerprint: cert.fingerprint }, ctx)).ok).toBe(true);
    const notYet = await routeCall('listOrganizations', {}, ctx);
    expect(!notYet.ok && notYet.error.code).toBe('UNAUTHENTICATED');
    expect((await routeCall('login', { name: 'Nguyễn Văn A', password: 'mat-khau-dung' }, ctx)).ok).toBe(true);
    const state = await routeCall('connectionState', {}, ctx);
    expect(state.ok && state.value).toMatchObject({ mode: 'office', session: { person: { name: 'Nguyễn Văn A' } }, canConnect: true });

    const forwarded = await routeCall('listOrganizations', {}, ctx);
    expect(forwarded).toEqual({ ok: true, value: { verb: 'listOrganizations', request: {} } });
    expect(server.seen.map((r) => r.path)).toEqual(['/server-info', '/server-info', '/auth/login', '/api/listOrganizations']);
    // The connection verbs were never sent as /api/<verb>.
    expect(server.seen.some((r) => /\/api\/(connectionState|login|probeServer|connectServer)/.test(r.path))).toBe(false);
  });
});
