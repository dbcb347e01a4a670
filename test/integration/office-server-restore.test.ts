import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfficeServer } from '../../electron/server/officeServer.ts';
import { ADMIN, api, ask, CV, CVP, logIn, officeDatabase, removeDir, startOn, value, VT } from './serverKit.ts';

/**
 * "Khôi phục" on the office server (issue 17): the accounts are the backup's, no session survives
 * but the restoring quản trị's, who is never locked out, and the record of refusals is kept.
 */
let dir: string;
let server: OfficeServer;
beforeAll(async () => {
  const made = await officeDatabase('soan-nq-restore-');
  dir = made.dir;
  server = await startOn(made.dbPath);
}, 60_000);
afterAll(async () => {
  await server.close();
  removeDir(dir);
});

const me = async (token: string) => (await ask(server, 'GET', '/auth/me', { token })).status;
const login = (name: string, password: string) => ask(server, 'POST', '/auth/login', { body: { name, password } });
const SECOND_ADMIN = { name: 'Đỗ Thị Quản Trị', password: 'quan-tri-hai-2026', role: 'quan-tri' } as const;
const NEWCOMER = { name: 'Hoàng Văn Mới', password: 'nguoi-moi-2026', role: 'chuyen-vien' } as const;

async function takeBackup(admin: string): Promise<{ fileName: string; base64: string }> {
  const made = await value(server, admin, 'backupDatabase', {});
  if (made.kind !== 'download') throw new Error('expected the backup as a download');
  return { fileName: made.fileName, base64: made.base64 };
}

describe('restoring the office server’s database', () => {
  it('ends every session (none of the backup’s comes back), keeps the restoring quản trị’s, and the accounts are the backup’s', async () => {
    const admin = await logIn(server, ADMIN);
    const cvOld = await logIn(server, CV);
    const backup = await takeBackup(admin);
    // After the backup: CV logs out (that session is in the backup), a newcomer gets an account, CVP logs in, a wrong password.
    expect((await ask(server, 'POST', '/auth/logout', { token: cvOld, body: {} })).body.ok).toBe(true);
    await value(server, admin, 'addAccount', { name: NEWCOMER.name, role: NEWCOMER.role, password: NEWCOMER.password });
    const newcomer = await logIn(server, NEWCOMER);
    const cvp = await logIn(server, CVP);
    expect((await login(VT.name, 'doan-sai')).status).toBe(401);

    const restored = await value(server, admin, 'restoreBackup', backup);
    expect(restored.restored).toBe(backup.fileName);

    expect(await me(admin)).toBe(200);
    for (const token of [cvOld, cvp, newcomer]) expect(await me(token)).toBe(401);
    expect((await login(NEWCOMER.name, NEWCOMER.password)).status).toBe(401);
    expect((await logIn(server, CV)).length).toBeGreaterThan(20);
    const accounts = await value(server, admin, 'listAccounts', {});
    expect(accounts.map((a) => a.name).sort()).toEqual([ADMIN.name, CV.name, CVP.name, VT.name].sort());
    const refusals = await value(server, admin, 'listRefusals', { limit: 5 });
    expect(refusals.some((r) => r.name === VT.name && r.request === 'dang-nhap' && r.code === 'UNAUTHENTICATED')).toBe(true);
  });

  it('brings back a quản trị the backup does not know, with their role, password and session', async () => {
    const admin = await logIn(server, ADMIN);
    const backup = await takeBackup(admin);
    await value(server, admin, 'addAccount', { name: SECOND_ADMIN.name, role: SECOND_ADMIN.role, password: SECOND_ADMIN.password });
    const second = await logIn(server, SECOND_ADMIN);
    await value(server, second, 'restoreBackup', backup);
    expect(await me(admin)).toBe(401);
    expect(await me(second)).toBe(200);
    // Still quản trị: sets up, sees the accounts; and logs in again with the same password.
    const accounts = await value(server, second, 'listAccounts', {});
    expect(accounts.find((a) => a.name === SECOND_ADMIN.name)).toMatchObject({ roles: ['quan-tri'], disabled: false });
    expect((await ask(server, 'POST', '/auth/logout', { token: second, body: {} })).body.ok).toBe(true);
    expect((await logIn(server, SECOND_ADMIN)).length).toBeGreaterThan(20);
  });

  it('is refused to anyone but a quản trị', async () => {
    const vt = await logIn(server, VT);
    const admin = await logIn(server, ADMIN);
    const backup = await takeBackup(admin);
    const refused = await api(server, vt, 'restoreBackup', backup);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await me(admin)).toBe(200);
  });
});
