import { afterAll, describe, expect, it } from 'vitest';
import { call, openHarness, refused } from './handlersKit.ts';

/** The verbs the command line added to the contract, through the dispatcher as every transport calls them. */
const h = openHarness('soan-nq-cli-verbs-');
afterAll(() => h.close());

describe('results through the contract', () => {
  // Without the target's unit, "91,2 tỷ đồng ước đạt" reads as 91,2 "tỷ đồng ước" (the command line's old drift).
  it("reads pasted results with the target's unit, as typed results are", async () => {
    const paste = 'Chỉ tiêu\tKết quả\nThu ngân sách nhà nước trên địa bàn\t91,2 tỷ đồng ước đạt\nKhông có chỉ tiêu này\t5\n';
    const pasted = await call(h.ctx, 'pasteResults', { orgId: 'DU-HIEP-THANH', year: 2026, text: paste });
    expect(pasted.saved).toBe(1);
    expect(pasted.problems.map((p) => p.line)).toEqual([3]);
    const rows = await call(h.ctx, 'listResults', { orgId: 'DU-HIEP-THANH', year: 2026 });
    const row = rows.find((r) => r.name === 'Thu ngân sách nhà nước trên địa bàn');
    expect(row?.unit).toBe('tỷ đồng');
    expect(row?.result).toMatchObject({
      written: '91,2 tỷ đồng ước đạt',
      source: 'dan-bang-tinh',
      parsed: { kind: 'exact', value: 91.2, unit: 'tỷ đồng' },
    });
  });

  it('refuses a paste that matches no target, listing the lines', async () => {
    const error = await refused(h.ctx, 'pasteResults', { orgId: 'DU-HIEP-THANH', year: 2026, text: 'Không có chỉ tiêu này\t5\n' });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.details?.[0]).toMatch(/^Dòng 1: /);
    expect(error.details?.[0]).not.toMatch(/^Dòng 1: Dòng 1:/);
  });

  it("assesses a year's targets and names a year without a resolution", async () => {
    const assessed = await call(h.ctx, 'assessTargets', { orgId: 'HU-DUC-TRONG', year: 2022 });
    expect(assessed.targets.find((t) => t.key === 'bao-hiem-y-te')?.assessment).toBe('khong-dat');
    expect((await refused(h.ctx, 'assessTargets', { orgId: 'HU-DUC-TRONG', year: 2030 })).message).toBe(
      'HU-DUC-TRONG chưa có nghị quyết năm 2030.',
    );
  });
});

describe('files and drafts through the contract', () => {
  it('prepares next year without storing it', async () => {
    const before = (await call(h.ctx, 'listDocuments', { orgId: 'HU-DUC-TRONG' })).length;
    const draft = await call(h.ctx, 'prepareNextYear', { orgId: 'HU-DUC-TRONG', year: 2023 });
    expect(draft.planYear).toBe(2023);
    expect((await call(h.ctx, 'listDocuments', { orgId: 'HU-DUC-TRONG' })).length).toBe(before);
  });

  it('says why a file cannot be checked with a cause code, not in the message', async () => {
    const legacy = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(512).fill(0)]);
    const error = await refused(h.ctx, 'checkDocx', { fileName: 'cu.doc', base64: legacy.toString('base64') });
    expect(error).toMatchObject({ code: 'UNREADABLE_FILE', cause: 'LEGACY_DOC' });
    expect(error.details ?? []).not.toContainEqual(expect.stringContaining('mã lỗi'));
  });

  it('reports the database and does not seed it twice', async () => {
    const status = await call(h.ctx, 'databaseStatus', {});
    expect(status.path).toBe(h.store.path);
    expect(await call(h.ctx, 'seedDemo', {})).toEqual({ seeded: null });
  });
});

describe('a stale save', () => {
  it('is refused with the CONFLICT code', async () => {
    const [first] = await call(h.ctx, 'listDocuments', { orgId: 'HU-NHON-TRACH' });
    const stored = await call(h.ctx, 'getDocument', { id: first?.id ?? 0 });
    const error = await refused(h.ctx, 'saveDocument', { id: stored.id, content: stored.content, expectedVersion: stored.version + 1 });
    expect(error.code).toBe('CONFLICT');
  });
});
