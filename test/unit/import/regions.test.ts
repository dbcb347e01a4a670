import { describe, expect, it } from 'vitest';
import type { SourcePara } from '../../../electron/import/source.ts';
import { findRegions } from '../../../electron/import/layout/regions.ts';

const para = (text: string, index: number): SourcePara => ({
  kind: 'para',
  index,
  runs: [],
  text,
  label: null,
  listLevel: null,
  bullet: false,
  format: null,
  gapBefore: false,
  pageBreakBefore: false,
  cell: null,
});

describe('the certified-copy block of an imported file, its rule lost in a conversion', () => {
  it('starts at the copying body’s superior line ("ĐẢNG BỘ TỈNH …", a word JavaScript’s \\b did not end)', () => {
    const lines = [
      'NGHỊ QUYẾT',
      'về nhiệm vụ năm 2027',
      'Nội dung.',
      'Nơi nhận:',
      '- Lưu Văn phòng Đảng ủy.',
      'ĐẢNG BỘ TỈNH KHÁNH HÒA',
      'ĐẢNG ỦY XÃ CÔNG HẢI',
      '*',
      'Số 05-BS/ĐU',
      'SAO Y BẢN CHÍNH',
    ];
    const regions = findRegions(
      lines.map((t, i) => para(t, i + 1)),
      0,
    );
    expect(regions.copy?.start).toBe(lines.indexOf('ĐẢNG BỘ TỈNH KHÁNH HÒA'));
  });
});
