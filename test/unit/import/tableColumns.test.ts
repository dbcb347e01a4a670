import { describe, expect, it } from 'vitest';
import { appendixColumns } from '../../../electron/format/printed.ts';
import { headerCells } from '../../../electron/import/layout/flatRows.ts';
import { joinSubHeader, roleOf, tableColumns } from '../../../electron/import/parse/tableColumns.ts';
import { readTargetsTables } from '../../../electron/import/parse/targetTable.ts';
import type { SourcePara, SourceTable } from '../../../electron/import/source.ts';
import { textToSource } from '../../../electron/import/text/lines.ts';
import { profile, sample } from '../docx/helpers.ts';

/** A targets table's header read generally: which column is this year's value, last year's plan and result, and their years. */

/** One cell's paragraphs, as the text reader makes them. */
const cell = (text: string): SourcePara[] =>
  text === '' ? [] : textToSource(text).blocks.filter((b): b is SourcePara => b.kind === 'para');
const tableOf = (rows: string[][]): SourceTable => ({ kind: 'table', index: 1, rows: rows.map((r) => r.map(cell)) });

describe('roleOf', () => {
  it.each([
    ['Kế hoạch năm 2025', 'plan'],
    ['KH 2026', 'plan'],
    ['Chỉ tiêu Nghị quyết năm 2025', 'plan'],
    ['Mục tiêu 2027', 'plan'],
    ['Năm 2027', 'plan'],
    ['Ước thực hiện năm 2025', 'estimate'],
    ['Ước TH 2025', 'estimate'],
    ['ƯTH 2025', 'estimate'],
    ['Ước đạt', 'estimate'],
    ['Thực hiện', 'actual'],
    ['TH năm 2025', 'actual'],
    ['Kết quả thực hiện năm 2025', 'actual'],
    ['So sánh (%)', 'compare'],
    ['TH/KH (%)', 'compare'],
    ['Tỷ lệ so với kế hoạch', 'compare'],
    ['Đánh giá', 'assessment'],
    ['Ghi chú', 'note'],
  ])('%j -> %s', (label, role) => {
    expect(roleOf(label)).toBe(role);
  });
});

describe('tableColumns', () => {
  it('reads this year and last year apart, with their years, whatever the order and the extra columns', () => {
    const c = tableColumns([
      'STT',
      'Chỉ tiêu',
      'ĐVT',
      'Kế hoạch năm 2025',
      'Ước thực hiện năm 2025',
      'So sánh (%)',
      'Kế hoạch năm 2026',
      'Ghi chú',
    ]);
    expect(c).toMatchObject({ stt: 0, name: 1, unit: 2, previousTarget: 3, previousResult: 4, value: 6, resultEstimated: true });
    expect(c?.years).toEqual({ value: 2026, previousTarget: 2025, previousResult: 2025 });
  });

  it('takes the actual result over an estimate of the same year, and not a result of the year before', () => {
    const c = tableColumns(['TT', 'Nội dung', 'Đơn vị tính', 'Thực hiện 2024', 'KH 2025', 'Ước TH 2025', 'Thực hiện 2025', 'KH 2026']);
    expect([c?.previousTarget, c?.previousResult, c?.value, c?.resultEstimated]).toEqual([4, 6, 7, false]);
    const d = tableColumns(['TT', 'Nội dung', 'Đơn vị tính', 'Thực hiện 2024', 'KH 2025', 'ƯTH 2025', 'KH 2026']);
    expect([d?.previousTarget, d?.previousResult, d?.value, d?.resultEstimated]).toEqual([4, 5, 6, true]);
  });

  it('reads a table without years: the last plan is this year, the one before it last year', () => {
    expect(tableColumns(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch', 'Thực hiện', 'Đánh giá', 'Chỉ tiêu'])).toMatchObject({
      previousTarget: 3,
      previousResult: 4,
      assessment: 5,
      value: 6,
      years: { value: null, previousTarget: null, previousResult: null },
    });
    expect(tableColumns(['STT', 'CHỈ TIÊU', 'ĐƠN VỊ TÍNH', 'CHỈ TIÊU'])).toMatchObject({
      value: 3,
      previousTarget: null,
      previousResult: null,
    });
  });

  it('is null without STT or an indicator column', () => {
    expect(tableColumns(['Chỉ tiêu', 'Năm 2026'])).toBeNull();
    expect(tableColumns(['STT', 'Họ và tên', 'Chức vụ'])).toBeNull();
  });

  it('joins a header written on two rows, a merged year over its columns', () => {
    const top = ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2025', '', 'Kế hoạch năm 2026', 'Ghi chú'];
    const under = ['', '', '', 'KH', 'ƯTH', '', ''];
    const joined = joinSubHeader(top, under);
    expect(joined).toEqual(['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2025 KH', 'Năm 2025 ƯTH', 'Kế hoạch năm 2026', 'Ghi chú']);
    expect(tableColumns(joined ?? [])).toMatchObject({ previousTarget: 3, previousResult: 4, value: 5 });
    // A data row is no second header row.
    expect(joinSubHeader(top, ['1', 'Thu ngân sách', 'tỷ đồng', '40', '41', '45', ''])).toBeNull();
  });
});

