import { spawn, type ChildProcess } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot, runCli } from '../support/cli.ts';
import { ask, removeDir } from './serverKit.ts';
import type { Result } from '../../electron/contract/result.ts';

/**
 * `soan-nq serve` and `soan-nq account …` as real processes: the first account, the printed address
 * and fingerprint, a server killed (SIGKILL) in the middle of saves and started again, and a clean stop.
 */
const dir = mkdtempSync(join(tmpdir(), 'soan-nq-serve-'));
const db = join(dir, 'van-phong.sqlite');
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  removeDir(dir);
});

type Running = { child: ChildProcess; port: number; fingerprint: string; certificate: string; output: () => string };

function serve(): Promise<Running> {
  const child = spawn(process.execPath, [join(projectRoot, 'electron/cli/soan-nq.ts'), 'serve', '--listen', '127.0.0.1:0', '--db', db], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr?.on('data', (c: Buffer) => (out += c.toString('utf8')));
  return new Promise((ready, failed) => {
    const timer = setTimeout(() => failed(new Error(`Máy chủ không khởi động: ${out}`)), 30_000);
    child.once('exit', () => failed(new Error(`Máy chủ đã thoát: ${out}`)));
    const look = () => {
      const url = /https:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      const print = /Dấu vân tay chứng chỉ \(SHA-256\): ([0-9A-F:]+)/.exec(out);
      if (!url?.[1] || !print?.[1]) return;
      clearTimeout(timer);
      child.stdout?.off('data', look);
      const certificate = readFileSync(join(`${db}.server`, 'chung-chi.pem'), 'utf8');
      ready({ child, port: Number(url[1]), fingerprint: print[1], certificate, output: () => out });
    };
    child.stdout?.on('data', look);
  });
}

const tokenOf = (r: Result<unknown>) => (r.ok ? (r.value as { token: string }).token : '');

describe('soan-nq serve and soan-nq account', () => {
  it('refuses to serve a database with no account, saying to add a quản trị first; a short password is refused', async () => {
    expect((await runCli(['db', 'seed-demo', '--db', db], { cwd: dir })).code).toBe(0);
    const none = await runCli(['serve', '--listen', '127.0.0.1:0', '--db', db], { cwd: dir, input: '' });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/account add --name "<họ tên>" --role quan-tri/);
    const short = await runCli(['account', 'add', '--name', 'Trần Văn Quản', '--role', 'quan-tri', '--db', db], {
      cwd: dir,
      input: 'ngan\n',
    });
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/ít nhất 8 ký tự/);
    const admin = await runCli(['account', 'add', '--name', 'Trần Văn Quản', '--role', 'quan-tri', '--db', db], {
      cwd: dir,
      input: 'quan-tri-2026\n',
    });
    expect(admin.stdout).toMatch(/Đã tạo tài khoản đăng nhập cho Trần Văn Quản \(quản trị\)/);
    const args = ['account', 'add', '--name', 'Lê Thị Chuyên', '--role', 'chuyen-vien', '--db', db];
    const refused = await runCli(args, { cwd: dir, input: 'chuyen-vien-2026\n' });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/không có trong danh sách người dùng/);
    expect((await runCli([...args, '--as', 'Trần Văn Quản'], { cwd: dir, input: 'chuyen-vien-2026\n' })).code).toBe(0);
    const list = await runCli(['account', 'list', '--db', db], { cwd: dir });
    expect(list.stdout).toMatch(/Lê Thị Chuyên — chuyên viên — đang dùng/);
    expect(list.stdout).not.toMatch(/scrypt/);
  }, 180_000);

  it('prints its https address and the SHA-256 fingerprint of its certificate; a kill mid-save loses no committed save', async () => {
    const first = await serve();
    expect(first.fingerprint).toBe(new X509Certificate(first.certificate).fingerprint256);
    const login = await ask(first, 'POST', '/auth/login', { body: { name: 'Lê Thị Chuyên', password: 'chuyen-vien-2026' } });
    const token = tokenOf(login.body);
    const wrong = await ask(first, 'POST', '/auth/login', { body: { name: 'Lê Thị Chuyên', password: 'sai-mat-khau' } });
    expect(wrong.status).toBe(401);
    const org = await ask(first, 'POST', '/api/listOrganizations', { token, body: {} });
    expect(org.body.ok).toBe(true);
    const draft = await ask(first, 'POST', '/api/createNextYear', { token, body: { orgId: 'DU-HIEP-THANH', year: 2027 } });
    expect(draft.body.ok, JSON.stringify(draft.body)).toBe(true);
    type Stored = { id: number; version: number; content: { title: { summary: string } } };
    let current = (draft.body as { ok: true; value: Stored }).value;
    const acknowledged: { version: number; summary: string }[] = [];
    let inFlight = '';
    const saving = (async () => {
      for (let i = 1; i < 1000; i += 1) {
        inFlight = `lần lưu ${i}`;
        const saved = await ask(first, 'POST', '/api/saveDocument', {
          token,
          body: {
            id: current.id,
            expectedVersion: current.version,
            content: { ...current.content, title: { ...current.content.title, summary: inFlight } },
          },
        }).catch(() => null);
        if (saved === null || !saved.body.ok) return;
        current = saved.body.value as Stored;
        acknowledged.push({ version: current.version, summary: current.content.title.summary });
      }
    })();
    while (acknowledged.length < 8) await new Promise((r) => setTimeout(r, 20));
    first.child.kill('SIGKILL');
    await saving;
    const last = acknowledged.at(-1);
    expect(last).toBeDefined();

    const again = await serve();
    expect(again.fingerprint).toBe(first.fingerprint);
    const token2 = tokenOf(
      (await ask(again, 'POST', '/auth/login', { body: { name: 'Lê Thị Chuyên', password: 'chuyen-vien-2026' } })).body,
    );
    const stored = await ask(again, 'POST', '/api/getDocument', { token: token2, body: { id: current.id } });
    const doc = (stored.body as { ok: true; value: Stored }).value;
    expect(doc.version).toBeGreaterThanOrEqual(last?.version ?? Infinity);
    expect([last?.summary, inFlight]).toContain(doc.content.title.summary);

    again.child.kill('SIGTERM');
    const code = await new Promise<number | null>((done) => again.child.once('exit', (c) => done(c)));
    expect(code).toBe(0);
    expect(again.output()).toMatch(/Máy chủ đã dừng/);
    const refusals = await runCli(['account', 'refusals', '--db', db, '--as', 'Trần Văn Quản'], { cwd: dir });
    expect(refusals.code).toBe(0);
    expect(refusals.stdout).toMatch(
      /\d\d\/\d\d\/\d{4} \d\d:\d\d {2}Lê Thị Chuyên — dang-nhap — UNAUTHENTICATED: Sai họ tên hoặc mật khẩu.* \(từ 127\.0\.0\.1\)/,
    );
    const check = new Database(db, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
  }, 180_000);
});
