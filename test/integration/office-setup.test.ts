import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../electron/ipc/context.ts';
import { asPerson } from '../../electron/ipc/context.ts';
import { downloadFile } from '../../electron/services/exportFile.ts';
import { openStore, type Store } from '../../electron/store/connection.ts';
import { call, refused } from './handlersKit.ts';

const congHai = {
  id: 'DU-CONG-HAI',
  bodyKind: 'dang-uy-xa',
  name: 'ĐẢNG UỶ XÃ CÔNG HẢI',
  superiorBody: 'ĐẢNG BỘ TỈNH KHÁNH HOÀ',
  issuerCode: 'ĐU',
  place: 'Công Hải',
  officeName: 'VĂN PHÒNG',
  officeCode: 'VPĐU',
};

let dir: string;
let store: Store;
let ctx: HandlerContext;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'soan-nq-office-'));
  const opened = openStore(join(dir, 'data.sqlite'));
  if (!opened.ok) throw new Error(opened.error.message);
  store = opened.value;
  ctx = { store, transport: 'cli', who: 'Quản trị thử', saveFile: downloadFile };
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the set-up of a body from a fresh database', () => {
  it('adds a body, refuses the same id twice, edits it, and audits before and after', async () => {
    const org = await call(ctx, 'saveOrganization', { organization: congHai, mode: 'add' });
    expect(org.issuerCode).toBe('ĐU');
    expect((await refused(ctx, 'saveOrganization', { organization: congHai, mode: 'add' })).message).toContain('Đã có cơ quan mã');
    await call(asPerson(ctx, 'Nguyễn Quản Trị'), 'saveOrganization', { organization: { ...congHai, place: 'Xã Công Hải' }, mode: 'edit' });
    const changes = await call(ctx, 'listSetupChanges', { orgId: 'DU-CONG-HAI' });
    expect(changes.map((c) => c.who)).toEqual(['Quản trị thử', 'Nguyễn Quản Trị']);
    expect(changes[1]?.before).toMatchObject({ place: 'Công Hải' });
    expect(changes[1]?.after).toMatchObject({ place: 'Xã Công Hải' });
    const missing = await refused(ctx, 'saveOrganization', { organization: { ...congHai, id: 'DU-KHAC' }, mode: 'edit' });
    expect(missing.code).toBe('NOT_FOUND');
  });

  it('keeps terms apart: an appointed term, an overlapping one refused, a later one after it ends', async () => {
    await call(ctx, 'saveOrganization', { organization: congHai, mode: 'add' });
    const term = await call(ctx, 'addTerm', { orgId: 'DU-CONG-HAI', name: '2025-2030', from: '2025-07-01', appointed: true });
    expect(term).toMatchObject({ ordinal: '2025-2030', startYear: 2025, endYear: 2030, appointed: true, endDate: null });
    const overlap = await refused(ctx, 'addTerm', { orgId: 'DU-CONG-HAI', name: 'khóa I', from: '2026-01-01' });
    expect(overlap.message).toContain('trùng thời gian với nhiệm kỳ 2025-2030');
    const earlier = await call(ctx, 'addTerm', { orgId: 'DU-CONG-HAI', name: 'trước sáp nhập', from: '2020-10-01', to: '2025-07-01' });
    expect(earlier.endYear).toBe(2025);
    expect((await call(ctx, 'listTerms', { orgId: 'DU-CONG-HAI' })).map((t) => t.ordinal)).toEqual(['trước sáp nhập', '2025-2030']);
  });

  it('starts the register mid-term, and imports an older register checked for duplicates and gaps', async () => {
    await call(ctx, 'saveOrganization', { organization: congHai, mode: 'add' });
    await call(ctx, 'addTerm', { orgId: 'DU-CONG-HAI', name: '2025-2030', from: '2025-07-01', appointed: true });
    const dup = await call(ctx, 'importRegister', {
      orgId: 'DU-CONG-HAI',
      text: 'Số\tNgày\tLoại\tTrích yếu\n01\t15/07/2025\tNQ\tVề A\n02\t01/09/2025\tNQ\tVề B\n02\t02/09/2025\tNQ\tVề C\n05\t01/03/2026\tNQ\tVề E\n',
    });
    expect(dup.saved).toBe(false);
    expect(dup.problems.map((p) => p.message)).toEqual(['Dòng 4: số 2 loại NQ trùng với dòng 3.']);
    expect(dup.gaps).toEqual(['Nhiệm kỳ 2025-2030, loại NQ: thiếu số 3, 4.']);
    const text = 'Số,Ngày,Loại,Trích yếu\n01,15/07/2025,NQ,"Về A, B"\n02,01/09/2025,NQ,Về B\n03,1/3/2026,NQ,Về C\n01,20/08/2025,KL,Về D\n';
    const saved = await call(ctx, 'importRegister', { orgId: 'DU-CONG-HAI', text });
    expect(saved).toMatchObject({ saved: true, rows: 4, problems: [], gaps: [] });
    const listing = await call(ctx, 'listRegister', { orgId: 'DU-CONG-HAI' });
    expect(listing.entries.map((e) => `${e.symbol} ${e.summary}`)).toEqual(['01-NQ/ĐU Về A, B', '02-NQ/ĐU Về B', '03-NQ/ĐU Về C']);
    expect((await refused(ctx, 'setRegisterStart', { orgId: 'DU-CONG-HAI', docType: 'NQ', next: 3 })).message).toContain('đã cấp đến số 3');
    const start = await call(ctx, 'setRegisterStart', { orgId: 'DU-CONG-HAI', docType: 'NQ', next: 8 });
    expect(start).toMatchObject({ termName: '2025-2030', next: 8 });
  });

  it('keeps signers with Q. and people with roles; once people exist, actions outside a role are refused naming who may', async () => {
    await call(ctx, 'saveOrganization', { organization: congHai, mode: 'add' });
    const acting = await call(ctx, 'saveSigner', {
      orgId: 'DU-CONG-HAI',
      authority: 'Q.',
      authorityOf: 'BÍ THƯ',
      title: 'PHÓ BÍ THƯ',
      name: 'Trần Văn E',
    });
    expect(acting).toMatchObject({ authority: 'Q.', position: 0, active: true });
    await call(ctx, 'savePerson', { name: 'Lê Thị C', roles: ['van-thu'] });
    await call(ctx, 'savePerson', { name: 'Phạm Quản Trị', roles: ['quan-tri'] });
    const clerk = asPerson(ctx, 'Lê Thị C');
    const forbidden = await refused(clerk, 'addTerm', { orgId: 'DU-CONG-HAI', name: '2025-2030', from: '2025-07-01' });
    expect(forbidden.code).toBe('FORBIDDEN');
    expect(forbidden.message).toBe(
      'Lê Thị C (văn thư) không được thiết lập cơ quan, nhiệm kỳ, người ký, nơi nhận, sổ số và người dùng: việc này do quản trị làm.',
    );
    const stranger = await refused(asPerson(ctx, 'Người Lạ'), 'addTerm', { orgId: 'DU-CONG-HAI', name: '2025-2030', from: '2025-07-01' });
    expect(stranger.message).toContain('không có trong danh sách người dùng');
    await call(asPerson(ctx, 'phạm quản trị'), 'addTerm', { orgId: 'DU-CONG-HAI', name: '2025-2030', from: '2025-07-01' });
    expect((await refused(ctx, 'savePerson', { name: 'lê thị c', roles: ['chuyen-vien'] })).code).toBe('FORBIDDEN');
    expect((await refused(asPerson(ctx, 'Phạm Quản Trị'), 'savePerson', { name: 'lê thị c', roles: ['chuyen-vien'] })).message).toContain(
      'Đã có người tên "Lê Thị C"',
    );
  });

  it('starts empty, loads the demo on request (marked as such) and removes it in one step, leaving the office own body', async () => {
    expect(await call(ctx, 'firstStart', {})).toEqual({ empty: true, demoOrgIds: [], people: 0 });
    const loaded = await call(ctx, 'loadDemo', {});
    expect(loaded.organizations).toBe(3);
    await call(ctx, 'saveOrganization', { organization: congHai, mode: 'add' });
    const state = await call(ctx, 'firstStart', {});
    expect(state.empty).toBe(false);
    expect(state.demoOrgIds).toHaveLength(3);
    expect(state.demoOrgIds).not.toContain('DU-CONG-HAI');
    const removed = await call(ctx, 'removeDemo', {});
    expect(removed).toEqual({ organizations: 3, documents: 3 });
    expect((await call(ctx, 'listOrganizations', {})).map((o) => o.id)).toEqual(['DU-CONG-HAI']);
    expect(await call(ctx, 'search', { query: 'nông thôn mới' })).toEqual([]);
    // The register's guard is back: a number given can never be deleted.
    expect(store.db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'number_register_no_delete'").pluck().get()).toBe(1);
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('issues a draft with its own body code: the page, the register and the export agree (the HU/ĐU defect)', async () => {
    await call(ctx, 'saveOrganization', { organization: congHai, mode: 'add' });
    await call(ctx, 'addTerm', { orgId: 'DU-CONG-HAI', name: '2025-2030', from: '2025-07-01', appointed: true });
    const created = await call(ctx, 'createNextYear', { orgId: 'DU-CONG-HAI', year: 2027 });
    const header = { ...created.content.header, number: { ...created.content.header.number, issuerCode: 'HU' } };
    const edited = await call(ctx, 'saveDocument', {
      id: created.id,
      content: { ...created.content, header },
      expectedVersion: created.version,
    });
    // No signer is set up here, so the draft's T/M line is incomplete, and its sections are left to
    // write: submitted, approved and issued with a reason.
    const overrideReason = 'Chỉ kiểm tra số và ký hiệu';
    await call(ctx, 'submitForReview', { id: edited.id, overrideReason });
    await call(ctx, 'approveDocument', { id: edited.id, overrideReason });
    const issued = await call(ctx, 'issueDocument', { id: edited.id, date: '2026-12-20', overrideReason });
    expect(issued.content.header.number).toMatchObject({ seq: 1, issuerCode: 'ĐU' });
    const listing = await call(ctx, 'listRegister', { orgId: 'DU-CONG-HAI' });
    expect(listing.entries.map((e) => e.symbol)).toEqual(['01-NQ/ĐU']);
    // Renaming the body (and its code) later rewrites neither the issued document nor its register row.
    await call(ctx, 'saveOrganization', {
      organization: { id: 'DU-CONG-HAI', name: 'ĐẢNG UỶ XÃ CÔNG HẢI MỚI', issuerCode: 'ĐUX' },
      mode: 'edit',
    });
    expect((await call(ctx, 'getDocument', { id: issued.id })).content.header).toMatchObject({
      issuingBody: 'ĐẢNG UỶ XÃ CÔNG HẢI',
      number: { issuerCode: 'ĐU' },
    });
    expect((await call(ctx, 'listRegister', { orgId: 'DU-CONG-HAI' })).entries.map((e) => e.symbol)).toEqual(['01-NQ/ĐU']);
  });

  it('keeps recipient lists (added, reordered) with who changed them', async () => {
    await call(ctx, 'saveOrganization', { organization: congHai, mode: 'add' });
    const lines = [{ text: 'Thường trực Tỉnh uỷ', note: '(để báo cáo)' }, { text: 'Lưu Văn phòng Đảng uỷ' }];
    const list = await call(ctx, 'saveRecipientList', { orgId: 'DU-CONG-HAI', name: 'Nghị quyết năm', lines });
    await call(asPerson(ctx, 'Người sắp xếp'), 'saveRecipientList', {
      id: list.id,
      orgId: 'DU-CONG-HAI',
      name: 'Nghị quyết năm',
      lines: [...lines].reverse(),
    });
    const changes = (await call(ctx, 'listSetupChanges', { orgId: 'DU-CONG-HAI' })).filter((c) => c.entity === `noi-nhan:${list.id}`);
    expect(changes.map((c) => [c.who, c.reason])).toEqual([
      ['Quản trị thử', 'Thêm danh sách nơi nhận "Nghị quyết năm"'],
      ['Người sắp xếp', 'Sửa danh sách nơi nhận "Nghị quyết năm"'],
    ]);
    expect(changes[1]?.before).toMatchObject({ lines: [{ text: 'Thường trực Tỉnh uỷ' }, { text: 'Lưu Văn phòng Đảng uỷ' }] });
  });
});