describe('readTargetsTables with last year beside', () => {
  it('keeps last year plan and estimate in previous, this year in the value, with the header years', () => {
    const t = tableOf([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2025', '', 'Kế hoạch năm 2026', 'Ghi chú'],
      ['', '', '', 'KH', 'Ước TH', '', ''],
      ['1', 'Thu ngân sách nhà nước', 'tỷ đồng', '1.200', '1.310', '1.400', ''],
      ['2', 'Tỷ lệ hộ nghèo', '%', '< 2', '1,8', '< 1,5', 'Chuẩn mới'],
    ]);
    const r = readTargetsTables([t], 2026);
    expect(r?.drafts.map((d) => [d.name, d.written, d.previous])).toEqual([
      ['Thu ngân sách nhà nước', '1.400', { year: 2025, target: '1.200', result: '1.310' }],
      ['Tỷ lệ hộ nghèo', '< 1,5', { year: 2025, target: '< 2', result: '1,8' }],
    ]);
    expect(r?.valueHeader).toBe('Kế hoạch năm 2026');
    expect(r?.columns).toEqual({
      previousTarget: true,
      previousResult: true,
      assessment: false,
      years: { previousTarget: 2025, previousResult: 2025, value: 2026 },
      resultEstimated: true,
    });
  });

  it('does not take a comparison or a note for this year', () => {
    const t = tableOf([
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch 2025', 'Thực hiện 2025', 'So sánh (%)', 'Kế hoạch 2026', 'Ghi chú'],
      ['1', 'Trồng rừng tập trung', 'ha', '500', '520', '104', '550', 'Vượt'],
    ]);
    const [d] = readTargetsTables([t], null)?.drafts ?? [];
    expect([d?.written, d?.previous]).toEqual(['550', { year: 2025, target: '500', result: '520' }]);
  });
});

describe("the printed appendix keeps an imported table's years and its kind of result", () => {
  it('heads last year with the years the header gave, "THỰC HIỆN" for an actual result', () => {
    const d = sample((x) => ({
      ...x,
      planYear: 2027,
      appendix: {
        ...x.appendix,
        columns: {
          previousTarget: true,
          previousResult: true,
          assessment: false,
          years: { previousTarget: 2025, previousResult: 2025, value: 2026 },
          resultEstimated: false,
        },
      },
    }));
    expect(
      appendixColumns(d, profile)
        .map((c) => c.header)
        .slice(3, 5),
    ).toEqual(['KẾ HOẠCH NĂM 2025', 'THỰC HIỆN NĂM 2025']);
  });
});

describe('a flattened header line split into its labels, abbreviations too', () => {
  it.each([
    ['STT Chỉ tiêu ĐVT KH 2025 ƯTH 2025 KH 2026', ['KH 2025', 'ƯTH 2025', 'KH 2026']],
    ['STT Chỉ tiêu ĐVT Năm 2026 Năm 2027', ['Năm 2026', 'Năm 2027']],
    [
      'STT Chỉ tiêu ĐVT Kế hoạch năm 2025 Ước thực hiện năm 2025 So sánh (%) Kế hoạch năm 2026 Ghi chú',
      ['Kế hoạch năm 2025', 'Ước thực hiện năm 2025', 'So sánh (%)', 'Kế hoạch năm 2026', 'Ghi chú'],
    ],
    [
      'STT CHỈ TIÊU ĐƠN VỊ TÍNH KẾ HOẠCH NĂM 2021 ƯỚC THỰC HIỆN NĂM 2021 CHỈ TIÊU',
      ['KẾ HOẠCH NĂM 2021', 'ƯỚC THỰC HIỆN NĂM 2021', 'CHỈ TIÊU'],
    ],
  ])('%j', (line, values) => {
    expect(headerCells(line)?.slice(3)).toEqual(values);
  });
});
