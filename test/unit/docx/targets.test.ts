import { describe, expect, it } from 'vitest';
import type { TargetNode } from '../../../electron/contract/model/targets.ts';
import { appendixRows, targetLines, targetValueText } from '../../../electron/format/printed.ts';
import { sample } from './helpers.ts';

const node = (over: Partial<TargetNode>): TargetNode => ({ key: 'k', name: 'Chỉ tiêu', children: [], ...over });

describe('targetValueText', () => {
  it('adds the unit when the written value has none', () => {
    expect(
      targetValueText(
        node({ unit: '%', value: { written: 'Tăng 6 - 7', parsed: { kind: 'growthRange', min: 6, max: 7, direction: 'higher' } } }),
      ),
    ).toBe('Tăng 6 - 7%');
    expect(
      targetValueText(
        node({ unit: 'trường', value: { written: '≥ 2', parsed: { kind: 'lowerBound', value: 2, inclusive: true, direction: 'higher' } } }),
      ),
    ).toBe('≥ 2 trường');
  });
  it('keeps the words when they carry the unit, or are qualitative', () => {
    expect(
      targetValueText(
        node({
          unit: 'tỷ đồng',
          value: { written: '15.577 tỷ đồng', parsed: { kind: 'exact', value: 15577, unit: 'tỷ đồng', direction: 'higher' } },
        }),
      ),
    ).toBe('15.577 tỷ đồng');
    expect(
      targetValueText(
        node({
          unit: '%',
          value: { written: 'Thực hiện theo chỉ tiêu UBND tỉnh giao', parsed: { kind: 'qualitative', direction: 'none' } },
        }),
      ),
    ).toBe('Thực hiện theo chỉ tiêu UBND tỉnh giao');
  });
  it('is empty without a value', () => {
    expect(targetValueText(node({ unit: '%' }))).toBe('');
  });
});

describe('targetLines (the targets block of the body)', () => {
  it('numbers top-level nodes, bullets children, punctuates the list', () => {
    expect(targetLines(sample().targets)).toEqual([
      { depth: 0, text: '1. Thu ngân sách nhà nước trên địa bàn: 13,5 tỷ đồng.' },
      { depth: 0, text: '2. Chỉ tiêu về văn hóa:' },
      { depth: 1, text: '- Hộ gia đình văn hóa: trên 95%;' },
      { depth: 1, text: '- Thôn đạt chuẩn văn hóa: ≥ 8 thôn.' },
      { depth: 0, text: '3. Giữ vững ổn định chính trị, trật tự an toàn xã hội: Giữ vững.' },
    ]);
  });
  it('uses "+" below the first level', () => {
    const tree = [
      node({
        name: 'A',
        children: [
          node({
            name: 'B',
            children: [node({ name: 'C', unit: '%', value: { written: '5', parsed: { kind: 'exact', value: 5, direction: 'exact' } } })],
          }),
        ],
      }),
    ];
    expect(targetLines(tree).map((l) => l.text)).toEqual(['1. A:', '- B:', '+ C: 5%.']);
  });
});

describe('appendixRows', () => {
  it('numbers top-level rows, bolds groups, carries last year', () => {
    const rows = appendixRows(sample().targets);
    expect(rows.map((r) => [r.stt, r.name, r.unit, r.previousTarget, r.previousResult, r.assessment, r.value, r.bold])).toEqual([
      ['1', 'Thu ngân sách nhà nước trên địa bàn', 'tỷ đồng', '12', '12,5', 'Vượt', '13,5', false],
      ['2', 'Chỉ tiêu về văn hóa', '', '', '', '', '', true],
      ['', 'Hộ gia đình văn hóa', '%', '94', '93,8', 'Không đạt', 'trên 95', false],
      ['', 'Thôn đạt chuẩn văn hóa', 'thôn', '7', '7', 'Đạt', '≥ 8', false],
      ['3', 'Giữ vững ổn định chính trị, trật tự an toàn xã hội', '', '', 'Giữ vững', '', 'Giữ vững', false],
    ]);
  });
});
