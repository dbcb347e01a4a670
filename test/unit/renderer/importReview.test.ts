import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../electron/contract/imports.ts';
import { withValue } from '../../../renderer/panels/targets/values.ts';
import {
  flatTargets,
  initialDraft,
  isDoubtful,
  isDoubtfulTarget,
  linkClashes,
  linksRequest,
  matchingParagraphs,
  storedAs,
  updateTarget,
} from '../../../renderer/screens/import/importDraft.ts';
import { call, openHarness, refused, type Harness } from '../../integration/handlersKit.ts';

/**
 * "Nhập văn bản cũ": the verbs the review screen calls (previewImport stores nothing; saveImport
 * stores what was confirmed, with the links chosen) and the screen's own bookkeeping.
 */
let h: Harness;
let docx: { fileName: string; base64: string };
beforeAll(async () => {
  h = openHarness('soan-nq-import-review-');
  const exported = await call(h.ctx, 'exportDocx', { id: 3 });
  if (exported.kind !== 'download') throw new Error('cần tệp tải về');
  docx = { fileName: exported.fileName, base64: exported.base64 };
});
afterAll(() => h.close());

const ORG = 'DU-HIEP-THANH';

describe('previewImport', () => {
  it('reads a .docx for a body: model, confidences, links to its indicators, the original paragraphs — and stores nothing', async () => {
    const before = await call(h.ctx, 'listDocuments', {});
    const p = await call(h.ctx, 'previewImport', { ...docx, orgId: ORG });
    expect(p.status).toBe('ban-hanh');
    expect(p.model.header.number.seq).toBe(12);
    expect(p.original.slice(0, 2)).toEqual(['ĐẢNG BỘ TỈNH LÂM ĐỒNG', 'ĐẢNG ỦY XÃ HIỆP THẠNH']);
    expect(p.links.length).toBeGreaterThan(0);
    expect(p.links.every((l) => l.linkedTo?.key === l.key)).toBe(true);
    expect(p.indicators.map((i) => i.key)).toContain('kinh-te.thu-ngan-sach');
    // The number is already in the register: the file was probably imported before.
    expect(p.notes.some((n) => n.includes('12-NQ/ĐU đã có trong sổ đăng ký'))).toBe(true);
    expect(await call(h.ctx, 'listDocuments', {})).toEqual(before);
  });

  it('refuses a broken or foreign file with the importer’s Vietnamese message', async () => {
    const broken = await refused(h.ctx, 'previewImport', {
      fileName: 'hong.docx',
      base64: Buffer.from('PK\x03\x04hỏng').toString('base64'),
    });
    expect(broken.message).toMatch(/^hong\.docx: Tệp \.docx bị hỏng/);
    const legacy = await refused(h.ctx, 'previewImport', {
      fileName: 'cu.doc',
      base64: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(600).fill(0)]).toString('base64'),
    });
    expect(legacy.message).toMatch(/Không đọc được tệp \.doc \(Word 97–2003\) này/);
    const notes = await refused(h.ctx, 'previewImport', {
      fileName: 'bien-ban.txt',
      base64: Buffer.from('Biên bản họp chi bộ\nNội dung: công tác quý IV.').toString('base64'),
    });
    expect(notes.message).toMatch(/không phải văn bản của Đảng/);
  });
});

