import { describe, expect, it } from 'vitest';
import type { TargetNode } from '../../../electron/contract/model/targets.ts';
import { cellsOfLine, headerCells } from '../../../electron/import/layout/flatRows.ts';
import { importText, resolutionText } from './helpers/texts.ts';

/**
 * A targets table flattened by a conversion, rebuilt: cells joined by single spaces (pandoc), by
 * runs of spaces, side by side with some borders lost and a long indicator wrapped (a PDF's text
 * layer), one cell per line (a table saved as text). The same table must read the same in every shape.
 */

type Row = [string, string | undefined, string | undefined];
const rows = (targets: readonly TargetNode[], depth = 0): Row[] =>
  targets.flatMap((t) => [[`${'> '.repeat(depth)}${t.name}`, t.unit, t.value?.written] as Row, ...rows(t.children, depth + 1)]);

const appendix = (table: string): string =>
  resolutionText({
    after: `PHỤ LỤC\n\nCHỈ TIÊU NĂM 2022\n\n(Kèm theo Nghị quyết số 04-NQ/HU ngày 10/12/2021 của Huyện ủy Đức Trọng)\n\n${table}`,
  });

const TRUE: Row[] = [
  ['Tổng giá trị sản phẩm', undefined, undefined],
  ['> Nông nghiệp', '%', 'Tăng 3 - 4'],
  ['> Thương mại, dịch vụ', '%', 'Tăng 12'],
  ['Thu ngân sách trên địa bàn', 'triệu đồng', '45.300'],
  ['Tỷ lệ người dân tham gia bảo hiểm y tế toàn dân trên địa bàn xã', '%', '> 92'],
  ['Hộ nghèo giảm', 'hộ', '≥ 15'],
  ['> Trong đó hộ cận nghèo', 'hộ', '8'],
  ['Kết nạp đảng viên mới', 'đảng viên', '12'],
];

const SHAPES: Record<string, string> = {
  'single spaces (pandoc)': [
    'STT CHỈ TIÊU ĐƠN VỊ TÍNH KẾ HOẠCH NĂM 2022',
    '1 Tổng giá trị sản phẩm',
    'Nông nghiệp % Tăng 3 - 4',
    'Thương mại, dịch vụ % Tăng 12',
    '2 Thu ngân sách trên địa bàn triệu đồng 45.300',
    '3 Tỷ lệ người dân tham gia bảo hiểm y tế toàn dân trên địa bàn xã % > 92',
    '4 Hộ nghèo giảm hộ ≥ 15',
    'Trong đó hộ cận nghèo hộ 8',
    '5 Kết nạp đảng viên mới đảng viên 12',
  ].join('\n'),
  'side by side, some borders lost, a wrapped indicator (PDF)': [
    'STT\tCHỈ TIÊU\tĐƠN VỊ TÍNH KẾ HOẠCH NĂM 2022',
    '1\tTổng giá trị sản phẩm',
    'Nông nghiệp %\tTăng 3 - 4',
    'Thương mại, dịch vụ\t%\tTăng 12',
    '2\tThu ngân sách trên địa bàn\ttriệu đồng\t45.300',
    '3\tTỷ lệ người dân tham gia bảo hiểm y tế toàn dân',
    'trên địa bàn xã %\t> 92',
    '4\tHộ nghèo giảm hộ\t≥ 15',
    'Trong đó hộ cận nghèo\thộ\t8',
    '',
    'STT\tCHỈ TIÊU\tĐƠN VỊ TÍNH KẾ HOẠCH NĂM 2022',
    '5\tKết nạp đảng viên mới\tđảng viên 12',
  ].join('\n'),
  'runs of spaces': [
    'STT   CHỈ TIÊU      ĐƠN VỊ TÍNH   KẾ HOẠCH NĂM 2022',
    '1     Tổng giá trị sản phẩm',
    '      Nông nghiệp   %   Tăng 3 - 4',
    '      Thương mại, dịch vụ    %    Tăng 12',
    '2     Thu ngân sách trên địa bàn    triệu đồng    45.300',
    '3     Tỷ lệ người dân tham gia bảo hiểm y tế toàn dân trên địa bàn xã    %    > 92',
    '4     Hộ nghèo giảm    hộ    ≥ 15',
    '      Trong đó hộ cận nghèo    hộ    8',
    '5     Kết nạp đảng viên mới    đảng viên    12',
  ].join('\n'),
  'one cell per line': [
    'STT',
    'Chỉ tiêu',
    'Đơn vị tính',
    'Kế hoạch năm 2022',
    '1',
    'Tổng giá trị sản phẩm',
    'Nông nghiệp',
    '%',
    'Tăng 3 - 4',
    'Thương mại, dịch vụ',
    '%',
    'Tăng 12',
    '2',
    'Thu ngân sách trên địa bàn',
    'triệu đồng',
    '45.300',
    '3',
    'Tỷ lệ người dân tham gia bảo hiểm y tế toàn dân trên địa bàn xã',
    '%',
    '> 92',
    '4',
    'Hộ nghèo giảm',
    'hộ',
    '≥ 15',
    'Trong đó hộ cận nghèo',
    'hộ',
    '8',
    '5',
    'Kết nạp đảng viên mới',
    'đảng viên',
    '12',
  ].join('\n'),
};

