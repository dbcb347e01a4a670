import { describe, expect, it } from 'vitest';
import { getOrganization, listOrganizations, saveOrganization } from '../../../electron/store/organizations.ts';
import {
  createRecipientList,
  deleteRecipientList,
  getRecipientList,
  listRecipientLists,
  updateRecipientList,
} from '../../../electron/store/recipientLists.ts';
import { listSigners, saveSigner, signatureOf } from '../../../electron/store/signers.ts';
import { addTerm, currentTerm, listTerms } from '../../../electron/store/terms.ts';
import { ducTrongOrg, memoryStore, must, seededStore } from './kit.ts';

describe('organizations', () => {
  it('lists in Vietnamese order (Đ after D) and reads one back', () => {
    const { db } = memoryStore();
    const base = {
      superiorBody: 'ĐẢNG BỘ TỈNH LÂM ĐỒNG',
      bodyKind: 'huyen-uy',
      issuerCode: 'HU',
      officeName: 'VĂN PHÒNG',
      officeCode: 'VPHU',
    } as const;
    must(saveOrganization(db, { ...base, id: 'HU-DUC-TRONG', name: 'HUYỆN ỦY ĐỨC TRỌNG', place: 'Đức Trọng' }));
    must(saveOrganization(db, { ...base, id: 'HU-DI-LINH', name: 'HUYỆN ỦY DI LINH', place: 'Di Linh' }));
    must(saveOrganization(db, { ...base, id: 'HU-BAO-LAM', name: 'HUYỆN ỦY BẢO LÂM', place: 'Bảo Lâm' }));
    must(
      saveOrganization(db, {
        ...base,
        id: 'TU-LAM-DONG',
        superiorBody: null,
        name: 'TỈNH ỦY LÂM ĐỒNG',
        bodyKind: 'tinh-uy',
        issuerCode: 'TU',
        place: 'Lâm Đồng',
        officeCode: 'VPTU',
      }),
    );
    must(
      saveOrganization(db, {
        id: 'DU-XA-DA-DON',
        parentId: 'TU-LAM-DONG',
        superiorBody: 'ĐẢNG BỘ TỈNH LÂM ĐỒNG',
        name: 'ĐẢNG ỦY XÃ ĐẠ ĐỜN',
        bodyKind: 'dang-uy-xa',
        issuerCode: 'ĐU',
        place: 'Đạ Đờn',
        officeName: 'VĂN PHÒNG',
        officeCode: 'VPĐU',
      }),
    );
    expect(must(listOrganizations(db)).map((o) => o.name)).toEqual([
      'ĐẢNG ỦY XÃ ĐẠ ĐỜN',
      'HUYỆN ỦY BẢO LÂM',
      'HUYỆN ỦY DI LINH',
      'HUYỆN ỦY ĐỨC TRỌNG',
      'TỈNH ỦY LÂM ĐỒNG',
    ]);
    expect(must(getOrganization(db, 'DU-XA-DA-DON'))).toEqual({
      id: 'DU-XA-DA-DON',
      parentId: 'TU-LAM-DONG',
      superiorBody: 'ĐẢNG BỘ TỈNH LÂM ĐỒNG',
      name: 'ĐẢNG ỦY XÃ ĐẠ ĐỜN',
      bodyKind: 'dang-uy-xa',
      issuerCode: 'ĐU',
      place: 'Đạ Đờn',
      officeName: 'VĂN PHÒNG',
      officeCode: 'VPĐU',
    });
  });

  it('updates by id, and refuses a bad id, an unknown parent or a missing organization', () => {
    const { db } = memoryStore();
    must(saveOrganization(db, ducTrongOrg));
    must(saveOrganization(db, { ...ducTrongOrg, officeCode: 'VP/HU' }));
    expect(must(getOrganization(db, 'HU-DUC-TRONG')).officeCode).toBe('VP/HU');
    expect(saveOrganization(db, { ...ducTrongOrg, id: 'hu đức trọng' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(saveOrganization(db, { ...ducTrongOrg, id: 'X', parentId: 'TU-KHONG-CO' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(getOrganization(db, 'TU-KHONG-CO')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Không tìm thấy tổ chức "TU-KHONG-CO".' },
    });
  });
});

describe('terms', () => {
  it('finds the term running on a date (numbers restart each term)', () => {
    const { db } = seededStore();
    must(
      addTerm(db, {
        orgId: 'HU-DUC-TRONG',
        ordinal: 'XII',
        startYear: 2015,
        endYear: 2020,
        startDate: '2015-07-20',
        endDate: '2020-07-15',
      }),
    );
    const xiii = must(addTerm(db, { orgId: 'HU-DUC-TRONG', ordinal: 'XIII', startYear: 2020, endYear: 2025, startDate: '2020-07-15' }));
    expect(must(currentTerm(db, 'HU-DUC-TRONG', '2021-12-10'))).toEqual(xiii);
    expect(must(currentTerm(db, 'HU-DUC-TRONG', '2020-07-14'))?.ordinal).toBe('XII');
    expect(must(currentTerm(db, 'HU-DUC-TRONG', '2020-07-15'))?.ordinal).toBe('XIII');
    expect(must(currentTerm(db, 'HU-DUC-TRONG', '2010-01-01'))).toBeNull();
    expect(must(currentTerm(db, 'HU-NHON-TRACH', '2021-12-10'))).toBeNull();
    expect(must(listTerms(db, 'HU-DUC-TRONG')).map((t) => t.ordinal)).toEqual(['XII', 'XIII']);
    expect(addTerm(db, { orgId: 'HU-DUC-TRONG', ordinal: 'XIII', startYear: 2020, endYear: 2025, startDate: '2020-07-15' })).toMatchObject({
      ok: false,
    });
    expect(addTerm(db, { orgId: 'HU-DUC-TRONG', ordinal: 'XIV', startYear: 2025, endYear: 2020, startDate: '2025-07-15' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});

describe('recipient lists', () => {
  const lines = [
    { text: 'Ban Thường vụ Tỉnh ủy', note: '(để báo cáo)' },
    { text: 'Các đồng chí Huyện ủy viên' },
    { text: 'Lưu Văn phòng Huyện ủy' },
  ];

  it('creates, reads, lists in Vietnamese order, updates and deletes', () => {
    const { db } = seededStore();
    const a = must(createRecipientList(db, { orgId: 'HU-DUC-TRONG', name: 'Nghị quyết năm', lines }));
    must(createRecipientList(db, { orgId: 'HU-DUC-TRONG', name: 'Đảng ủy cơ sở', lines: [{ text: 'Các TCCS Đảng' }] }));
    must(createRecipientList(db, { orgId: 'HU-DUC-TRONG', name: 'Báo cáo tỉnh', lines: [{ text: 'Tỉnh ủy' }] }));
    expect(must(getRecipientList(db, a.id)).lines).toEqual(lines);
    expect(must(listRecipientLists(db, 'HU-DUC-TRONG')).map((l) => l.name)).toEqual(['Báo cáo tỉnh', 'Đảng ủy cơ sở', 'Nghị quyết năm']);
    const reordered = must(
      updateRecipientList(db, a.id, {
        lines: [{ text: 'Lưu Văn phòng Huyện ủy' }, { text: 'Ban Thường vụ Tỉnh ủy', note: '(để báo cáo)' }],
      }),
    );
    expect(reordered.lines.map((l) => l.text)).toEqual(['Lưu Văn phòng Huyện ủy', 'Ban Thường vụ Tỉnh ủy']);
    expect(must(updateRecipientList(db, a.id, { name: 'Nghị quyết năm (gửi tỉnh)' })).lines).toHaveLength(2);
    must(deleteRecipientList(db, a.id));
    expect(getRecipientList(db, a.id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(deleteRecipientList(db, a.id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses a duplicate name, and lines changed outside the app (an empty list is refused by the verb: handlers-documents.test.ts)', () => {
    const { db } = seededStore();
    const a = must(createRecipientList(db, { orgId: 'HU-DUC-TRONG', name: 'Nghị quyết năm', lines }));
    expect(createRecipientList(db, { orgId: 'HU-DUC-TRONG', name: 'Nghị quyết năm', lines })).toMatchObject({
      ok: false,
      error: { message: 'Đã có danh sách nơi nhận tên "Nghị quyết năm".' },
    });
    db.prepare(`UPDATE recipient_lists SET lines = '[{"text":""}]' WHERE id = ?`).run(a.id);
    expect(getRecipientList(db, a.id)).toMatchObject({ ok: false, error: { code: 'READ_FAILED' } });
  });
});

describe('signers', () => {
  it("lists an organization's signers in order and gives their default signature block", () => {
    const { db } = seededStore();
    const secretary = must(
      saveSigner(db, {
        orgId: 'HU-DUC-TRONG',
        name: 'Nguyễn Ngọc Phúc',
        title: 'BÍ THƯ',
        authority: 'T/M',
        authorityOf: 'HUYỆN ỦY',
        position: 1,
      }),
    );
    const deputy = must(
      saveSigner(db, {
        orgId: 'HU-DUC-TRONG',
        name: 'Trần Văn B',
        title: 'PHÓ BÍ THƯ',
        authority: 'T/M',
        authorityOf: 'HUYỆN ỦY',
        position: 2,
      }),
    );
    must(saveSigner(db, { orgId: 'HU-NHON-TRACH', name: 'Lê Văn C', title: 'BÍ THƯ', authority: 'T/M', authorityOf: 'HUYỆN ỦY' }));
    must(saveSigner(db, { ...deputy, active: false }));
    expect(must(listSigners(db, 'HU-DUC-TRONG')).map((s) => s.name)).toEqual(['Nguyễn Ngọc Phúc']);
    expect(must(listSigners(db, 'HU-DUC-TRONG', { includeInactive: true })).map((s) => s.name)).toEqual(['Nguyễn Ngọc Phúc', 'Trần Văn B']);
    expect(signatureOf(secretary)).toEqual({ authority: 'T/M', authorityOf: 'HUYỆN ỦY', title: 'BÍ THƯ', name: 'Nguyễn Ngọc Phúc' });
    expect(saveSigner(db, { orgId: 'HU-DUC-TRONG', name: 'X', title: 'Y', authority: 'T/M', id: 999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
