import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/store/migrate.ts';
import { APPLICATION_ID, LATEST_VERSION, migrations } from '../../../electron/store/migrations/index.ts';
import { must } from './kit.ts';

const update = process.env.UPDATE_GOLDEN === '1';
const schemaFile = new URL('./schema.snapshot.sql', import.meta.url);
const checksumFile = new URL('./migrations.sha256', import.meta.url);
const migrationsDir = new URL('../../../electron/store/migrations/', import.meta.url);

/** Every schema object as SQLite stores it, in a stable order. */
function schemaText(db: Database.Database): string {
  const rows = db
    .prepare<[], { type: string; name: string; tbl_name: string; sql: string | null }>(
      'SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name',
    )
    .all();
  return `${rows.map((r) => `-- ${r.type} ${r.name} (${r.tbl_name})\n${r.sql ?? '-- tự tạo từ UNIQUE / PRIMARY KEY'};`).join('\n\n')}\n`;
}

describe('migrations', () => {
  it('are numbered 1, 2, … without gaps, with files named NNNN-*.ts', () => {
    expect(migrations.map((m) => m.version)).toEqual(Array.from({ length: LATEST_VERSION }, (_, i) => i + 1));
    const files = readdirSync(migrationsDir)
      .filter((f) => /^\d{4}-.+\.ts$/.test(f))
      .sort();
    expect(files.map((f) => Number(f.slice(0, 4)))).toEqual(migrations.map((m) => m.version));
  });

  it('take an empty database through every version, one transaction each, to the pinned schema', () => {
    const db = new Database(':memory:');
    expect(schemaVersion(db)).toBe(0);
    const seen: number[] = [];
    for (let v = 1; v <= LATEST_VERSION; v += 1) {
      const report = must(migrate(db, { migrations: migrations.slice(0, v), backup: () => ({ ok: true, value: 'unused' }) }));
      // A new database needs no backup; every later step is backed up first.
      expect(report).toEqual({ from: v - 1, to: v, backupPath: v === 1 ? null : 'unused' });
      seen.push(schemaVersion(db));
    }
    expect(seen).toEqual(Array.from({ length: LATEST_VERSION }, (_, i) => i + 1));
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const text = schemaText(db);
    if (update) writeFileSync(schemaFile, text);
    expect(existsSync(schemaFile), 'Chưa có ảnh chụp lược đồ: chạy lại với UPDATE_GOLDEN=1').toBe(true);
    expect(text).toBe(readFileSync(schemaFile, 'utf8'));
    expect(text).toContain('CREATE TABLE documents');
    expect(text).toContain('CREATE VIRTUAL TABLE document_search USING fts5');
    db.close();
  });

  it('run again on an up-to-date database change nothing', () => {
    const db = new Database(':memory:');
    must(migrate(db, { migrations, backup: () => ({ ok: true, value: 'unused' }) }));
    const before = schemaText(db);
    expect(must(migrate(db, { migrations, backup: () => ({ ok: true, value: 'unused' }) }))).toEqual({
      from: LATEST_VERSION,
      to: LATEST_VERSION,
      backupPath: null,
    });
    expect(schemaText(db)).toBe(before);
  });

  it('are never edited once landed (checksums of the migration files are pinned)', () => {
    const sums = readdirSync(migrationsDir)
      .filter((f) => /^\d{4}-.+\.ts$/.test(f))
      .sort()
      // Line endings normalized, so that a Windows checkout (CRLF) gives the same sums.
      .map(
        (f) =>
          `${createHash('sha256')
            .update(readFileSync(new URL(f, migrationsDir), 'utf8').replace(/\r\n/g, '\n'))
            .digest('hex')}  ${f}`,
      );
    const pinned = existsSync(checksumFile) ? readFileSync(checksumFile, 'utf8').trim().split('\n').filter(Boolean) : [];
    // A new migration's sum is appended on its first run; an existing one must not change (UPDATE_GOLDEN=1 rewrites all: only before it lands).
    if (!update) for (const line of pinned) expect(sums, `migration đã phát hành bị sửa: ${line}`).toContain(line);
    if (update || pinned.length < sums.length) writeFileSync(checksumFile, `${sums.join('\n')}\n`);
    expect(readFileSync(checksumFile, 'utf8').trim().split('\n')).toEqual(sums);
  });
});