describe('saveImport', () => {
  it('an issued document already stored is opened, not stored a second time', async () => {
    const p = await call(h.ctx, 'previewImport', { ...docx, orgId: ORG });
    expect(p.duplicate).toMatchObject({ documentId: 3, status: 'ban-hanh', why: 'number' });
    const before = await call(h.ctx, 'listDocuments', {});
    const saved = await call(h.ctx, 'saveImport', { orgId: ORG, fileName: 'lai.docx', content: p.model, links: [] });
    expect(saved.id).toBe(3);
    expect(await call(h.ctx, 'listDocuments', {})).toEqual(before);
  });

  it('stores a draft when the number or date is missing, with the keys of the links chosen (an existing indicator, or a new one)', async () => {
    const p = await call(h.ctx, 'previewImport', { ...docx, orgId: ORG });
    const draft = initialDraft(p);
    const [first, second] = flatTargets(draft.model.targets).map((t) => t.node.key);
    if (!first || !second) throw new Error('cần hai chỉ tiêu');
    // Another document than the stored #3 (which this file is): no number yet, another summary.
    const model = {
      ...draft.model,
      header: { ...draft.model.header, date: null, number: { ...draft.model.header.number, seq: null } },
      title: { ...draft.model.title, summary: 'về một việc khác năm 2025' },
    };
    expect(storedAs(model)).toBe('du-thao');
    const links = linksRequest({ model, links: { ...draft.links, [first]: null } });
    const saved = await call(h.ctx, 'saveImport', { orgId: ORG, fileName: 'cu.docx', content: model, links });
    expect(saved.status).toBe('du-thao');
    const keys = flatTargets(saved.content.targets).map((t) => t.node.key);
    expect(keys[0]).toBe(`${first}-moi`);
    expect(keys[1]).toBe(second);
  });

  it('refuses two targets linked to the same indicator, and a link to an indicator the body does not have', async () => {
    const p = await call(h.ctx, 'previewImport', { ...docx, orgId: ORG });
    const draft = initialDraft(p);
    const [first, second] = flatTargets(draft.model.targets).map((t) => t.node.key);
    if (!first || !second) throw new Error('cần hai chỉ tiêu');
    const twice = { ...draft, links: { ...draft.links, [second]: first } };
    expect(linkClashes(twice, p.indicators)).toHaveLength(1);
    const clash = await refused(h.ctx, 'saveImport', { orgId: ORG, fileName: 'cu.docx', content: draft.model, links: linksRequest(twice) });
    expect(clash.message).toMatch(/cùng được nối/);
    const unknown = await refused(h.ctx, 'saveImport', {
      orgId: ORG,
      fileName: 'cu.docx',
      content: draft.model,
      links: [{ key: first, linkedTo: 'khong-co' }],
    });
    expect(unknown.message).toMatch(/chưa có chỉ tiêu nào mang mã này/);
  });
});

describe('the review screen’s bookkeeping', () => {
  const preview = {
    confidence: { 'header.number': 0.2, 'header.place': 0.95, 'targets.a': 0.4 },
    links: [
      { key: 'a', name: 'A', parentKey: null, linkedTo: null, match: 'new', confidence: 0.4 },
      { key: 'b', name: 'B', parentKey: null, linkedTo: { key: 'x', name: 'X' }, match: 'ambiguous', confidence: 0.9 },
    ],
  } as unknown as ImportPreview;

  it('marks doubtful fields and targets (a low score, or a name that matched several indicators)', () => {
    expect(isDoubtful(preview.confidence, 'header.number')).toBe(true);
    expect(isDoubtful(preview.confidence, 'header.place')).toBe(false);
    expect(isDoubtful(preview.confidence, 'title.summary')).toBe(false);
    expect(isDoubtfulTarget(preview, 'a')).toBe(true);
    expect(isDoubtfulTarget(preview, 'b')).toBe(true);
  });

  it('edits a target deep in the tree, and finds the original paragraphs holding the field being corrected', () => {
    const tree = [{ key: 'g', name: 'Nhóm', children: [{ key: 'g.a', name: 'Thu ngân sách', unit: 'tỷ đồng', children: [] }] }];
    const edited = updateTarget(tree, 'g.a', (n) => withValue(n, '15'));
    expect(edited[0]?.children[0]?.value?.written).toBe('15');
    expect(tree[0]?.children[0]).not.toHaveProperty('value');
    expect(matchingParagraphs(['HUYỆN ỦY ĐỨC TRỌNG', 'Số 04-NQ/HU', 'Về phát triển  kinh tế'], 'về phát triển kinh tế')).toEqual([2]);
    expect(matchingParagraphs(['x'], 'a')).toEqual([]);
  });
});
