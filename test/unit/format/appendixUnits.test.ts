import { describe, expect, it } from 'vitest';
import type { TargetNode } from '../../../electron/contract/model/targets.ts';
import { appendixRows, withoutUnit } from '../../../electron/format/printed.ts';
import { parseTargetValue } from '../../../electron/format/targetValue.ts';

/** An appendix table has its "ĐƠN VỊ TÍNH" column: a value imported with its unit ("9.150 tỷ đồng") no longer prints it twice. */
const node = (name: string, unit: string, written: string, previous: { target: string; result: string }): TargetNode => ({
  key: name,
  name,
  unit,
  value: { written, parsed: parseTargetValue(written) },
  previous: { year: 2026, ...previous },
  children: [],
});

describe('figures in the appendix table', () => {
  it('leave the unit to its column', () => {
    const rows = appendixRows([
      node('Tổng thu ngân sách nhà nước trên địa bàn', 'tỷ đồng', '9.500 tỷ đồng', { target: '9.150 tỷ đồng', result: '9.412,6 tỷ đồng' }),
      node('Tỷ lệ hộ nghèo', '%', 'dưới 0,4%', { target: 'dưới 0,5%', result: '0,42%' }),
      node('Kết nạp đảng viên mới', 'đảng viên', 'ít nhất 130 đảng viên', { target: 'ít nhất 120 đảng viên', result: '126' }),
    ]);
    expect(rows.map((r) => [r.unit, r.previousTarget, r.previousResult, r.value])).toEqual([
      ['tỷ đồng', '9.150', '9.412,6', '9.500'],
      ['%', 'dưới 0,5', '0,42', 'dưới 0,4'],
      ['đảng viên', 'ít nhất 120', '126', 'ít nhất 130'],
    ]);
  });

  it('keeps words that are not a figure with that unit', () => {
    expect(withoutUnit('Thực hiện theo chỉ tiêu UBND tỉnh giao', 'tỷ đồng')).toBe('Thực hiện theo chỉ tiêu UBND tỉnh giao');
    expect(withoutUnit('84 triệu đồng/người/năm', 'triệu đồng')).toBe('84 triệu đồng/người/năm');
    expect(withoutUnit('100', '%')).toBe('100');
    expect(withoutUnit('19 xã, lũy kế đạt 107 xã', 'xã')).toBe('19 xã, lũy kế đạt 107');
    expect(withoutUnit('…', 'tỷ đồng')).toBe('…');
  });
});
