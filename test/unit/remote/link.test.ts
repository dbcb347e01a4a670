import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRemoteLink } from '../../../electron/remote/link.ts';
import { makeCertificate, startFakeOffice, type FakeOffice, type TestCertificate } from '../../support/officeFake.ts';

let first: TestCertificate;
let second: TestCertificate;
const cleanup: (() => Promise<void> | void)[] = [];

beforeAll(() => {
  first = makeCertificate();
  second = makeCertificate();
});

afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

function settingsFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'soan-nq-remote-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'settings.json');
}

async function office(cert: TestCertificate, port = 0): Promise<FakeOffice> {
  const started = await startFakeOffice(cert, port);
  cleanup.push(() => started.close());
  return started;
}

describe('the office server link: pinning', () => {
  it('reads the fingerprint on first contact, pins it, and refuses the same address once its certificate changed', async () => {
    const server = await office(first);
    const file = settingsFile();
    const link = createRemoteLink(file);
    expect(link.state().mode).toBe('local');

    const probe = await link.probe(`127.0.0.1:${server.port}`);
    expect(probe).toEqual({
      ok: true,
      value: { address: server.origin, fingerprint: first.fingerprint, name: 'Văn phòng thử', version: '1' },
    });

    const connected = await link.connect(server.origin, first.fingerprint);
    expect(connected.ok && connected.value).toMatchObject({ mode: 'office', address: server.origin, fingerprint: first.fingerprint });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      officeServer: { address: server.origin, fingerprint: first.fingerprint },
    });

    const login = await link.login('Nguyễn Văn A', 'mat-khau-dung');
    expect(login).toMatchObject({ ok: true, value: { person: { name: 'Nguyễn Văn A' }, role: 'chuyen-vien' } });
    const answered = await link.forward('listOrganizations', {});
    expect(answered).toEqual({ ok: true, value: { verb: 'listOrganizations', request: {} } });
    expect(server.seen.at(-1)).toMatchObject({ path: '/api/listOrganizations', authorization: 'Bearer phien-1' });

    // The same address now answers with another certificate (a reinstalled server, or an impostor).
    await server.close();
    const impostor = await office(second, server.port);
    const refused = await link.forward('saveDocument', { id: 1, secret: 'nội dung' });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('CERTIFICATE_CHANGED');
    expect(refused.error.message).toContain('Chứng chỉ của máy chủ đã thay đổi');
    expect(refused.error.message).toContain(second.fingerprint);
    // Nothing reached the impostor: no token, no document.
    expect(impostor.seen).toEqual([]);
    // A fresh start of the app (the pin read back from the settings file) refuses it too.
    const restarted = createRemoteLink(file);
    expect(restarted.state()).toMatchObject({ mode: 'office', fingerprint: first.fingerprint, session: null });
    const again = await restarted.login('Nguyễn Văn A', 'mat-khau-dung');
    expect(!again.ok && again.error.code).toBe('CERTIFICATE_CHANGED');
    expect(impostor.seen).toEqual([]);
  });

  it('does not pin a fingerprint the server does not have', async () => {
    const server = await office(first);
    const link = createRemoteLink(settingsFile());
    const wrong = await link.connect(server.origin, second.fingerprint);
    expect(!wrong.ok && wrong.error.code).toBe('CERTIFICATE_CHANGED');
    expect(link.state().mode).toBe('local');
  });

  it('refuses plain http and a server that is not an office server', async () => {
    const link = createRemoteLink(settingsFile());
    const plain = await link.probe('http://127.0.0.1:8080');
    expect(!plain.ok && plain.error.code).toBe('INVALID_INPUT');
  });
});

describe('the office server link: sessions and lost connections', () => {
  it('asks for a login before sending anything, drops an expired session, and says UNREACHABLE when the server is gone', async () => {
    const server = await office(first);
    const link = createRemoteLink(settingsFile());
    expect((await link.connect(server.origin, first.fingerprint)).ok).toBe(true);
    const before = server.seen.length;
    const anonymous = await link.forward('listOrganizations', {});
    expect(!anonymous.ok && anonymous.error.code).toBe('UNAUTHENTICATED');
    expect(server.seen.length).toBe(before);

    const wrong = await link.login('Nguyễn Văn A', 'sai');
    expect(!wrong.ok && wrong.error.code).toBe('UNAUTHENTICATED');
    expect((await link.login('Nguyễn Văn A', 'mat-khau-dung')).ok).toBe(true);
    expect(link.state().session?.person.name).toBe('Nguyễn Văn A');
    expect((await link.logout(false)).ok).toBe(true);
    expect(link.state().session).toBeNull();

    expect((await link.login('Nguyễn Văn A', 'mat-khau-dung')).ok).toBe(true);
    await server.close();
    const lost = await link.forward('saveDocument', { id: 1 });
    expect(!lost.ok && lost.error.code).toBe('UNREACHABLE');
    if (!lost.ok) expect(lost.error.message).toContain('Mất kết nối máy chủ văn phòng');
    // Still logged in: the same server coming back gets the next call.
    const back = await office(first, server.port);
    const resent = await link.forward('saveDocument', { id: 1 });
    expect(resent.ok).toBe(false); // the fake's token rotated on logout: it answers 401, and the link forgets the session
    expect(back.seen.at(-1)?.path).toBe('/api/saveDocument');
  });

  it('goes back to working alone on "Ngắt kết nối", forgetting the pin', async () => {
    const server = await office(first);
    const file = settingsFile();
    const link = createRemoteLink(file);
    expect((await link.connect(server.origin, first.fingerprint)).ok).toBe(true);
    const alone = await link.disconnect();
    expect(alone.ok && alone.value).toMatchObject({ mode: 'local', address: null, fingerprint: null });
    expect(createRemoteLink(file).state().mode).toBe('local');
  });
});
