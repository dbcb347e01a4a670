import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { autoBackup, backupTo, listBackups, restoreFrom, setBackupKeep } from '../../electron/services/backup.ts';
import { openStore, type Store } from '../../electron/store/connection.ts';
import { saveOrganization } from '../../electron/store/organizations.ts';
import { draft, ducTrongOrg, must } from '../unit/store/kit.ts';
import { newDraft } from '../unit/workflow/kit.ts';

let dir: string;
let store: Store;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'soan-nq-backup-'));
  store = must(openStore(join(dir, 'data.sqlite')));
  must(saveOrganization(store.db, ducTrongOrg));
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('backups by SQLite online backup', () => {
  it('a backup taken while another connection keeps writing is intact and holds every document committed before it began', async () => {
    const writer = must(openStore(join(dir, 'data.sqlite')));
    for (let i = 0; i < 30; i += 1) newDraft(writer.db, draft(2026));
    const committed = store.db.prepare<[], number>('SELECT id FROM documents ORDER BY id').pluck().all();
    let written = 0;
    const timer = setInterval(() => {
      newDraft(writer.db, draft(2027));
      written += 1;
    }, 1);
    const target = join(dir, 'sao-luu.sqlite');
    try {
      await new Promise((r) => setTimeout(r, 20));
      must(await backupTo(store.db, target));
    } finally {
      clearInterval(timer);
      writer.close();
    }
    expect(written).toBeGreaterThan(0);
    const copy = new Database(target, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      const ids = copy.prepare<[], number>('SELECT id FROM documents ORDER BY id').pluck().all();
      expect(ids.slice(0, committed.length)).toEqual(committed);
      // Every document in the copy is whole: its content and its first version are there.
      const orphans = copy.prepare(
        'SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM document_versions v WHERE v.document_id = d.id)',
      );
      expect(orphans.pluck().get()).toBe(0);
    } finally {
      copy.close();
    }
  });

  it('keeps one automatic backup a day, as many as the setting says', async () => {
    setBackupKeep(store.db, 2);
    for (const day of ['2026-12-01', '2026-12-02', '2026-12-02', '2026-12-03']) await autoBackup(store, new Date(`${day}T09:00:00`));
    expect(readdirSync(join(dir, 'sao-luu')).sort()).toEqual(['tu-dong-2026-12-02.sqlite', 'tu-dong-2026-12-03.sqlite']);
    const listed = must(listBackups(store.path));
    expect(listed.map((b) => [b.automatic, b.organizations])).toEqual([
      [true, 1],
      [true, 1],
    ]);
  });

  it('restores a backup after keeping the current file aside; a stranger file is refused', async () => {
    const kept = newDraft(store.db, draft(2026)).id;
    const target = join(dir, 'truoc.sqlite');
    must(await backupTo(store.db, target));
    newDraft(store.db, draft(2027));
    expect(store.db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(2);
    const outcome = must(await restoreFrom(store, target));
    expect(store.db.prepare('SELECT id FROM documents').pluck().all()).toEqual([kept]);
    const aside = new Database(outcome.keptAside, { readonly: true });
    expect(aside.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(2);
    aside.close();
    const stranger = join(dir, 'la.sqlite');
    new Database(stranger).exec('CREATE TABLE x (y)');
    const refused = await restoreFrom(store, stranger);
    expect(refused.ok ? '' : refused.error.message).toContain('không phải bản sao lưu dữ liệu của Soạn Nghị quyết');
  });
});
