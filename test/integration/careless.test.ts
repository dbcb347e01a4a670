import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../electron/store/connection.ts';
import { migrations, LATEST_VERSION, type Migration } from '../../electron/store/migrations/index.ts';
import { runCli } from '../support/cli.ts';

/** Careless mistakes the probe made: an empty database file, -o naming the database, a foreign file, a failed migration. */
const work = mkdtempSync(join(tmpdir(), 'soan-nq-careless-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const run = (...args: string[]) => runCli(args, { cwd: work });
const demo = join(work, 'demo.sqlite');

beforeAll(async () => {
  expect((await run('db', 'seed-demo', '--db', demo)).code).toBe(0);
});

describe('an existing database file', () => {
  it('that is empty (0 bytes) is refused with what to do, and neither migrated nor filled with the demo', async () => {
    const empty = join(work, 'empty.sqlite');
    writeFileSync(empty, '');
    const r = await run('db', 'seed-demo', '--db', empty);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('rỗng (0 byte)');
    expect(r.stderr).toContain('bản sao lưu');
    expect(statSync(empty).size).toBe(0);
    expect(existsSync(`${empty}-wal`)).toBe(false);
  });

  it('of another program is refused before anything changes (it stays in its own journal mode)', async () => {
    const foreign = join(work, 'foreign.sqlite');
    const raw = new Database(foreign);
    raw.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY)');
    raw.close();
    const before = readFileSync(foreign);
    const r = await run('search', 'nông thôn', '--db', foreign);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('chương trình khác');
    expect(readFileSync(foreign).equals(before)).toBe(true);
    const check = new Database(foreign, { readonly: true });
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
    check.close();
  });

  it('that is not SQLite at all is refused and left as it was', async () => {
    const text = join(work, 'notes.sqlite');
    writeFileSync(text, 'Ghi chú cuộc họp');
    const r = await run('search', 'x', '--db', text);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không phải tệp dữ liệu');
    expect(readFileSync(text, 'utf8')).toBe('Ghi chú cuộc họp');
  });
});

describe('a command that writes a file', () => {
  it('refuses the open database, its -wal and -shm, any SQLite file, and a wrong extension', async () => {
    const before = statSync(demo).size;
    for (const out of [demo, `${demo}-wal`, `${demo}-shm`]) {
      const r = await run('draft', 'next-year', '--org', 'HU-DUC-TRONG', '--year', '2023', '--db', demo, '-o', out);
      expect(r.code, out).toBe(2);
      expect(r.stderr, out).toMatch(/tệp dữ liệu|đuôi \.json/);
    }
    const other = join(work, 'other.sqlite');
    copyFileSync(demo, other);
    const r = await run('export', join(import.meta.dirname, '../fixtures/duc-trong-2022-nq04-hu.json'), '-o', other);
    expect(r.code).toBe(2);
    const wrong = await run(
      'draft',
      'next-year',
      '--org',
      'HU-DUC-TRONG',
      '--year',
      '2023',
      '--db',
      demo,
      '-o',
      join(work, 'du-thao.docx'),
    );
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('đuôi .json');
    expect(statSync(demo).size).toBe(before);
    const db = new Database(demo, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBeGreaterThan(0);
    db.close();
  });

  it('cleans up the temporary files a killed export left beside its target', async () => {
    const out = join(work, 'nq.docx');
    const stale = join(work, '.nq.docx.0123456789ab.tmp');
    writeFileSync(stale, 'nửa tệp');
    const old = new Date(Date.now() - 120_000);
    const { utimesSync } = await import('node:fs');
    utimesSync(stale, old, old);
    const r = await run('export', join(import.meta.dirname, '../fixtures/duc-trong-2022-nq04-hu.json'), '-o', out);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(work).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('a migration that fails', () => {
  const failing: Migration = {
    version: LATEST_VERSION + 1,
    name: 'broken',
    up: (db) => db.exec('INSERT INTO no_such_table VALUES (1)'),
  };

  it('does not make another full backup copy at each start', () => {
    const path = join(work, 'migrate.sqlite');
    copyFileSync(demo, path);
    let minute = 0;
    const now = () => new Date(Date.UTC(2026, 0, 5, 8, (minute += 1)));
    for (let i = 0; i < 3; i++) expect(openStore(path, { now, migrations: [...migrations, failing] }).ok).toBe(false);
    expect(readdirSync(work).filter((n) => n.startsWith('migrate.sqlite.bak-'))).toHaveLength(1);
  });
});

describe('a file to read that is empty (0 bytes)', () => {
  it('is refused with its name and what to do, by every command that reads one, not as a malformed request', async () => {
    const copyOut = join(work, 'ban-sao.docx');
    for (const [name, args] of [
      ['rong.pdf', ['import']],
      ['rong.docx', ['check']],
      ['rong-sao.docx', ['copy', '--kind', 'sao-luc', '--org', 'HU-DUC-TRONG', '--db', demo, '-o', copyOut, '--from']],
    ] as const) {
      const file = join(work, name);
      writeFileSync(file, '');
      const r = await run(...args, file);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(`Tệp "${file}" rỗng (0 byte)`);
      expect(r.stderr).not.toMatch(/base64|gửi lên/);
    }
    expect(existsSync(copyOut)).toBe(false);
  });
});
