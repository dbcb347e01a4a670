import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../electron/store/connection.ts';
import { migrations, LATEST_VERSION, type Migration } from '../../../electron/store/migrations/index.ts';
import { getOrganization, saveOrganization } from '../../../electron/store/organizations.ts';
import { ducTrongOrg, must } from './kit.ts';

const work = mkdtempSync(join(tmpdir(), 'soan-nq-store-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;
const freshPath = () => join(work, `db-${(n += 1)}.sqlite`);
const at = () => new Date('2025-12-01T08:30:00.000Z');

/** A second version used only by these tests: adds a table, or fails halfway. */
const addNotes: Migration = {
  version: LATEST_VERSION + 1,
  name: 'notes',
  up: (db) => db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT'),
};
const failing: Migration = {
  version: LATEST_VERSION + 1,
  name: 'broken',
  up: (db) => {
    db.exec('CREATE TABLE half (id INTEGER PRIMARY KEY) STRICT');
    db.exec('INSERT INTO no_such_table VALUES (1)');
  },
};

function createV1(path: string): void {
  const store = must(openStore(path, { now: at }));
  must(saveOrganization(store.db, ducTrongOrg));
  must(store.close());
}

describe('openStore', () => {
  it('opens a file with WAL, foreign keys, a 5 s busy timeout and synchronous NORMAL', () => {
    const store = must(openStore(freshPath()));
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(store.db.pragma('synchronous', { simple: true })).toBe(1);
    expect(store.migration).toEqual({ from: 0, to: LATEST_VERSION, backupPath: null });
    must(store.close());
  });

  it('keeps data across close and reopen, and reopening migrates nothing', () => {
    const path = freshPath();
    createV1(path);
    const store = must(openStore(path));
    expect(store.migration).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION, backupPath: null });
    expect(must(getOrganization(store.db, 'HU-DUC-TRONG')).name).toBe('HUYỆN ỦY ĐỨC TRỌNG');
    must(store.close());
    expect(readdirSync(work).filter((f) => f.includes('.bak-'))).toEqual([]);
  });

  it('backs the file up to <file>.bak-v<old>-<time> before migrating, then migrates', () => {
    const path = freshPath();
    createV1(path);
    const store = must(openStore(path, { now: at, migrations: [...migrations, addNotes] }));
    const backup = `${path}.bak-v${LATEST_VERSION}-20251201T083000Z`;
    expect(store.migration).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION + 1, backupPath: backup });
    expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 1);
    must(store.close());
    const copy = new Database(backup, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(copy.prepare('SELECT name FROM organizations').pluck().all()).toEqual(['HUYỆN ỦY ĐỨC TRỌNG']);
    copy.close();
  });

  it('puts the backup in backupDir when given, without overwriting an older one', () => {
    const dir = join(work, 'backups');
    mkdirSync(dir);
    const path = freshPath();
    createV1(path);
    const name = `${basename(path)}.bak-v${LATEST_VERSION}-20251201T083000Z`;
    writeFileSync(join(dir, name), 'older copy');
    const store = must(openStore(path, { now: at, backupDir: dir, migrations: [...migrations, addNotes] }));
    expect(store.migration.backupPath).toBe(join(dir, `${name}-2`));
    must(store.close());
  });

  it('rolls a failing step back: the file stays at its old version and the backup is named', () => {
    const path = freshPath();
    createV1(path);
    const r = openStore(path, { now: at, migrations: [...migrations, failing] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toContain(`Tệp vẫn ở phiên bản ${LATEST_VERSION}`);
    expect(r.error.message).toContain('.bak-v');
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuses a database written by a newer version and leaves it untouched', () => {
    const path = freshPath();
    createV1(path);
    const raw = new Database(path);
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.close();
    const r = openStore(path);
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!r.ok) expect(r.error.message).toContain('phiên bản mới hơn của ứng dụng');
    const check = new Database(path, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 5);
    check.close();
  });

  it("refuses another program's SQLite file and a file that is not a database", () => {
    const other = freshPath();
    const raw = new Database(other);
    raw.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY)');
    raw.close();
    const r = openStore(other);
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!r.ok) expect(r.error.message).toContain('chương trình khác');

    const text = freshPath();
    writeFileSync(text, 'Nghị quyết năm 2022 — đây là tệp văn bản, không phải cơ sở dữ liệu. '.repeat(20));
    expect(openStore(text)).toMatchObject({ ok: false, error: { code: 'READ_FAILED' } });
  });

  it('says clearly when the folder does not exist or the path is a folder', () => {
    expect(openStore(join(work, 'missing', 'x.sqlite'))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const r = openStore(work);
    expect(r).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
    if (!r.ok) expect(r.error.message).toContain('Không mở được tệp dữ liệu');
  });

  it('opens read-only without migrating, and refuses when a migration would be needed', () => {
    const path = freshPath();
    createV1(path);
    const ro = must(openStore(path, { readonly: true }));
    expect(must(getOrganization(ro.db, 'HU-DUC-TRONG')).place).toBe('Đức Trọng');
    must(ro.close());
    const r = openStore(path, { readonly: true, migrations: [...migrations, addNotes] });
    expect(r).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
    expect(existsSync(path)).toBe(true);
  });
});
