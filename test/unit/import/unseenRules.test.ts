import { describe, expect, it } from 'vitest';
import { walkTargets } from '../../../electron/contract/model/targets.ts';
import { rebuildFlatTables } from '../../../electron/import/layout/flatTables.ts';
import { readTargetsTables } from '../../../electron/import/parse/targetTable.ts';
import { textToSource } from '../../../electron/import/text/lines.ts';
import { importText, resolutionText, structureOf } from './helpers/texts.ts';

/** Rules found by the unseen documents u10–u12 (test/fixtures/unseen/docs_d.py), each on a small text of its own. */

describe('targets run in after a field in a numbered paragraph', () => {
  it('reads "2.1. Về kinh tế: A …; B …" as the field and one target per clause', () => {
    const body = [
      'II. MỤC TIÊU, CHỈ TIÊU NĂM 2027',
      '1. Mục tiêu chung',
      'Phát triển kinh tế nông nghiệp gắn với du lịch sinh thái.',
      '2. Các chỉ tiêu chủ yếu',
      '2.1. Về kinh tế: tổng giá trị sản xuất tăng 7,5 % so với năm 2026; bê tông hóa thêm 4,5 km đường giao thông nông thôn.',
      '2.2. Về xã hội: giải quyết việc làm mới cho 320 lao động; tỷ lệ tham gia bảo hiểm y tế đạt 95 % trở lên.',
      '2.3. Tỷ lệ che phủ rừng: 55,5 %.',
      'III. NHIỆM VỤ, GIẢI PHÁP',
      '1. Không phải chỉ tiêu 9 %.',
    ].join('\n');
    const nodes = [...walkTargets(importText(resolutionText({ body })).model.targets)].map(
      ([n, d]) => `${d}:${n.name}=${n.value?.written ?? ''}`,
    );
    expect(nodes).toEqual([
      '0:Về kinh tế=',
      '1:Tổng giá trị sản xuất=tăng 7,5 % so với năm 2026',
      '1:Bê tông hóa đường giao thông nông thôn=thêm 4,5 km',
      '0:Về xã hội=',
      // The preposition left at the end of the name by the figure taken out is dropped.
      '1:Giải quyết việc làm mới=320 lao động',
      '1:Tỷ lệ tham gia bảo hiểm y tế=95 % trở lên',
      '0:Tỷ lệ che phủ rừng=55,5 %',
    ]);
  });
});

describe('a header line broken where the blanks made it too wide', () => {
  it('joins "Số" to "-NQ/ĐU" and "…, ngày" to "tháng 12 năm" and "2026" on the lines after', () => {
    const header = [
      'ĐẢNG BỘ TỈNH QUẢNG NINH',
      'ĐẢNG ỦY CƠ QUAN SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
      '*',
      'Số',
      '-NQ/ĐU',
      '',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Quảng Ninh, ngày',
      'tháng 12 năm',
      '2026',
    ].join('\n');
    const h = importText(resolutionText({ header })).model.header;
    expect([h.issuingBody, h.number.typeCode, h.number.issuerCode, h.number.seq, h.place, h.date]).toEqual([
      'ĐẢNG ỦY CƠ QUAN SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
      'NQ',
      'ĐU',
      null,
      'Quảng Ninh',
      null,
    ]);
  });
});