describe('a flattened targets table is rebuilt', () => {
  for (const [shape, table] of Object.entries(SHAPES)) {
    it(`reads every row, unit and value: ${shape}`, () => {
      const report = importText(appendix(table));
      expect(rows(report.model.targets)).toEqual(TRUE);
    });
  }

  it('reads a PDF’s narrow columns: wrapped header labels, a wrapped name, unit and value, a dash between values', () => {
    const report = importText(
      appendix(
        [
          'STT\tChỉ tiêu\tĐVT\tKế\tƯớc\tSo sánh\tNăm',
          'hoạch\tTH\t(%)\t2027',
          '2026\t2026',
          'I\tKinh tế',
          '1\tTốc độ tăng tổng sản phẩm trên\t%\t10\t10,2\t102,0\t10 - 11',
          'địa bàn (GRDP)',
          '2\tGRDP bình quân đầu người\ttriệu\t148\t151,3\t102,2\t165',
          'đồng',
          '3\tTỷ lệ hộ nghèo theo chuẩn thành\t%\t< 1\t0,85\t-\t< 0,7',
          'phố',
          '4\tKết nạp đảng viên mới\tđảng\t2.500\t2.614\t104,6\t2.600',
          'viên\ttrở lên',
        ].join('\n'),
      ),
    );
    expect(rows(report.model.targets)).toEqual([
      ['Kinh tế', undefined, undefined],
      ['> Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)', '%', '10 - 11'],
      ['> GRDP bình quân đầu người', 'triệu đồng', '165'],
      ['> Tỷ lệ hộ nghèo theo chuẩn thành phố', '%', '< 0,7'],
      ['> Kết nạp đảng viên mới', 'đảng viên', '2.600 trở lên'],
    ]);
    expect(report.model.appendix.valueHeader).toBe('Năm 2027');
  });

  it('reads a PDF of a Word table whose cells are centred: a label, a number, a unit and value between the lines of a name', () => {
    // The lines of LibreOffice's PDF of Đức Trọng's appendix (a header on three lines, "ĐƠN VỊ" /
    // "TÍNH" around the others; a long name's number, unit and value on its middle line or alone),
    // with the header repeated after the page break.
    const header = ['ĐƠN VỊ', 'STT\tCHỈ TIÊU\tCHỈ TIÊU', 'TÍNH'];
    const report = importText(
      appendix(
        [
          ...header,
          '2\tThu NSNN do huyện quản lý\ttỷ đồng\t770,4',
          '5\tTỷ lệ hộ nghèo\t%\t0,24',
          'Trong đó hộ nghèo dân tộc thiểu số %\t0,4',
          '6\tChỉ tiêu về lĩnh vực văn hóa',
          'Giữ vững Thôn, tổ dân phố, cơ quan, đơn vị,',
          'doanh nghiệp được công nhận đạt chuẩn văn\t%\t98',
          'hóa',
          'Giữ vững "xã đạt chuẩn văn hóa nông thôn',
          'xã\t14',
          'mới"',
          '12\tChỉ tiêu về xây dựng nông thôn mới',
          'Chỉ tiêu về dân số sử dụng nước sạch, thu',
          '13',
          'gom xử lý rác thải',
          'Tỷ lệ dân số nông thôn, đô thị được sử dụng',
          '%\t>98',
          'nước hợp vệ sinh',
          ...header,
          'Rác thải nông thôn\t%\t>95',
          'Hoàn thành dữ liệu số đáp ứng công tác CCHC',
          '15',
          'và chính quyền điện tử',
          '18\tPhát triển đảng\tđảng viên\t100',
        ].join('\n'),
      ),
    );
    expect(rows(report.model.targets)).toEqual([
      ['Thu NSNN do huyện quản lý', 'tỷ đồng', '770,4'],
      ['Tỷ lệ hộ nghèo', '%', '0,24'],
      ['> Trong đó hộ nghèo dân tộc thiểu số', '%', '0,4'],
      ['Chỉ tiêu về lĩnh vực văn hóa', undefined, undefined],
      ['> Giữ vững Thôn, tổ dân phố, cơ quan, đơn vị, doanh nghiệp được công nhận đạt chuẩn văn hóa', '%', '98'],
      ['> Giữ vững "xã đạt chuẩn văn hóa nông thôn mới"', 'xã', '14'],
      ['Chỉ tiêu về xây dựng nông thôn mới', undefined, undefined],
      ['Chỉ tiêu về dân số sử dụng nước sạch, thu gom xử lý rác thải', undefined, undefined],
      ['> Tỷ lệ dân số nông thôn, đô thị được sử dụng nước hợp vệ sinh', '%', '>98'],
      ['> Rác thải nông thôn', '%', '>95'],
      ['Hoàn thành dữ liệu số đáp ứng công tác CCHC và chính quyền điện tử', undefined, undefined],
      ['Phát triển đảng', 'đảng viên', '100'],
    ]);
    expect(report.model.appendix.valueHeader).toBe('CHỈ TIÊU');
  });

  it('continues a wrapped unit and value laid out with runs of spaces (pdftotext -layout)', () => {
    const report = importText(
      appendix(
        [
          'STT   Chỉ tiêu                  ĐVT      Kế hoạch 2026   Năm 2027',
          ' 1    Kết nạp đảng viên mới     đảng     2.500           2.600',
          '                                viên                     trở lên',
          ' 2    Thu ngân sách             tỷ đồng  40.000          45.000',
        ].join('\n'),
      ),
    );
    expect(rows(report.model.targets)).toEqual([
      ['Kết nạp đảng viên mới', 'đảng viên', '2.600 trở lên'],
      ['Thu ngân sách', 'tỷ đồng', '45.000'],
    ]);
  });

  it('reads a table saved one cell per line through the empty line of a merged cell, and stops at the next section', () => {
    const body = [
      'II. CHỈ TIÊU CHỦ YẾU NĂM 2027',
      'TT\nChỉ tiêu\nĐơn vị tính\nKế hoạch năm 2027',
      'I\nKinh tế\n1\nTổng thu ngân sách trên địa bàn\ntỷ đồng\n1,234.5\n2\nTổng diện tích gieo trồng\nha\n12,480',
      '\nTrong đó: cà phê\nha\n6,150\n3\nGiao quân\n%\n100',
      'III. NHIỆM VỤ, GIẢI PHÁP',
      '1. Tiếp tục tái canh cà phê.',
    ].join('\n');
    const report = importText(resolutionText({ body }));
    expect(rows(report.model.targets)).toEqual([
      ['Kinh tế', undefined, undefined],
      ['> Tổng thu ngân sách trên địa bàn', 'tỷ đồng', '1,234.5'],
      ['> Tổng diện tích gieo trồng', 'ha', '12,480'],
      ['> > Trong đó: cà phê', 'ha', '6,150'],
      ['> Giao quân', '%', '100'],
    ]);
    expect(report.model.body.some((b) => b.type === 'heading' && b.label === 'III.')).toBe(true);
  });

  it('keeps last year’s columns apart when the borders say where they are', () => {
    const report = importText(
      appendix(
        [
          'STT   Chỉ tiêu    ĐVT   Kế hoạch 2021   Thực hiện 2021   Kế hoạch 2022',
          '1   Thu ngân sách   tỷ đồng   40   42,5   45',
          '2   Tỷ lệ hộ nghèo   %   1,2   1,1   0,9',
        ].join('\n'),
      ),
    );
    const [first, second] = report.model.targets;
    expect([first?.name, first?.unit, first?.value?.written, first?.previous]).toEqual([
      'Thu ngân sách',
      'tỷ đồng',
      '45',
      { year: 2021, target: '40', result: '42,5' },
    ]);
    expect(second?.value?.written).toBe('0,9');
  });

  it('ends at the closing and leaves the paragraphs after it alone', () => {
    const text = resolutionText({
      closing: '',
      body: [
        'I. CHỈ TIÊU',
        '',
        'STT Chỉ tiêu Đơn vị tính Kế hoạch',
        '1 Thu ngân sách tỷ đồng 45',
        '2 Tỷ lệ hộ nghèo % 0,9',
        '',
        'II. NHIỆM VỤ, GIẢI PHÁP',
        '',
        '1. Tập trung phát triển kinh tế năm 2022 đạt 10%.',
        '',
        'Nơi nhận:\n- Tỉnh ủy,\n- Lưu Văn phòng.\n\nT/M HUYỆN ỦY\nBÍ THƯ\n\n\nNguyễn Văn A',
      ].join('\n'),
    });
    const report = importText(text);
    expect(rows(report.model.targets).slice(0, 2)).toEqual([
      ['Thu ngân sách', 'tỷ đồng', '45'],
      ['Tỷ lệ hộ nghèo', '%', '0,9'],
    ]);
    expect(JSON.stringify(report.model.body)).toContain('Tập trung phát triển kinh tế');
    expect(report.model.signature.name).toBe('Nguyễn Văn A');
  });

  it('changes nothing without a targets header, and keeps a year or a bracket out of the value', () => {
    const report = importText(
      resolutionText({ body: 'I. MỤC TIÊU\n\n1. Phát triển kinh tế nhanh, bền vững.\n2. Giữ vững quốc phòng 2010 – 2020' }),
    );
    expect(report.model.targets).toEqual([]);
    expect(cellsOfLine('1 Giá trị sản xuất (theo giá so sánh năm 2010)', 1, new Set())).toEqual([
      { kind: 'stt', text: '1' },
      { kind: 'text', text: 'Giá trị sản xuất (theo giá so sánh năm 2010)' },
    ]);
    expect(cellsOfLine('Số con thứ 3', 1, new Set())).toEqual([{ kind: 'text', text: 'Số con thứ 3' }]);
    expect(headerCells('STT NỘI DUNG ĐVT ƯỚC THỰC HIỆN 2021 KẾ HOẠCH 2022')).toEqual([
      'STT',
      'NỘI DUNG',
      'ĐVT',
      'ƯỚC THỰC HIỆN 2021',
      'KẾ HOẠCH 2022',
    ]);
  });
});
