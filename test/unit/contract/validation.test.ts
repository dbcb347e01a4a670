import { describe, expect, it } from 'vitest';
import { resolutionSchema } from '../../../electron/contract/model/resolution.ts';
import { describePath, validate } from '../../../electron/contract/validation.ts';
import { parseResolutionJson } from '../../../electron/services/documents.ts';

describe('validation messages', () => {
  it('names a path with its Vietnamese field names', () => {
    expect(describePath(['header', 'number', 'seq'])).toBe('header.number.seq (Phần đầu › Số và ký hiệu › số thứ tự)');
    expect(describePath(['recipients', 'lines', 3, 'text'])).toBe('recipients.lines[3].text (Nơi nhận › dòng)');
    expect(describePath([])).toBe('(gốc)');
  });

  it('lists every wrong field of a resolution, in Vietnamese', () => {
    const r = validate(resolutionSchema, { schemaVersion: 1, profileId: 'hd36-2018', planYear: '2022' }, 'Văn bản');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_INPUT');
    expect(r.error.message).toMatch(/^Văn bản không hợp lệ \(\d+ lỗi\)$/);
    expect(r.error.details).toContain('planYear (Năm kế hoạch): Sai kiểu: cần số, nhận được chuỗi ký tự');
    expect(r.error.details).toContain('header (Phần đầu): Thiếu trường bắt buộc (cần đối tượng)');
  });

  it('rejects impossible dates and duplicated target keys', () => {
    const base = {
      schemaVersion: 1,
      profileId: 'hd36-2018',
      planYear: 2026,
      header: {
        issuingBody: 'CHI BỘ THÔN 3',
        bodyKind: 'chi-bo',
        number: { seq: null, typeCode: 'NQ', issuerCode: 'CB' },
        place: 'Tân Hội',
        date: '2025-02-30',
      },
      title: { documentType: 'NGHỊ QUYẾT', summary: 'về nhiệm vụ năm 2026' },
      body: [],
      targets: [
        { key: 'a', name: 'A', children: [] },
        { key: 'a', name: 'B', children: [] },
      ],
      recipients: { lines: [{ text: 'Lưu Chi bộ' }] },
      signature: { authority: 'T/M', authorityOf: 'CHI BỘ', title: 'BÍ THƯ', name: 'Lê C' },
      appendix: { include: false },
    };
    const r = validate(resolutionSchema, base, 'Văn bản');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.details).toContain('header.date (Phần đầu › Ngày ban hành): Ngày không có thật');
    expect(r.error.details).toContain('targets (Chỉ tiêu): Mã chỉ tiêu "a" bị trùng');
  });

  it('reads JSON with a byte-order mark and reports where broken JSON breaks', () => {
    const broken = parseResolutionJson('{\n "a": 1,\n "b": }');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error.message).toMatch(/dòng 3, cột \d+/);
    const bom = parseResolutionJson('\uFEFF{}');
    expect(bom.ok).toBe(false);
    if (!bom.ok) expect(bom.error.code).toBe('INVALID_INPUT');
  });
});

describe('where broken JSON breaks', () => {
  it('points at the first bad character', async () => {
    const { jsonErrorOffset } = await import('../../../electron/services/jsonError.ts');
    expect(jsonErrorOffset('{"a": [1, 2, {"b": null}], "c": "x\\"y"}')).toBeNull();
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('[1 2]')).toBe(3);
    expect(jsonErrorOffset('{"a": tru}')).toBe(6);
    expect(jsonErrorOffset('{"a": "x')).toBe(8);
    expect(jsonErrorOffset('{} x')).toBe(3);
    expect(jsonErrorOffset('')).toBe(0);
  });
});
