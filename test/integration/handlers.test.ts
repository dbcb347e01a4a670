import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiNames } from '../../electron/contract/api.ts';
import { dispatch } from '../../electron/ipc/dispatch.ts';
import { handlers } from '../../electron/ipc/handlers.ts';
import { setLogSink } from '../../electron/log.ts';
import { call, openHarness, refused, type Harness } from './handlersKit.ts';

let h: Harness;
beforeAll(() => {
  h = openHarness();
});
afterAll(() => h.close());

describe('the handler table', () => {
  it('has exactly one handler per verb of the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual([...apiNames].sort());
  });
});

describe('the dispatcher', () => {
  it('checks the request against the verb schema: INVALID_INPUT with Vietnamese lines naming each field', async () => {
    const error = await refused(h.ctx, 'getDocument', { id: 'một' });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/không hợp lệ/);
    expect(error.details?.join('\n')).toMatch(/^id: Sai kiểu: cần số/m);
    const nested = await refused(h.ctx, 'saveResults', {
      orgId: 'HU-DUC-TRONG',
      year: 2022,
      entries: [{ key: '', written: '812,6' }],
    });
    expect(nested.details?.some((d) => d.startsWith('entries[0].key'))).toBe(true);
  });

  it('treats a missing request as an empty one', async () => {
    expect((await dispatch('listOrganizations', undefined, h.ctx)).ok).toBe(true);
  });

  it('turns a thrown error into an INTERNAL result in Vietnamese, never a throw', async () => {
    const lines: string[] = [];
    const previous = setLogSink((line) => lines.push(line));
    try {
      const broken = { ...h.ctx, saveFile: () => Promise.reject(new Error('đĩa hỏng')) };
      const list = await call(h.ctx, 'listDocuments', {});
      const result = await dispatch('exportDocx', { id: list[0]?.id }, broken);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('INTERNAL');
        expect(result.error.message).toMatch(/lỗi không mong đợi/);
        expect(result.error.details).toEqual(['đĩa hỏng']);
      }
      expect(lines.join('\n')).toContain('exportDocx');
    } finally {
      setLogSink(previous);
    }
  });
});

describe('reading', () => {
  it('appInfo: version, database path, transport, profiles and templates', async () => {
    const info = await call(h.ctx, 'appInfo', {});
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(info.databasePath).toBe(h.store.path);
    expect(info.transport).toBe('web');
    expect(info.profiles.map((p) => p.id)).toContain('hd36-2018');
    expect(info.templates.map((t) => t.id)).toContain('nghi-quyet-nam');
  });

  it('lists organizations, signers and recipient lists of the demo', async () => {
    const orgs = await call(h.ctx, 'listOrganizations', {});
    expect(orgs.map((o) => o.id).sort()).toEqual(['DU-HIEP-THANH', 'HU-DUC-TRONG', 'HU-NHON-TRACH']);
    const signers = await call(h.ctx, 'listSigners', { orgId: 'HU-DUC-TRONG' });
    expect(signers[0]?.name).toBe('Nguyễn Ngọc Phúc');
    const lists = await call(h.ctx, 'listRecipientLists', { orgId: 'HU-DUC-TRONG' });
    expect(lists).toHaveLength(1);
  });

  it('lists documents with filters and gets one with its content', async () => {
    const all = await call(h.ctx, 'listDocuments', {});
    expect(all).toHaveLength(3);
    const ducTrong = await call(h.ctx, 'listDocuments', { orgId: 'HU-DUC-TRONG', planYear: 2022, status: 'ban-hanh' });
    expect(ducTrong).toHaveLength(1);
    const doc = await call(h.ctx, 'getDocument', { id: ducTrong[0]?.id });
    expect(doc.content.header.number.seq).toBe(4);
    expect((await refused(h.ctx, 'getDocument', { id: 9999 })).code).toBe('NOT_FOUND');
  });

  it('searches without diacritics', async () => {
    const hits = await call(h.ctx, 'search', { query: 'duc trong' });
    expect(hits[0]?.document.orgId).toBe('HU-DUC-TRONG');
    expect((await refused(h.ctx, 'search', { query: '   ' })).details?.[0]).toMatch(/Nhập từ khóa/);
  });

  it('checks content that is not saved', async () => {
    const doc = (await call(h.ctx, 'listDocuments', { orgId: 'HU-DUC-TRONG' }))[0];
    const stored = await call(h.ctx, 'getDocument', { id: doc?.id });
    const findings = await call(h.ctx, 'checkDocument', {
      content: { ...stored.content, recipients: { ...stored.content.recipients, lines: [{ text: 'Ban Thường vụ Tỉnh ủy' }] } },
    });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => typeof f.message === 'string' && typeof f.fix === 'string')).toBe(true);
  });
});

