import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../electron/store/audit.ts';
import type { Db } from '../../../electron/store/db.ts';
import { getDocument, lastNumberInTerm, latestDocument, listDocuments } from '../../../electron/store/documents.ts';
import { checkContent, saveDocument, setDocumentStatus } from '../../../electron/services/documentSave.ts';
import { getVersion, listVersions } from '../../../electron/store/versions.ts';
import { draft, fixture, must, seededStore } from './kit.ts';

const who = 'Chuyên viên Văn phòng';
const count = (db: Db, table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

describe('saving documents', () => {
  it('creates a document with its first version and audit row, and reads it back through zod', () => {
    const { db } = seededStore();
    const saved = must(saveDocument(db, { orgId: 'HU-DUC-TRONG', content: draft(2023), who, why: 'Tạo dự thảo lần 1' }));
    expect(saved).toMatchObject({
      orgId: 'HU-DUC-TRONG',
      docType: 'NQ',
      planYear: 2023,
      status: 'du-thao',
      profileId: 'hd36-2018',
      numberSeq: null,
      issuedOn: null,
      title: 'NGHỊ QUYẾT',
      summary: 'Về phát triển kinh tế - xã hội năm 2023',
      version: 1,
      createdAt: '2025-12-01T08:00:02.000Z',
    });
    expect(must(getDocument(db, saved.id)).content).toEqual(draft(2023));
    expect(must(listVersions(db, saved.id))).toEqual([
      { documentId: saved.id, version: 1, status: 'du-thao', createdBy: who, createdAt: saved.createdAt, reason: 'Tạo dự thảo lần 1' },
    ]);
    expect(must(listAudit(db, { documentId: saved.id }))).toMatchObject([
      {
        orgId: 'HU-DUC-TRONG',
        documentId: saved.id,
        action: 'tao',
        who,
        at: saved.createdAt,
        detail: { reason: 'Tạo dự thảo lần 1', version: 1 },
      },
    ]);
  });

  it('stores both real resolutions unchanged', () => {
    const { db } = seededStore();
    for (const [org, name] of [
      ['HU-DUC-TRONG', 'duc-trong-2022-nq04-hu'],
      ['HU-NHON-TRACH', 'nhon-trach-2024-nq09-hu'],
    ] as const) {
      const doc = fixture(name);
      const saved = must(
        saveDocument(db, { orgId: org, content: doc, status: 'ban-hanh', who: 'Văn thư', why: 'Nhập văn bản đã ban hành' }),
      );
      expect(must(getDocument(db, saved.id)).content).toEqual(doc);
      expect(saved.numberSeq).toBe(doc.header.number.seq);
      expect(saved.issuedOn).toBe(doc.header.date);
    }
  });

  it('appends a version and an audit row on every change, and keeps old versions as they were', () => {
    const { db } = seededStore();
    const v1 = must(saveDocument(db, { orgId: 'HU-DUC-TRONG', content: draft(2023), who, why: 'Dự thảo lần 1' }));
    const changed = draft(2023, (d) => {
      d.marks = { draftRound: 2 };
      d.title.summary = 'Về phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2023';
    });
    const v2 = must(saveDocument(db, { id: v1.id, content: changed, who: 'Chánh Văn phòng', why: 'Sửa theo góp ý', expectedVersion: 1 }));
    expect(v2.version).toBe(2);
    expect(v2.summary).toBe('Về phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2023');
    expect(must(getVersion(db, v1.id, 1)).content.marks.draftRound).toBe(1);
    expect(must(getVersion(db, v1.id, 2)).content.marks.draftRound).toBe(2);
    expect(must(listAudit(db, { documentId: v1.id })).map((a) => [a.action, a.who, a.detail.version])).toEqual([
      ['tao', who, 1],
      ['sua', 'Chánh Văn phòng', 2],
    ]);
    expect(() => db.prepare("UPDATE document_versions SET reason = 'x'").run()).toThrow(/không được sửa/);
  });

  it('writes nothing when the content and status are unchanged', () => {
    const { db } = seededStore();
    const v1 = must(saveDocument(db, { orgId: 'HU-DUC-TRONG', content: draft(2023), who, why: 'Dự thảo lần 1' }));
    const again = must(saveDocument(db, { id: v1.id, content: draft(2023), who, why: 'Tự động lưu' }));
    expect(again.version).toBe(1);
    expect([count(db, 'document_versions'), count(db, 'audit_log')]).toEqual([1, 1]);
  });

  it('refuses invalid content where it comes in, an unknown organization and an unsigned save, and nothing at all is written', () => {
    const { db } = seededStore();
    const bad = { ...draft(2023), header: { ...draft(2023).header, issuingBody: '' } };
    const r = checkContent(bad);
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!r.ok) expect(r.error.details?.join('\n')).toContain('Thiếu tên cơ quan ban hành');
    expect(saveDocument(db, { orgId: 'HU-KHONG-CO', content: draft(2023), who, why: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(saveDocument(db, { orgId: 'HU-DUC-TRONG', content: draft(2023), who: ' ', why: 'x' })).toMatchObject({ ok: false });
    expect([count(db, 'documents'), count(db, 'document_versions'), count(db, 'audit_log'), count(db, 'targets')]).toEqual([0, 0, 0, 0]);
  });

  it('writes the document, its version and its audit row in one transaction: if one fails, none is written', () => {
    const { db } = seededStore();
    const v1 = must(saveDocument(db, { orgId: 'HU-DUC-TRONG', content: draft(2023), who, why: 'Dự thảo lần 1' }));
    db.exec(`CREATE TEMP TRIGGER audit_fails BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit hỏng'); END`);
    const r = saveDocument(db, {
      id: v1.id,
      content: draft(2023, (d) => {
        d.marks = { draftRound: 2 };
      }),
      who,
      why: 'Lần 2',
    });
    expect(r).toMatchObject({ ok: false });
    expect(must(getDocument(db, v1.id))).toMatchObject({ version: 1, content: { marks: { draftRound: 1 } } });
    expect([count(db, 'document_versions'), count(db, 'audit_log')]).toEqual([1, 1]);
    expect(db.prepare('SELECT count(*) FROM targets WHERE document_id = ?').pluck().get(v1.id)).toBe(4);
  });

  it('can be part of a larger transaction of the caller, and rolls back with it', () => {
    const { db } = seededStore();
    expect(() =>
      db.transaction(() => {
        must(saveDocument(db, { orgId: 'HU-DUC-TRONG', content: draft(2023), who, why: 'x' }));
        throw new Error('bước sau thất bại');
      })(),
    ).toThrow('bước sau thất bại');
    expect([count(db, 'documents'), count(db, 'document_versions'), count(db, 'audit_log'), count(db, 'document_search')]).toEqual([
      0, 0, 0, 0,
    ]);
  });

  it('refuses a save based on an older version (someone else saved meanwhile)', () => {
    const { db } = seededStore();
    const v1 = must(saveDocument(db, { orgId: 'HU-DUC-TRONG', content: draft(2023), who, why: 'Dự thảo lần 1' }));
    must(
      saveDocument(db, {
        id: v1.id,
        content: draft(2023, (d) => {
          d.marks = { draftRound: 2 };
        }),
        who,
        why: 'Lần 2',
        expectedVersion: 1,
      }),
    );
    const r = saveDocument(db, {
      id: v1.id,
      content: draft(2023, (d) => {
        d.marks = { draftRound: 3 };
      }),
      who,
      why: 'Lần 3',
      expectedVersion: 1,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!r.ok) expect(r.error.message).toContain('đã được lưu ở nơi khác');
    expect(must(getDocument(db, v1.id)).content.marks.draftRound).toBe(2);
  });

  it('rejects JSON changed outside the app when reading', () => {
    const { db } = seededStore();
    const v1 = must(saveDocument(db, { orgId: 'HU-DUC-TRONG', content: draft(2023), who, why: 'x' }));
    db.prepare(`UPDATE documents SET content = json_set(content, '$.planYear', 'năm nay') WHERE id = ?`).run(v1.id);
    const r = getDocument(db, v1.id);
    expect(r).toMatchObject({ ok: false, error: { code: 'READ_FAILED' } });
    if (!r.ok) expect(r.error.details?.join('\n')).toContain('planYear');
    expect(getDocument(db, 999)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('status of documents', () => {
  it('follows the workflow, with a version and an audit row for every change', () => {
    const { db } = seededStore();
    const { id } = must(saveDocument(db, { orgId: 'HU-DUC-TRONG', content: draft(2023), who, why: 'Dự thảo lần 1' }));
    must(setDocumentStatus(db, { id, status: 'trinh-duyet', who, why: 'Trình Chánh Văn phòng' }));
    must(setDocumentStatus(db, { id, status: 'tra-lai', who: 'Chánh Văn phòng', why: 'Sửa phần chỉ tiêu' }));
    must(setDocumentStatus(db, { id, status: 'trinh-duyet', who, why: 'Trình lại' }));
    must(setDocumentStatus(db, { id, status: 'da-duyet', who: 'Chánh Văn phòng', why: 'Duyệt' }));
    const issuedContent = draft(2023, (d) => {
      d.header.number.seq = 12;
      d.header.date = '2022-12-15';
      d.marks = { draftRound: null };
    });
    // Issuing gives the number from the register (services/register.ts issueDocument), never a save.
    const bypass = saveDocument(db, { id, content: issuedContent, status: 'ban-hanh', who: 'Văn thư', why: 'Cho số, ban hành' });
    expect(bypass).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(must(listVersions(db, id)).map((v) => v.status)).toEqual(['du-thao', 'trinh-duyet', 'tra-lai', 'trinh-duyet', 'da-duyet']);
    const audit = must(listAudit(db, { documentId: id }));
    expect(audit.map((a) => a.action)).toEqual(['tao', 'trang-thai', 'trang-thai', 'trang-thai', 'trang-thai']);
    expect(audit[4]?.detail).toEqual({
      reason: 'Duyệt',
      version: 5,
      fromStatus: 'trinh-duyet',
      toStatus: 'da-duyet',
      contentChanged: false,
    });
  });

  it('refuses steps outside the workflow and any change to an issued document', () => {
    const { db } = seededStore();
    const { id } = must(saveDocument(db, { orgId: 'HU-DUC-TRONG', content: draft(2023), who, why: 'x' }));
    const skip = setDocumentStatus(db, { id, status: 'ban-hanh', who, why: 'Ban hành luôn' });
    expect(skip).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Không chuyển được văn bản từ "Dự thảo" sang "Ban hành".' },
    });
    const old = must(
      saveDocument(db, { orgId: 'HU-DUC-TRONG', content: fixture('duc-trong-2022-nq04-hu'), status: 'ban-hanh', who, why: 'Nhập' }),
    );
    const edit = saveDocument(db, { id: old.id, content: { ...old.content, planYear: 2023 }, who, why: 'Sửa' });
    expect(edit).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(setDocumentStatus(db, { id: old.id, status: 'du-thao', who, why: 'Mở lại' })).toMatchObject({ ok: false });
    expect(must(getDocument(db, old.id)).version).toBe(1);
  });
});

describe('finding documents', () => {
  it('lists by organization, year and status, and picks the issued document of a year before drafts', () => {
    const { db } = seededStore();
    const a = must(saveDocument(db, { orgId: 'HU-DUC-TRONG', content: draft(2023), who, why: 'x' }));
    const issued = must(
      saveDocument(db, { orgId: 'HU-DUC-TRONG', content: fixture('duc-trong-2022-nq04-hu'), status: 'ban-hanh', who, why: 'x' }),
    );
    const later = must(saveDocument(db, { orgId: 'HU-DUC-TRONG', content: draft(2022), who, why: 'Bản làm lại, chưa ban hành' }));
    const other = must(
      saveDocument(db, { orgId: 'HU-NHON-TRACH', content: fixture('nhon-trach-2024-nq09-hu'), status: 'ban-hanh', who, why: 'x' }),
    );
    expect(must(listDocuments(db)).map((d) => d.id)).toEqual([other.id, a.id, later.id, issued.id]);
    expect(must(listDocuments(db, { orgId: 'HU-DUC-TRONG', planYear: 2022 })).map((d) => d.id)).toEqual([later.id, issued.id]);
    expect(must(listDocuments(db, { orgId: 'HU-DUC-TRONG', status: 'ban-hanh' })).map((d) => d.id)).toEqual([issued.id]);
    expect(must(latestDocument(db, 'HU-DUC-TRONG', 2022))?.id).toBe(issued.id);
    expect(must(latestDocument(db, 'HU-DUC-TRONG', 2023))?.id).toBe(a.id);
    expect(must(latestDocument(db, 'HU-DUC-TRONG', 2023, { issuedOnly: true }))).toBeNull();
    expect(must(latestDocument(db, 'HU-DUC-TRONG', 2030))).toBeNull();
  });

  it('gives the last number issued within a term, per document type', () => {
    const { db } = seededStore();
    const term = { orgId: 'HU-DUC-TRONG', docType: 'NQ', termStart: '2020-07-15', termEnd: null };
    expect(must(lastNumberInTerm(db, term))).toBe(0);
    must(saveDocument(db, { orgId: 'HU-DUC-TRONG', content: fixture('duc-trong-2022-nq04-hu'), status: 'ban-hanh', who, why: 'x' }));
    const old = draft(2020, (d) => {
      d.header.number.seq = 9;
      d.header.date = '2019-12-20';
      d.marks = { draftRound: null };
    });
    must(saveDocument(db, { orgId: 'HU-DUC-TRONG', content: old, status: 'ban-hanh', who, why: 'Nhiệm kỳ trước' }));
    must(saveDocument(db, { orgId: 'HU-DUC-TRONG', content: draft(2023), who, why: 'Dự thảo, chưa có số' }));
    expect(must(lastNumberInTerm(db, term))).toBe(4);
    expect(must(lastNumberInTerm(db, { ...term, termStart: '2015-07-20', termEnd: '2020-07-15' }))).toBe(9);
    expect(must(lastNumberInTerm(db, { ...term, docType: 'QĐ' }))).toBe(0);
  });
});
