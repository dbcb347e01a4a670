import { describe, expect, it } from 'vitest';
import { createAddressLimit } from '../../../electron/server/addressLimit.ts';
import { allowedHosts, parseListen } from '../../../electron/server/hosts.ts';
import { hashPassword, verifyPassword } from '../../../electron/services/accounts/password.ts';
import { createPresenceBoard } from '../../../electron/services/presence.ts';
import { isAllowedHost, isAllowedOrigin, isOwnHost } from '../../../electron/web/http.ts';

describe('the office server’s small parts', () => {
  it('hashes each password with its own salt and checks it', async () => {
    const [a, b] = await Promise.all([hashPassword('mật-khẩu-dài'), hashPassword('mật-khẩu-dài')]);
    expect(a).toMatch(/^scrypt:16384:8:1:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('mật-khẩu-dài', a)).toBe(true);
    // The same text typed as decomposed Unicode (a Vietnamese keyboard on another system) is the same password.
    expect(await verifyPassword('mật-khẩu-dài'.normalize('NFD'), a)).toBe(true);
    expect(await verifyPassword('mat-khau-dai', a)).toBe(false);
    expect(await verifyPassword('x', 'bcrypt:...')).toBe(false);
  });

  it('shows who else edits a document, earliest first, and forgets them 30 s after their last touch', () => {
    let now = 1_000_000;
    const board = createPresenceBoard(() => now);
    expect(board.touch(7, 'A')).toEqual([]);
    now += 1000;
    expect(board.touch(7, 'B').map((e) => e.name)).toEqual(['A']);
    board.touch(7, 'C');
    expect(board.touch(7, 'A').map((e) => e.name)).toEqual(['B', 'C']);
    now += 30_001;
    expect(board.touch(7, 'B')).toEqual([]);
    board.leave(7, 'B');
    expect(board.touch(7, 'A')).toEqual([]);
    expect(board.touch(8, 'B')).toEqual([]);
  });

  it('counts failed logins per address in a sliding window: longer waits past the free ones, then refused for a while', () => {
    let now = 0;
    const limit = createAddressLimit({ maxFailures: 4, windowMs: 60_000, lockMs: 120_000, freeFailures: 2, maxDelayMs: 1_000 }, () => now);
    expect([1, 2, 3].map(() => limit.failed('::ffff:192.168.1.23', 300))).toEqual([300, 300, 600]);
    expect(limit.check('192.168.1.23').ok).toBe(true);
    expect(limit.check('192.168.1.24').ok).toBe(true);
    now += 61_000; // the first three fall out of the window
    expect(limit.failed('192.168.1.23', 300)).toBe(300);
    [1, 2, 3].forEach(() => limit.failed('192.168.1.23', 300));
    expect(limit.check('192.168.1.23')).toMatchObject({
      ok: false,
      error: { code: 'LOCKED_OUT', message: expect.stringMatching(/chờ 2 phút/) },
    });
    expect(limit.check('::FFFF:192.168.1.23').ok).toBe(false);
    expect(limit.check('192.168.1.24').ok).toBe(true);
    now += 120_001;
    expect(limit.check('192.168.1.23').ok).toBe(true);
    const slow = createAddressLimit({ maxFailures: 100, windowMs: 60_000, lockMs: 1, freeFailures: 0, maxDelayMs: 1_000 }, () => now);
    expect([1, 2, 3, 4].map(() => slow.failed('fe80::1', 300))).toEqual([600, 1_000, 1_000, 1_000]);
  });

  it('reads --listen as host and port (IPv6 in brackets)', () => {
    expect(parseListen('0.0.0.0:8443')).toEqual({ host: '0.0.0.0', port: 8443 });
    expect(parseListen('[::]:0')).toEqual({ host: '::', port: 0 });
    expect(parseListen('may-chu:8443')).toEqual({ host: 'may-chu', port: 8443 });
    for (const bad of ['8443', '0.0.0.0', '0.0.0.0:70000', ':8443', 'a:b']) expect(parseListen(bad), bad).toBeNull();
  });

  it('answers only to its own names (Host) and origins, as browser mode does', () => {
    const hosts = allowedHosts('192.168.1.10', 8443, ['vanphong.lan']);
    expect(isAllowedHost('192.168.1.10:8443', hosts)).toBe(true);
    expect(isAllowedHost('VanPhong.lan:8443', hosts)).toBe(true);
    expect(isAllowedHost('192.168.1.10:8444', hosts)).toBe(false);
    expect(isAllowedHost('evil.example:8443', hosts)).toBe(false);
    expect(isAllowedHost(undefined, hosts)).toBe(false);
    expect(allowedHosts('127.0.0.1', 9000)).toEqual(expect.arrayContaining(['127.0.0.1:9000', 'localhost:9000']));
    expect(allowedHosts('0.0.0.0', 9000)).toEqual(expect.arrayContaining(['127.0.0.1:9000', 'localhost:9000']));
    const origins = hosts.map((h) => `https://${h}`);
    expect(isAllowedOrigin(undefined, origins)).toBe(true);
    expect(isAllowedOrigin('https://192.168.1.10:8443', origins)).toBe(true);
    expect(isAllowedOrigin('http://192.168.1.10:8443', origins)).toBe(false);
    expect(isOwnHost('localhost:5000', 5000)).toBe(true);
  });
});
