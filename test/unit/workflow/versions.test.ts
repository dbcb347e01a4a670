import { describe, expect, it } from 'vitest';
import { issueDocument } from '../../../electron/services/register.ts';
import { returnDraft, submitForReview } from '../../../electron/services/workflow.ts';
import { amendIssued, restoreVersion, saveVersion } from '../../../electron/services/workflowVersions.ts';
import { listAudit } from '../../../electron/store/audit.ts';
import { saveDocument } from '../../../electron/services/documentSave.ts';
import { getDocument } from '../../../electron/store/documents.ts';
import { getVersion, listVersions } from '../../../electron/store/versions.ts';
import { must } from '../store/kit.ts';
import { approved, chief, clerk, newDraft, secretary, workflowStore } from './kit.ts';

describe('Lưu phiên bản', () => {
  it('keeps a version even when nothing changed, with its reason', () => {
    const { db } = workflowStore();
    const doc = newDraft(db);
    const kept = must(saveVersion(db, { id: doc.id, who: secretary, why: 'Bản gửi xin ý kiến các ban' }));
    expect(kept.version).toBe(doc.version + 1);
    expect(kept.content).toEqual(doc.content);
    expect(must(listVersions(db, doc.id)).at(-1)).toMatchObject({ version: 2, reason: 'Bản gửi xin ý kiến các ban', createdBy: secretary });
    expect(must(listAudit(db, { documentId: doc.id })).at(-1)).toMatchObject({ action: 'phien-ban' });
    expect(saveVersion(db, { id: doc.id, who: secretary, why: '' })).toMatchObject({ ok: false });
  });

  it('saves the text being edited with it, and in review only an unchanged text', () => {
    const { db } = workflowStore();
    const doc = newDraft(db);
    const edited = { ...doc.content, title: { ...doc.content.title, summary: 'Về nhiệm vụ năm 2026' } };
    expect(must(saveVersion(db, { id: doc.id, content: edited, who: secretary, why: 'Sửa trích yếu' })).content.title.summary).toBe(
      'Về nhiệm vụ năm 2026',
    );
    must(submitForReview(db, { id: doc.id, who: secretary }));
    const inReview = must(getDocument(db, doc.id));
    expect(saveVersion(db, { id: doc.id, who: chief, why: 'Bản Chánh Văn phòng đọc' }).ok).toBe(true);
    expect(saveVersion(db, { id: doc.id, content: { ...inReview.content, planYear: 2030 }, who: chief, why: 'Sửa' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});

describe('opening and restoring versions', () => {
  it('opens any version read-only and restores one as a new version naming it', () => {
    const { db } = workflowStore();
    const doc = newDraft(db);
    const first = doc.content;
    const second = { ...first, body: first.body.slice(0, 1) };
    must(saveDocument(db, { id: doc.id, content: second, who: secretary, why: 'Rút gọn' }));
    expect(must(getVersion(db, doc.id, 1)).content).toEqual(first);
    const restored = must(restoreVersion(db, { id: doc.id, version: 1, who: secretary, why: 'Bản rút gọn thiếu ý' }));
    expect(restored).toMatchObject({ version: 3, status: 'du-thao' });
    expect(restored.content).toEqual(first);
    const v3 = must(listVersions(db, doc.id)).at(-1);
    expect(v3?.reason).toMatch(/^Khôi phục phiên bản 1 \(Chuyên viên Văn phòng, \d{4}-\d{2}-\d{2}\): Bản rút gọn thiếu ý$/);
    expect(must(listAudit(db, { documentId: doc.id })).at(-1)).toMatchObject({
      action: 'khoi-phuc-phien-ban',
      detail: { restoredVersion: 1 },
    });
    expect(restoreVersion(db, { id: doc.id, version: 42, who: secretary })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('keeps the current draft round when restoring, and refuses while in review', () => {
    const { db } = workflowStore();
    const { id } = newDraft(db);
    must(submitForReview(db, { id, who: secretary }));
    must(returnDraft(db, { id, who: chief, why: 'Sửa lại' }));
    must(submitForReview(db, { id, who: secretary }));
    expect(restoreVersion(db, { id, version: 1, who: secretary })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    must(returnDraft(db, { id, who: chief, why: 'Quay về bản đầu' }));
    const restored = must(restoreVersion(db, { id, version: 1, who: secretary }));
    expect(restored.content.marks.draftRound).toBe(2);
    expect(restoreVersion(db, { id: approved(db).id, version: 1, who: secretary })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});

describe('amendIssued', () => {
  it('records a new version with the reason and keeps the number and the date', () => {
    const { db } = workflowStore();
    const issued = must(issueDocument(db, { id: approved(db).id, who: clerk, date: '2025-12-10' }));
    const changed = {
      ...issued.content,
      header: { ...issued.content.header, number: { ...issued.content.header.number, seq: 99 }, date: '2026-01-01' },
      body: issued.content.body.slice(0, 2),
    };
    expect(amendIssued(db, { id: issued.id, content: changed, who: clerk, why: ' ' })).toMatchObject({ ok: false });
    const amended = must(amendIssued(db, { id: issued.id, content: changed, who: clerk, why: 'Đính chính theo Thông báo 12-TB/HU' }));
    expect(amended).toMatchObject({ status: 'ban-hanh', numberSeq: 1, issuedOn: '2025-12-10', version: issued.version + 1 });
    expect(amended.content.body).toHaveLength(2);
    expect(must(listAudit(db, { documentId: issued.id })).at(-1)).toMatchObject({
      action: 'sua-sau-ban-hanh',
      detail: { reason: 'Đính chính theo Thông báo 12-TB/HU' },
    });
    expect(amendIssued(db, { id: issued.id, content: amended.content, who: clerk, why: 'Không đổi gì' })).toMatchObject({ ok: false });
    const draftDoc = newDraft(db);
    expect(amendIssued(db, { id: draftDoc.id, content: draftDoc.content, who: clerk, why: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});
