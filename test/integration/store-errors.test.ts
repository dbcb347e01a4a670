import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Resolution } from '../../electron/contract/model/index.ts';
import { listAudit } from '../../electron/store/audit.ts';
import { openStore } from '../../electron/store/connection.ts';
import { getDocument } from '../../electron/store/documents.ts';
import { saveDocument } from '../../electron/services/documentSave.ts';
import { saveOrganization } from '../../electron/store/organizations.ts';
import { upsertResults } from '../../electron/store/results.ts';
import { searchDocuments } from '../../electron/store/search.ts';
import { listVersions } from '../../electron/store/versions.ts';
import { draft, ducTrongOrg, must } from '../unit/store/kit.ts';

/**
 * Failures of the disk, on real files: a full disk (simulated with PRAGMA max_page_count) and a
 * read-only database. Each must give a clear Vietnamese message and leave the last good state.
 */
const work = mkdtempSync(join(tmpdir(), 'soan-nq-store-errors-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const who = 'Chuyên viên Văn phòng';

/** A draft whose body is `paragraphs` long paragraphs, so that saving it needs many new pages. */
function bigDraft(paragraphs: number): Resolution {
  const text = 'Tập trung lãnh đạo phát triển kinh tế - xã hội, xây dựng nông thôn mới nâng cao, giữ vững quốc phòng - an ninh. '.repeat(
    40,
  );
  return draft(2023, (d) => {
    d.body = Array.from({ length: paragraphs }, (_, i) => ({
      type: 'paragraph' as const,
      runs: [{ type: 'text' as const, text: `${i + 1}. ${text}` }],
    }));
  });
}

function createWithOneDocument(path: string): number {
  const store = must(openStore(path));
  must(saveOrganization(store.db, ducTrongOrg));
  const { id } = must(saveDocument(store.db, { orgId: 'HU-DUC-TRONG', content: draft(2023), who, why: 'Dự thảo lần 1' }));
  must(store.close());
  return id;
}

/** What must not change when a write fails. */
function lastGoodState(db: Parameters<typeof getDocument>[0], id: number) {
  const doc = must(getDocument(db, id));
  return {
    version: doc.version,
    summary: doc.summary,
    body: doc.content.body.length,
    versions: must(listVersions(db, id)).length,
    audit: must(listAudit(db, { documentId: id })).length,
    targets: db.prepare('SELECT count(*) FROM targets WHERE document_id = ?').pluck().get(id),
    found: must(searchDocuments(db, 'ben vung')).map((h) => h.document.id),
  };
}

describe('store on a full disk', () => {
  it('reports DISK_FULL in Vietnamese and keeps the document, its versions, audit, targets and index as they were', () => {
    const path = join(work, 'full.sqlite');
    const id = createWithOneDocument(path);
    const store = must(openStore(path));
    const before = lastGoodState(store.db, id);
    expect(before).toMatchObject({ version: 1, versions: 1, audit: 1, targets: 4, found: [id] });

    const pages = Number(store.db.pragma('page_count', { simple: true }));
    store.db.pragma(`max_page_count = ${pages + 2}`);
    const r = saveDocument(store.db, { id, content: bigDraft(200), who, why: 'Viết thêm' });
    expect(r).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    if (!r.ok) expect(r.error.message).toContain('Ổ đĩa đã đầy');
    const created = saveDocument(store.db, { orgId: 'HU-DUC-TRONG', content: bigDraft(200), who, why: 'Văn bản mới' });
    expect(created).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    expect(lastGoodState(store.db, id)).toEqual(before);
    expect(store.db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(1);

    // Space freed: the same connection saves again.
    store.db.pragma('max_page_count = 1073741823');
    expect(must(saveDocument(store.db, { id, content: bigDraft(200), who, why: 'Viết thêm' })).version).toBe(2);
    must(store.close());

    const reopened = must(openStore(path));
    expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(must(getDocument(reopened.db, id)).content.body).toHaveLength(200);
    must(reopened.close());
  });
});

describe('store on a read-only file', () => {
  it('reads, but every write gives READ_ONLY in Vietnamese and changes nothing', () => {
    const original = join(work, 'ro-source.sqlite');
    const id = createWithOneDocument(original);
    const copy = join(work, 'ro-copy.sqlite');
    copyFileSync(original, copy);

    const ro = must(openStore(copy, { readonly: true }));
    const before = lastGoodState(ro.db, id);
    const save = saveDocument(ro.db, { id, content: bigDraft(3), who, why: 'Sửa' });
    expect(save).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
    if (!save.ok) expect(save.error.message).toContain('chỉ đọc');
    expect(saveOrganization(ro.db, { ...ducTrongOrg, officeCode: 'VP' })).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
    expect(
      upsertResults(ro.db, {
        orgId: 'HU-DUC-TRONG',
        year: 2023,
        who,
        entries: [{ key: 'thu-ngan-sach', written: '800', source: 'nhap-tay' }],
      }),
    ).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
    expect(lastGoodState(ro.db, id)).toEqual(before);
    must(ro.close());

    const rw = must(openStore(copy));
    expect(lastGoodState(rw.db, id)).toEqual(before);
    expect(rw.db.prepare('SELECT count(*) FROM results').pluck().get()).toBe(0);
    must(rw.close());
  });
});
