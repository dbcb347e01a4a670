import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../electron/store/audit.ts';
import { call, openHarness, refused, type Harness } from './handlersKit.ts';

let h: Harness;
beforeAll(() => {
  h = openHarness('soan-nq-handlers-docs-');
});
afterAll(() => h.close());

describe('writing documents through the contract', () => {
  it('createNextYear: next year draft from last year, refused when the year already has one', async () => {
    const draft = await call(h.ctx, 'createNextYear', { orgId: 'HU-DUC-TRONG', year: 2023 });
    expect(draft).toMatchObject({ orgId: 'HU-DUC-TRONG', planYear: 2023, status: 'du-thao', version: 1 });
    expect(draft.content.marks.draftRound).toBe(1);
    const again = await refused(h.ctx, 'createNextYear', { orgId: 'HU-DUC-TRONG', year: 2023 });
    expect(again.message).toMatch(/Đã có nghị quyết năm 2023/);
  });

  it('saveDocument: saves with the expected version; a stale version is refused with a clear message', async () => {
    const draft = (await call(h.ctx, 'listDocuments', { orgId: 'HU-DUC-TRONG', planYear: 2023 }))[0];
    const stored = await call(h.ctx, 'getDocument', { id: draft?.id });
    const edited = { ...stored.content, title: { ...stored.content.title, summary: 'về nhiệm vụ năm 2023 (sửa)' } };
    const saved = await call(h.ctx, 'saveDocument', { id: stored.id, content: edited, expectedVersion: stored.version });
    expect(saved.version).toBe(stored.version + 1);
    expect(saved.summary).toBe('về nhiệm vụ năm 2023 (sửa)');
    const stale = await refused(h.ctx, 'saveDocument', {
      id: stored.id,
      content: stored.content,
      expectedVersion: stored.version,
      why: 'Sửa đồng thời',
    });
    expect(stale.message).toMatch(/đã được lưu ở nơi khác \(phiên bản 2, bạn đang sửa phiên bản 1\)/);
    const audit = listAudit(h.store.db, { documentId: stored.id });
    expect(audit.ok && audit.value.at(-1)?.who).toBe('Chuyên viên thử');
  });

  it('saveDocument refuses invalid content with the field path', async () => {
    const draft = (await call(h.ctx, 'listDocuments', { orgId: 'HU-DUC-TRONG', planYear: 2023 }))[0];
    const stored = await call(h.ctx, 'getDocument', { id: draft?.id });
    const error = await refused(h.ctx, 'saveDocument', {
      id: stored.id,
      content: { ...stored.content, recipients: { lines: [] } },
      expectedVersion: stored.version,
    });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.details?.join('\n')).toMatch(/content\.recipients\.lines .*Nơi nhận/);
  });

  it('duplicateDocument: a new draft with the same content, round 1, no number and no date', async () => {
    const issued = (await call(h.ctx, 'listDocuments', { orgId: 'HU-NHON-TRACH' }))[0];
    const source = await call(h.ctx, 'getDocument', { id: issued?.id });
    const copy = await call(h.ctx, 'duplicateDocument', { id: source.id });
    expect(copy.id).not.toBe(source.id);
    expect(copy).toMatchObject({ orgId: 'HU-NHON-TRACH', status: 'du-thao', version: 1, numberSeq: null, issuedOn: null });
    expect(copy.content.header.number.seq).toBeNull();
    expect(copy.content.header.date).toBeNull();
    expect(copy.content.marks.draftRound).toBe(1);
    expect(copy.content.body).toEqual(source.content.body);
    expect(copy.content.targets).toEqual(source.content.targets);
    const exported = await call(h.ctx, 'exportDocx', { id: copy.id });
    expect(exported.kind === 'download' && exported.fileName).toBe('Du-thao-lan-1-NQ-HU-2024.docx');
  });

  it('deleteDocument + restoreDocument: a deleted document leaves lists and search, and comes back', async () => {
    const copy = (await call(h.ctx, 'listDocuments', { orgId: 'HU-NHON-TRACH', status: 'du-thao' }))[0];
    if (!copy) throw new Error('thiếu bản nhân bản');
    const before = (await call(h.ctx, 'search', { query: 'nhon trach', orgId: 'HU-NHON-TRACH' })).map((hit) => hit.document.id);
    expect(before).toContain(copy.id);

    expect(await call(h.ctx, 'deleteDocument', { id: copy.id })).toEqual({ id: copy.id });
    expect((await call(h.ctx, 'listDocuments', {})).map((d) => d.id)).not.toContain(copy.id);
    expect((await call(h.ctx, 'search', { query: 'nhon trach' })).map((hit) => hit.document.id)).not.toContain(copy.id);
    expect((await refused(h.ctx, 'getDocument', { id: copy.id })).message).toMatch(/thùng rác/);
    expect(
      (
        await refused(h.ctx, 'saveDocument', {
          id: copy.id,
          content: (await call(h.ctx, 'getDocument', { id: before[0] })).content,
          expectedVersion: 1,
        })
      ).code,
    ).toBe('NOT_FOUND');

    const restored = await call(h.ctx, 'restoreDocument', { id: copy.id });
    expect(restored.id).toBe(copy.id);
    expect((await call(h.ctx, 'listDocuments', {})).map((d) => d.id)).toContain(copy.id);
    expect((await call(h.ctx, 'search', { query: 'nhon trach' })).map((hit) => hit.document.id)).toContain(copy.id);

    const audit = listAudit(h.store.db, { documentId: copy.id });
    expect(audit.ok && audit.value.map((a) => a.action)).toEqual(['tao', 'xoa', 'khoi-phuc']);
  });

  it('deleteDocument refuses an issued document', async () => {
    const issued = (await call(h.ctx, 'listDocuments', { status: 'ban-hanh' }))[0];
    const error = await refused(h.ctx, 'deleteDocument', { id: issued?.id });
    expect(error.message).toMatch(/đã ban hành/);
  });

  it('saveRecipientList creates and updates a list of the organization, and refuses another organization list', async () => {
    const created = await call(h.ctx, 'saveRecipientList', {
      orgId: 'HU-DUC-TRONG',
      name: 'Gửi cấp trên',
      lines: [{ text: 'Ban Thường vụ Tỉnh ủy', note: '(để báo cáo)' }],
    });
    const updated = await call(h.ctx, 'saveRecipientList', {
      id: created.id,
      orgId: 'HU-DUC-TRONG',
      name: 'Gửi cấp trên',
      lines: [{ text: 'Tỉnh ủy' }, { text: 'Lưu Văn phòng Huyện ủy' }],
    });
    expect(updated.lines).toHaveLength(2);
    const foreign = await refused(h.ctx, 'saveRecipientList', {
      id: created.id,
      orgId: 'HU-NHON-TRACH',
      name: 'X',
      lines: [{ text: 'Y' }],
    });
    expect(foreign.message).toMatch(/không thuộc tổ chức/);
    const empty = await refused(h.ctx, 'saveRecipientList', { orgId: 'HU-DUC-TRONG', name: 'Trống', lines: [] });
    expect(empty).toMatchObject({ code: 'INVALID_INPUT', details: ['lines (dòng): Danh sách nơi nhận phải có ít nhất một dòng'] });
  });

  it('deleteRecipientList removes a list of the organization, keeps its lines in the audit, and refuses another organization list', async () => {
    const list = await call(h.ctx, 'saveRecipientList', { orgId: 'HU-DUC-TRONG', name: 'Gõ nhầm', lines: [{ text: 'Ban Tuyên giáo' }] });
    const foreign = await refused(h.ctx, 'deleteRecipientList', { id: list.id, orgId: 'HU-NHON-TRACH' });
    expect(foreign.message).toMatch(/không thuộc tổ chức/);
    expect(await call(h.ctx, 'deleteRecipientList', { id: list.id, orgId: 'HU-DUC-TRONG' })).toEqual({ deleted: list.id });
    const names = (await call(h.ctx, 'listRecipientLists', { orgId: 'HU-DUC-TRONG' })).map((l) => l.name);
    expect(names).not.toContain('Gõ nhầm');
    const audit = listAudit(h.store.db, { orgId: 'HU-DUC-TRONG' });
    const row = (audit.ok ? audit.value : []).find((e) => JSON.stringify(e.detail).includes('Xóa danh sách nơi nhận'));
    expect(JSON.stringify(row?.detail)).toContain('Ban Tuyên giáo');
    const again = await refused(h.ctx, 'deleteRecipientList', { id: list.id, orgId: 'HU-DUC-TRONG' });
    expect(again.code).toBe('NOT_FOUND');
  });
});
