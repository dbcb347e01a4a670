import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../../electron/store/audit.ts';
import { deleteDocument, restoreDocument } from '../../../electron/services/bin.ts';
import { listBin } from '../../../electron/store/bin.ts';
import { openStore } from '../../../electron/store/connection.ts';
import { getDocument, latestDocument, listDocuments } from '../../../electron/store/documents.ts';
import { saveDocument } from '../../../electron/services/documentSave.ts';
import { migrations } from '../../../electron/store/migrations/index.ts';
import { saveOrganization } from '../../../electron/store/organizations.ts';
import { searchDocuments } from '../../../electron/store/search.ts';
import { draft, ducTrongOrg, fixture, must, seededStore } from './kit.ts';

const work = mkdtempSync(join(tmpdir(), 'soan-nq-bin-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the bin', () => {
  it('hides a deleted draft from lists, search and the year, records who and when, and restores it', () => {
    const store = seededStore();
    const doc = must(saveDocument(store.db, { orgId: 'HU-DUC-TRONG', content: draft(2023), who: 'Thư ký', why: 'Tạo' }));
    expect(must(deleteDocument(store.db, { id: doc.id, who: 'Thư ký' }))).toEqual({ id: doc.id });
    expect(must(listDocuments(store.db))).toEqual([]);
    expect(must(searchDocuments(store.db, 'nong thon moi'))).toEqual([]);
    expect(must(latestDocument(store.db, 'HU-DUC-TRONG', 2023))).toBeNull();
    const got = getDocument(store.db, doc.id);
    expect(!got.ok && got.error).toMatchObject({ code: 'NOT_FOUND' });
    expect(must(listBin(store.db))).toEqual([{ id: doc.id, orgId: 'HU-DUC-TRONG', deletedAt: expect.any(String), deletedBy: 'Thư ký' }]);
    // Deleting twice changes nothing and writes no second audit row.
    must(deleteDocument(store.db, { id: doc.id, who: 'Thư ký' }));

    const back = must(restoreDocument(store.db, { id: doc.id, who: 'Chánh Văn phòng' }));
    expect(back.version).toBe(doc.version);
    expect(must(listDocuments(store.db)).map((d) => d.id)).toEqual([doc.id]);
    expect(must(searchDocuments(store.db, 'nong thon moi')).map((h) => h.document.id)).toEqual([doc.id]);
    expect(must(listBin(store.db))).toEqual([]);
    const audit = must(listAudit(store.db, { documentId: doc.id }));
    expect(audit.map((a) => [a.action, a.who])).toEqual([
      ['tao', 'Thư ký'],
      ['xoa', 'Thư ký'],
      ['khoi-phuc', 'Chánh Văn phòng'],
    ]);
    store.close();
  });

  it('refuses to delete an issued document or a missing one', () => {
    const store = seededStore();
    const issued = must(
      saveDocument(store.db, {
        orgId: 'HU-DUC-TRONG',
        content: fixture('duc-trong-2022-nq04-hu'),
        status: 'ban-hanh',
        who: 'Văn thư',
        why: 'Nhập',
      }),
    );
    const refused = deleteDocument(store.db, { id: issued.id, who: 'Thư ký' });
    expect(!refused.ok && refused.error.message).toMatch(/đã ban hành/);
    const missing = deleteDocument(store.db, { id: 999, who: 'Thư ký' });
    expect(!missing.ok && missing.error.code).toBe('NOT_FOUND');
    const noWho = deleteDocument(store.db, { id: issued.id, who: ' ' });
    expect(!noWho.ok && noWho.error.code).toBe('INVALID_INPUT');
    store.close();
  });
});

describe('migration 2 (the bin)', () => {
  it('takes a version-1 database to version 2, keeping its documents, after a backup', () => {
    const path = join(work, 'v1.sqlite');
    const v1 = must(openStore(path, { migrations: migrations.slice(0, 1), now: () => new Date('2025-12-01T08:30:00.000Z') }));
    must(saveOrganization(v1.db, ducTrongOrg));
    const content = JSON.stringify(fixture('duc-trong-2022-nq04-hu'));
    v1.db
      .prepare(
        `INSERT INTO documents (org_id, doc_type, plan_year, status, profile_id, number_seq, issued_on, title, summary, content, version, created_at, updated_at)
         VALUES ('HU-DUC-TRONG', 'NQ', 2022, 'ban-hanh', 'hd36-2018', 4, '2021-12-13', 'NGHỊ QUYẾT', 'về nhiệm vụ năm 2022', ?, 1, '2021-12-13T00:00:00Z', '2021-12-13T00:00:00Z')`,
      )
      .run(content);
    must(v1.close());

    const v2 = must(openStore(path, { migrations: migrations.slice(0, 2), now: () => new Date('2026-01-05T09:00:00.000Z') }));
    expect(v2.migration).toEqual({ from: 1, to: 2, backupPath: `${path}.bak-v1-20260105T090000Z` });
    expect(v2.db.pragma('user_version', { simple: true })).toBe(2);
    const rows = v2.db
      .prepare<[], { id: number; deleted_at: string | null; content: string }>('SELECT id, deleted_at, content FROM documents')
      .all();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.deleted_at).toBeNull();
    expect(rows[0]?.content).toBe(content);
    expect(must(listDocuments(v2.db)).map((d) => d.numberSeq)).toEqual([4]);
    must(v2.close());

    const backup = `${path}.bak-v1-20260105T090000Z`;
    expect(existsSync(backup)).toBe(true);
    const copy = new Database(backup, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(1);
    copy.close();
  });

  it('keeps deleted_at and deleted_by together', () => {
    const store = seededStore();
    const doc = must(saveDocument(store.db, { orgId: 'HU-DUC-TRONG', content: draft(2023), who: 'Thư ký', why: 'Tạo' }));
    expect(() => store.db.prepare('UPDATE documents SET deleted_at = ? WHERE id = ?').run('2026-01-01T00:00:00Z', doc.id)).toThrow(/CHECK/);
    store.close();
  });
});
