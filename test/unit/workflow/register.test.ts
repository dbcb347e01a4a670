import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { issueDocument, listRegister, voidNumber } from '../../../electron/services/register.ts';
import { registerCsv, registerDocx } from '../../../electron/services/registerExport.ts';
import { saveDocument } from '../../../electron/services/documentSave.ts';
import { getDocument } from '../../../electron/store/documents.ts';
import { listAudit } from '../../../electron/store/audit.ts';
import { draft, fixture, must } from '../store/kit.ts';
import { approved, clerk, workflowStore } from './kit.ts';

const issue = (db: Parameters<typeof issueDocument>[0], date?: string, secret?: boolean) =>
  must(
    issueDocument(db, {
      id: approved(db).id,
      who: clerk,
      ...(date === undefined ? {} : { date }),
      ...(secret === undefined ? {} : { secret }),
    }),
  );

describe('issueDocument', () => {
  it('gives 01, 02 … with a leading zero, fixes the date, drops the draft mark and freezes the content', () => {
    const { db } = workflowStore();
    const doc = approved(db);
    const issued = must(issueDocument(db, { id: doc.id, who: clerk, date: '2025-12-10' }));
    expect(issued).toMatchObject({ status: 'ban-hanh', numberSeq: 1, issuedOn: '2025-12-10', version: doc.version + 1 });
    expect(issued.content.header.number).toEqual({ seq: 1, typeCode: 'NQ', issuerCode: 'HU' });
    expect(issued.content.header.date).toBe('2025-12-10');
    expect(issued.content.marks.draftRound).toBeNull();
    expect(issued.content.body).toEqual(doc.content.body);
    const audit = must(listAudit(db, { documentId: doc.id })).at(-1);
    expect(audit).toMatchObject({
      action: 'trang-thai',
      who: clerk,
      detail: { fromStatus: 'da-duyet', toStatus: 'ban-hanh', number: '01-NQ/HU' },
    });
    for (let i = 2; i <= 10; i++) issue(db, '2025-12-11');
    const symbols = must(listRegister(db, { orgId: 'HU-DUC-TRONG' })).entries.map((e) => e.symbol);
    expect(symbols.slice(0, 3)).toEqual(['01-NQ/HU', '02-NQ/HU', '03-NQ/HU']);
    expect(symbols.at(-2)).toBe('09-NQ/HU');
    expect(symbols.at(-1)).toBe('10-NQ/HU');
    const edit = saveDocument(db, { id: doc.id, content: { ...issued.content, planYear: 2027 }, who: clerk, why: 'Sửa' });
    expect(edit).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(issueDocument(db, { id: doc.id, who: clerk })).toMatchObject({ ok: false });
  });

  it('starts again at 01 on the first day of a new term (numbers run per term, not per year)', () => {
    const { db, xii, xiii } = workflowStore();
    expect(issue(db, '2025-01-05').numberSeq).toBe(1);
    expect(issue(db, '2025-10-19').numberSeq).toBe(2);
    expect(issue(db, '2025-10-20').numberSeq).toBe(1);
    expect(issue(db, '2026-01-02').numberSeq).toBe(2);
    expect(must(listRegister(db, { orgId: 'HU-DUC-TRONG', termId: xii })).entries.map((e) => [e.seq, e.issuedOn])).toEqual([
      [1, '2025-01-05'],
      [2, '2025-10-19'],
    ]);
    const current = must(listRegister(db, { orgId: 'HU-DUC-TRONG', termOrdinal: 'xiii' }));
    expect(current.term).toMatchObject({ id: xiii, ordinal: 'XIII' });
    expect(current.entries.map((e) => [e.seq, e.issuedOn])).toEqual([
      [1, '2025-10-20'],
      [2, '2026-01-02'],
    ]);
  });

  it('numbers each document type on its own', () => {
    const { db } = workflowStore();
    issue(db, '2025-12-01');
    const decision = approved(
      db,
      draft(2026, (d) => {
        d.header.number.typeCode = 'QĐ';
        d.title.documentType = 'QUYẾT ĐỊNH';
      }),
    );
    expect(must(issueDocument(db, { id: decision.id, who: clerk, date: '2025-12-02' })).numberSeq).toBe(1);
    expect(issue(db, '2025-12-03').numberSeq).toBe(2);
    expect(must(listRegister(db, { orgId: 'HU-DUC-TRONG', docType: 'QĐ' })).entries.map((e) => e.symbol)).toEqual(['01-QĐ/HU']);
  });

  it('shares one sequence between secret and non-secret documents', () => {
    const { db } = workflowStore();
    issue(db, '2025-12-01');
    issue(db, '2025-12-01', true);
    const marked = approved(
      db,
      draft(2026, (d) => {
        d.marks = { draftRound: 1, secrecy: 'mat' };
      }),
    );
    must(issueDocument(db, { id: marked.id, who: clerk, date: '2025-12-02' }));
    issue(db, '2025-12-03');
    expect(must(listRegister(db, { orgId: 'HU-DUC-TRONG' })).entries.map((e) => [e.seq, e.secret])).toEqual([
      [1, false],
      [2, true],
      [3, true],
      [4, false],
    ]);
  });

  it('never gives a voided number again, and keeps the voided row with who, when and why', () => {
    const { db, xiii } = workflowStore();
    issue(db, '2025-12-01');
    const second = issue(db, '2025-12-01');
    const key = { orgId: 'HU-DUC-TRONG', docType: 'NQ', termId: xiii, seq: 2, who: clerk };
    expect(voidNumber(db, { ...key, reason: ' ' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const voided = must(voidNumber(db, { ...key, reason: 'Cấp nhầm cho văn bản chưa ký' }));
    expect(voided).toMatchObject({
      seq: 2,
      symbol: '02-NQ/HU',
      documentId: second.id,
      voided: { by: clerk, reason: 'Cấp nhầm cho văn bản chưa ký' },
    });
    expect(voidNumber(db, { ...key, reason: 'Lần nữa' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(voidNumber(db, { ...key, seq: 99, reason: 'x' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(issue(db, '2025-12-02').numberSeq).toBe(3);
    const entries = must(listRegister(db, { orgId: 'HU-DUC-TRONG' })).entries;
    expect(entries.map((e) => [e.seq, e.voided !== null])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ]);
    expect(must(listAudit(db, { documentId: second.id })).at(-1)).toMatchObject({
      action: 'huy-so',
      detail: { reason: 'Cấp nhầm cho văn bản chưa ký', number: '02-NQ/HU' },
    });
    expect(() => db.prepare('DELETE FROM number_register WHERE seq = 2').run()).toThrow(/không được xóa/);
    expect(() => db.prepare('UPDATE number_register SET seq = 7 WHERE seq = 3').run()).toThrow(/không được sửa/);
  });

  it('continues after numbers already printed on issued documents (imported ones enter the register)', () => {
    const { db } = workflowStore();
    const imported = draft(2025, (d) => {
      d.header.number.seq = 7;
      d.header.date = '2024-12-20';
      d.marks = { draftRound: null };
    });
    must(saveDocument(db, { orgId: 'HU-DUC-TRONG', content: imported, status: 'ban-hanh', who: clerk, why: 'Nhập văn bản cũ' }));
    expect(issue(db, '2025-01-10').numberSeq).toBe(8);
    expect(must(listRegister(db, { orgId: 'HU-DUC-TRONG', termOrdinal: 'XII' })).entries.map((e) => e.seq)).toEqual([7, 8]);
  });

  it('defaults the date to today and refuses a date outside every term, or a document not approved', () => {
    const { db } = workflowStore();
    const today = issue(db);
    expect(today.issuedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const early = issueDocument(db, { id: approved(db).id, who: clerk, date: '2019-05-01' });
    expect(early).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!early.ok) expect(early.error.message).toContain('Chưa khai báo nhiệm kỳ');
    expect(issueDocument(db, { id: approved(db).id, who: clerk, date: '2025-02-30' })).toMatchObject({ ok: false });
    const nt = must(saveDocument(db, { orgId: 'HU-NHON-TRACH', content: fixture('nhon-trach-2024-nq09-hu'), who: clerk, why: 'x' }));
    expect(issueDocument(db, { id: nt.id, who: clerk, date: '2025-12-01' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(must(getDocument(db, nt.id)).status).toBe('du-thao');
  });
});

describe('exporting the register', () => {
  it('writes CSV for Excel (BOM, Vietnamese headers, voided rows marked) and a landscape .docx table', async () => {
    const { db, xiii } = workflowStore();
    issue(db, '2025-12-01');
    issue(db, '2025-12-02');
    must(voidNumber(db, { orgId: 'HU-DUC-TRONG', docType: 'NQ', termId: xiii, seq: 2, who: clerk, reason: 'Cấp nhầm' }));
    const listing = must(listRegister(db, { orgId: 'HU-DUC-TRONG' }));
    const csv = registerCsv(listing);
    expect(csv.startsWith('\uFEFF"Số, ký hiệu","Ngày ban hành","Trích yếu nội dung","Nơi nhận","Người ký"')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(
      '"01-NQ/HU","01/12/2025","Về phát triển kinh tế - xã hội năm 2026","Ban Thường vụ Tỉnh ủy (để báo cáo); Lưu Văn phòng Huyện ủy","Nguyễn Ngọc Phúc","",""',
    );
    expect(lines[2]).toMatch(/^"02-NQ\/HU","02\/12\/2025",.*"Đã hủy số ngày \d\d\/\d\d\/\d{4} \(Văn thư\): Cấp nhầm"$/);
    const zip = await JSZip.loadAsync(await registerDocx(listing));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toContain('SỔ ĐĂNG KÝ NGHỊ QUYẾT');
    expect(xml).toContain('02-NQ/HU');
    expect(xml).toContain('<w:tblHeader/>');
  });
});