describe('a targets table flattened by pdftotext -layout, its header on two rows and a "Ghi chú"', () => {
  const layout = [
    'STT          Chỉ tiêu          ĐVT         Năm 2026          So        Kế       Ghi',
    '                                         Kế       Ước       sánh     hoạch      chú',
    '                                        hoạch    thực       (%)       năm',
    '                                                  hiện               2027',
    ' I    Kinh tế',
    ' 1    Tốc độ tăng trưởng         %        8,5       8,7     102,4    9 - 9,5',
    '      GRDP',
    ' 2    Thu ngân sách nhà nước       tỷ    34.500    36.120    104,7    38.000      Dự',
    '      trên địa bàn               đồng                                            toán',
    ' 3    Kết nạp đảng viên mới      đảng     3.200     3.315    103,6   3.300 trở',
    '                                 viên                                   lên',
  ].join('\n');

  it('rebuilds the labels, joins wrapped names, units and values, drops the note, and keeps last year beside', () => {
    const table = rebuildFlatTables(textToSource(layout).blocks, 0).find((b) => b.kind === 'table');
    const rows = table?.kind === 'table' ? table.rows.map((r) => r.map((c) => c.map((p) => p.text).join(' '))) : [];
    expect(rows[0]).toEqual([
      'STT',
      'Chỉ tiêu',
      'ĐVT',
      'Năm 2026 Kế hoạch',
      'Năm 2026 Ước thực hiện',
      'So sánh (%)',
      'Kế hoạch năm 2027',
      'Ghi chú',
    ]);
    expect(rows.slice(2)).toEqual([
      ['1', 'Tốc độ tăng trưởng GRDP', '%', '8,5', '8,7', '102,4', '9 - 9,5', ''],
      ['2', 'Thu ngân sách nhà nước trên địa bàn', 'tỷ đồng', '34.500', '36.120', '104,7', '38.000', ''],
      ['3', 'Kết nạp đảng viên mới', 'đảng viên', '3.200', '3.315', '103,6', '3.300 trở lên', ''],
    ]);
    const read = table?.kind === 'table' ? readTargetsTables([table], 2027) : null;
    expect(read?.drafts[0]?.children[1]).toMatchObject({ written: '38.000', previous: { year: 2026, target: '34.500', result: '36.120' } });
  });
});

describe('the e-office stamp drawn over the signature column', () => {
  it('is found beside the recipients (a PDF line in two columns): the document is issued, its body named', () => {
    const closing = [
      'Nơi nhận:\tT/M ĐẢNG ỦY',
      '- Ban Thường vụ Đảng ủy UBND tỉnh;\tBÍ THƯ',
      '- Ban Giám đốc Sở;\tĐẢNG ỦY CƠ QUAN SỞ NÔNG NGHIỆP VÀ MÔI',
      '- Các chi bộ trực thuộc;\tTRƯỜNG',
      '- Lưu VPĐU.\t23-12-2026 16:05:12 +07:00',
      '',
      'Vũ Thị Thanh Hương',
    ].join('\n');
    const header =
      'ĐẢNG BỘ TỈNH QUẢNG NINH\nĐẢNG ỦY CƠ QUAN SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n*\nSố     -NQ/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\nQuảng Ninh, ngày     tháng 12 năm 2026';
    const s = structureOf(resolutionText({ header, closing }));
    expect(s.stamp).toEqual({ body: 'ĐẢNG ỦY CƠ QUAN SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', date: '2026-12-23' });
    const r = importText(resolutionText({ header, closing }));
    expect([r.status, r.model.signature.name, r.model.recipients.lines.length]).toEqual(['ban-hanh', 'Vũ Thị Thanh Hương', 4]);
  });
});

describe('the plan year from the targets table', () => {
  it('is the year of the value column when the summary names none', () => {
    const header = 'TỈNH ỦY HƯNG YÊN\n*\nSố 35-NQ/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\nHưng Yên, ngày 16 tháng 6 năm 2026';
    const after = [
      'PHỤ LỤC',
      'CÁC CHỈ TIÊU CHỦ YẾU',
      '',
      'STT\tChỉ tiêu\tĐVT\tKế hoạch năm 2026\tƯớc thực hiện năm 2026\tKế hoạch năm 2027',
      '1\tThu ngân sách nhà nước\ttỷ đồng\t34.500\t36.120\t38.000',
    ].join('\n');
    const r = importText(resolutionText({ header, title: 'NGHỊ QUYẾT\nvề phương hướng, nhiệm vụ', after }));
    expect(r.model.planYear).toBe(2027);
    expect(r.model.targets[0]?.previous).toEqual({ year: 2026, target: '34.500', result: '36.120' });
  });
});