describe('results', () => {
  it('lists a year of targets beside its results, and an empty list for a year without a document', async () => {
    const rows = await call(h.ctx, 'listResults', { orgId: 'HU-DUC-TRONG', year: 2022 });
    const budget = rows.find((r) => r.key === 'thu-ngan-sach');
    expect(budget?.result?.written).toBe('812,6');
    expect(await call(h.ctx, 'listResults', { orgId: 'HU-DUC-TRONG', year: 1999 })).toEqual([]);
  });

  it('saves typed results, read with the target unit, recorded as nhập tay by the user', async () => {
    const saved = await call(h.ctx, 'saveResults', {
      orgId: 'HU-DUC-TRONG',
      year: 2022,
      entries: [{ key: 'thu-ngan-sach', written: '815,3' }],
    });
    expect(saved).toEqual({ saved: 1 });
    const budget = (await call(h.ctx, 'listResults', { orgId: 'HU-DUC-TRONG', year: 2022 })).find((r) => r.key === 'thu-ngan-sach');
    expect(budget?.result).toMatchObject({ written: '815,3', source: 'nhap-tay', recordedBy: 'Chuyên viên thử' });
    expect(budget?.result?.parsed).toMatchObject({ kind: 'exact', value: 815.3 });
    const unknown = await refused(h.ctx, 'saveResults', {
      orgId: 'HU-DUC-TRONG',
      year: 2022,
      entries: [{ key: 'khong-co', written: '1' }],
    });
    expect(unknown.code).toBe('NOT_FOUND');
  });

  it('takes back a result emptied (typed by mistake): the year has no result for it any more', async () => {
    await call(h.ctx, 'saveResults', { orgId: 'HU-DUC-TRONG', year: 2022, entries: [{ key: 'thu-ngan-sach', written: '9.999' }] });
    const saved = await call(h.ctx, 'saveResults', {
      orgId: 'HU-DUC-TRONG',
      year: 2022,
      entries: [{ key: 'thu-ngan-sach', written: '  ' }],
    });
    expect(saved).toEqual({ saved: 1 });
    const budget = (await call(h.ctx, 'listResults', { orgId: 'HU-DUC-TRONG', year: 2022 })).find((r) => r.key === 'thu-ngan-sach');
    expect(budget?.result ?? null).toBeNull();
    const assessed = await call(h.ctx, 'assessTargets', { orgId: 'HU-DUC-TRONG', year: 2022 });
    expect(assessed.targets.find((t) => t.key === 'thu-ngan-sach')?.result).toBe('');
  });
});

describe('export', () => {
  it('gives the browser a download: a .docx (zip with word/document.xml) and an ASCII file name', async () => {
    const doc = (await call(h.ctx, 'listDocuments', { orgId: 'HU-DUC-TRONG', planYear: 2022 }))[0];
    const outcome = await call(h.ctx, 'exportDocx', { id: doc?.id });
    expect(outcome.kind).toBe('download');
    if (outcome.kind !== 'download') return;
    expect(outcome.fileName).toBe('Nghi-quyet-04-NQ-HU-2022.docx');
    const zip = await JSZip.loadAsync(Buffer.from(outcome.base64, 'base64'));
    const xml = await zip.file('word/document.xml')?.async('string');
    expect(xml).toContain('NGHỊ QUYẾT');
  });
});
