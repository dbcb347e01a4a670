import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { normalizeIndicatorName, parseResultsPaste } from '../../../electron/format/resultsPaste.ts';
import { shortText } from '../../../electron/format/shortText.ts';
import { assessTargetTree, summarizeAssessments } from '../../../electron/format/assessment.ts';
import { walkTargets } from '../../../electron/contract/model/targets.ts';
import type { Assessment, TargetNode } from '../../../electron/contract/model/targets.ts';

const ducTrong: TargetNode[] = (
  JSON.parse(readFileSync(new URL('../../fixtures/duc-trong-2022-nq04-hu.json', import.meta.url), 'utf8')) as { targets: TargetNode[] }
).targets;

/** A cell as Excel copies it: quoted when it holds a tab, a line break or a quote. */
const cell = (s: string): string => (/[\t\r\n"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
/** Rows as Excel copies them: tabs between cells, CRLF after every row. */
const excel = (rows: string[][]): string => rows.map((r) => r.map(cell).join('\t')).join('\r\n') + '\r\n';

const node = (key: string, name: string, children: TargetNode[] = [], written = '1'): TargetNode => ({
  key,
  name,
  value: children.length > 0 ? undefined : { written, parsed: { kind: 'exact', value: 1, direction: 'exact' } },
  children,
});
const small: TargetNode[] = [
  node('thu-ngan-sach', 'Thu NSNN do huyện quản lý'),
  node('bao-hiem-y-te', 'Tỷ lệ bảo hiểm y tế toàn dân'),
  node('y-te', 'Chỉ tiêu về y tế', [node('y-te.bac-si', 'Số bác sĩ/1 vạn dân')]),
  node('gtsx', 'Giá trị sản xuất', [node('gtsx.dich-vu', 'Ngành Dịch vụ')]),
  node('thu-hut', 'Thu hút đầu tư', [node('thu-hut.dich-vu', 'Ngành Dịch vụ')]),
];

describe('normalizeIndicatorName', () => {
  it('folds case, diacritics, đ, i/y, punctuation, spacing and list marks', () => {
    expect(normalizeIndicatorName('Thu NSNN do huyện quản lý')).toBe('thu ngan sach nha nuoc do huien quan li');
    expect(normalizeIndicatorName('  Số bác sỹ / 1 vạn dân ')).toBe(normalizeIndicatorName('Số bác sĩ/1 vạn dân'));
    expect(normalizeIndicatorName('Giữ vững ổn định chính trị xã hội, quốc phòng – an ninh')).toBe(
      normalizeIndicatorName('giữ vững ổn định chính trị xã hội - quốc phòng - an ninh.'),
    );
    expect(normalizeIndicatorName('Ngành Nông, lâm nghiệp và thuỷ sản')).toBe(normalizeIndicatorName('Ngành nông lâm nghiệp và thủy sản'));
    expect(normalizeIndicatorName('Đảng viên'.normalize('NFD'))).toBe('dang vien');
    for (const marked of ['1.1 Ngành Dịch vụ', '1. Ngành Dịch vụ', 'a) Ngành Dịch vụ', '- Ngành Dịch vụ', '+ Ngành Dịch vụ']) {
      expect(normalizeIndicatorName(marked)).toBe('nganh dich vu');
    }
  });

  it('spells out common abbreviations', () => {
    const same: Array<[string, string]> = [
      ['Tỷ lệ BHYT toàn dân', 'Tỷ lệ bảo hiểm y tế toàn dân'],
      ['Số người tham gia BHXH', 'Số người tham gia bảo hiểm xã hội'],
      ['Chỉ số CCHC', 'Chỉ số cải cách hành chính'],
      ['Tổ chức Đảng hoàn thành XSNV', 'Tổ chức Đảng hoàn thành xuất sắc nhiệm vụ'],
      ['Đại biểu HĐND, UBND', 'Đại biểu Hội đồng nhân dân, Ủy ban nhân dân'],
      ['Trường THCS đạt chuẩn', 'Trường trung học cơ sở đạt chuẩn'],
      ['Xã đạt chuẩn NTM nâng cao', 'Xã đạt chuẩn nông thôn mới nâng cao'],
    ];
    for (const [short, long] of same) expect([short, normalizeIndicatorName(short)]).toEqual([short, normalizeIndicatorName(long)]);
  });
});

describe('parseResultsPaste: reading the table', () => {
  it('two columns, LF, no header', () => {
    const out = parseResultsPaste('Thu NSNN do huyện quản lý\t812,5\nTỷ lệ BHYT toàn dân\t86,4%\n', small);
    expect(out).toEqual({
      rows: [
        { key: 'thu-ngan-sach', name: 'Thu NSNN do huyện quản lý', written: '812,5' },
        { key: 'bao-hiem-y-te', name: 'Tỷ lệ BHYT toàn dân', written: '86,4%' },
      ],
      problems: [],
    });
  });

  it('several columns with a header: the header names the result column; group rows are skipped', () => {
    const text = excel([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2022', 'Ước thực hiện 2022', 'Ghi chú'],
      ['1', 'Thu ngân sách nhà nước do huyện quản lý', 'tỷ đồng', '770,4', '812,5', 'vượt dự toán'],
      ['2', 'Chỉ tiêu về y tế', '', '', '', ''],
      ['', 'Số bác sỹ/1 vạn dân', 'bác sĩ', '6', '5,6', ''],
    ]);
    expect(parseResultsPaste(text, small)).toEqual({
      rows: [
        { key: 'thu-ngan-sach', name: 'Thu ngân sách nhà nước do huyện quản lý', written: '812,5' },
        { key: 'y-te.bac-si', name: 'Số bác sỹ/1 vạn dân', written: '5,6' },
      ],
      problems: [],
    });
  });

  it('without a result header, the last column holding anything is the result; short rows use their last cell', () => {
    const text = [
      '1\tThu NSNN do huyện quản lý\ttỷ đồng\t770,4\t812,5',
      '2\tTỷ lệ BHYT toàn dân\t%\t>88\t',
      '3\tSố bác sĩ/1 vạn dân\t6,1',
    ].join('\n');
    const out = parseResultsPaste(text, small);
    expect(out.rows).toEqual([
      { key: 'thu-ngan-sach', name: 'Thu NSNN do huyện quản lý', written: '812,5' },
      { key: 'y-te.bac-si', name: 'Số bác sĩ/1 vạn dân', written: '6,1' },
    ]);
    expect(out.problems).toEqual([{ line: 2, message: "Dòng 2: chưa có kết quả cho 'Tỷ lệ bảo hiểm y tế toàn dân', bỏ qua" }]);
  });

  it('quoted cells keep tabs, line breaks and quotes (Excel rules); a BOM is ignored', () => {
    const text = '\uFEFF"Thu NSNN\ndo huyện quản lý"\t"812,5\t(ước)"\r\n"Tỷ lệ ""BHYT"" toàn dân"\t86,4\r\n';
    expect(parseResultsPaste(text, small).rows).toEqual([
      { key: 'thu-ngan-sach', name: 'Thu NSNN do huyện quản lý', written: '812,5 (ước)' },
      { key: 'bao-hiem-y-te', name: 'Tỷ lệ "BHYT" toàn dân', written: '86,4' },
    ]);
    expect(parseResultsPaste('"Thu NSNN do huyện quản lý\t812,5\n', small).problems[0]).toEqual({
      line: 1,
      message: 'Dòng 1: dấu ngoặc kép mở mà không đóng',
    });
  });

  it('matches by key, by loose name ("Trong đó", remarks in brackets) and by "parent child"', () => {
    const text = excel([
      ['y-te.bac-si', 'Bác sĩ', '5,9'],
      ['gtsx.dich-vu', '', 'tăng 8,9'],
      ['Giá trị sản xuất ngành Dịch vụ', '', 'tăng 9'],
      ['Thu hút đầu tư - Ngành Dịch vụ', '', 'tăng 12'],
      ['Trong đó, tỷ lệ bảo hiểm y tế toàn dân (ước)', '', '87'],
    ]);
    const out = parseResultsPaste(text, small);
    expect(out.rows).toEqual([
      { key: 'y-te.bac-si', name: 'Bác sĩ', written: '5,9' },
      { key: 'gtsx.dich-vu', name: 'Ngành Dịch vụ', written: 'tăng 8,9' },
      { key: 'thu-hut.dich-vu', name: 'Thu hút đầu tư - Ngành Dịch vụ', written: 'tăng 12' },
      { key: 'bao-hiem-y-te', name: 'Trong đó, tỷ lệ bảo hiểm y tế toàn dân (ước)', written: '87' },
    ]);
    expect(out.problems).toEqual([{ line: 3, message: "Dòng 3: chỉ tiêu 'Ngành Dịch vụ' đã có kết quả ở dòng 2, bỏ qua dòng này" }]);
  });

  it('unmatched, ambiguous, nameless and empty rows become problems, never dropped', () => {
    const text = excel([
      ['STT', 'Chỉ tiêu', 'Kết quả'],
      ['1', 'Thu NSNN do huyện quản lý', '812,5'],
      ['', '', ''],
      ['2', 'Thu ngân sách xã', '120'],
      ['3', 'Ngành Dịch vụ', 'tăng 9'],
      ['4', '', '15'],
      ['5', 'Số bác sĩ/1 vạn dân', ''],
    ]);
    const out = parseResultsPaste(text, small);
    expect(out.rows).toEqual([{ key: 'thu-ngan-sach', name: 'Thu NSNN do huyện quản lý', written: '812,5' }]);
    expect(out.problems).toEqual([
      { line: 4, message: "Dòng 4: không tìm thấy chỉ tiêu 'Thu ngân sách xã'" },
      {
        line: 5,
        message:
          "Dòng 5: 'Ngành Dịch vụ' khớp nhiều chỉ tiêu: Ngành Dịch vụ (Giá trị sản xuất); Ngành Dịch vụ (Thu hút đầu tư); hãy ghi tên đầy đủ hơn",
      },
      { line: 6, message: 'Dòng 6: không có tên chỉ tiêu' },
      { line: 7, message: "Dòng 7: chưa có kết quả cho 'Số bác sĩ/1 vạn dân', bỏ qua" },
    ]);
    expect(parseResultsPaste('', small)).toEqual({ rows: [], problems: [] });
  });
});

describe('parseResultsPaste: a name cut short', () => {
  it('a name ending in "…" or "..." matches the one target whose name begins with its words; several or none stay unmatched', () => {
    const text = excel([
      [shortText('Tỷ lệ bảo hiểm y tế toàn dân', 20), '86,4'],
      ['Thu NSNN do huyện...', '812,5'],
      ['Chỉ tiêu về y tế…', ''],
      ['Ngành…', 'Tăng 8,9'],
      ['Tỷ lệ bảo hiểm xã hội…', '40'],
      ['Tỷ lệ bảo hiểm y t…', '1'],
    ]);
    expect(shortText('Tỷ lệ bảo hiểm y tế toàn dân', 20)).toBe('Tỷ lệ bảo hiểm y tế…');
    const { rows, problems } = parseResultsPaste(text, small);
    expect(rows.map((r) => [r.key, r.written])).toEqual([
      ['bao-hiem-y-te', '86,4'],
      ['thu-ngan-sach', '812,5'],
    ]);
    expect(problems).toEqual([
      {
        line: 4,
        message:
          "Dòng 4: 'Ngành…' khớp nhiều chỉ tiêu: Ngành Dịch vụ (Giá trị sản xuất); Ngành Dịch vụ (Thu hút đầu tư); hãy ghi tên đầy đủ hơn",
      },
      { line: 5, message: "Dòng 5: không tìm thấy chỉ tiêu 'Tỷ lệ bảo hiểm xã hội…'" },
      { line: 6, message: "Dòng 6: không tìm thấy chỉ tiêu 'Tỷ lệ bảo hiểm y t…'" },
    ]);
  });
});

describe("Đức Trọng 2022: paste last year's results, assess, summarise", () => {
  // [name as typed in the spreadsheet, result]; "" for a group's heading row.
  const sheet: Array<[string, string]> = [
    ['Giá trị sản xuất (theo giá so sánh năm 2010)', ''],
    ['Ngành Nông, lâm nghiệp và thủy sản', 'Tăng 6,2'],
    ['Ngành Công nghiệp', 'Tăng 9,5'],
    ['Ngành Xây dựng', 'Tăng 11,5'],
    ['Ngành Dịch vụ', 'Tăng 8,9'],
    ['Thu ngân sách nhà nước do huyện quản lý', '812,5'],
    ['Giải quyết việc làm', '4.350'],
    ['Tỷ lệ lao động qua đào tạo', '65,2'],
    ['Trường học đạt chuẩn quốc gia', '3'],
    ['Tỷ lệ hộ nghèo', '0,24'],
    ['Trong đó hộ nghèo DTTS', '0,4'],
    ['Chỉ tiêu về lĩnh vực văn hóa', ''],
    ['Giữ vững Thôn, tổ dân phố, cơ quan, đơn vị, doanh nghiệp được công nhận đạt chuẩn văn hóa', '98,2'],
    ['Giữ vững "xã đạt chuẩn văn hóa nông thôn mới"', '14'],
    ['Giữ vững "thị trấn đạt chuẩn văn minh đô thị"', '1'],
    ['Số hộ gia đình văn hóa', '96,8'],
    ['Chỉ tiêu về y tế', ''],
    ['Duy trì xã, thị trấn đạt bộ tiêu chí quốc gia về y tế', '15'],
    ['Số bác sỹ/1 vạn dân', '5,6'],
    ['Số giường bệnh/1 vạn dân', '16,2'],
    ['Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng', ''],
    ['Theo thẻ thấp còi', '16'],
    ['Theo thẻ cân nặng', '9,8'],
    ['Tỷ lệ tăng dân số tự nhiên', '0,98'],
    ['Tỷ lệ BHYT toàn dân', '86,4'],
    ['Tỷ lệ hộ dân nông thôn được sử dụng điện', '99,6'],
    ['Chỉ tiêu về xây dựng NTM', ''],
    ['Củng cố, nâng cao chất lượng các tiêu chí nông thôn mới', '14'],
    ['Xã đạt chuẩn NTM nâng cao', '2'],
    ['Chỉ tiêu về dân số sử dụng nước sạch, thu gom xử lý rác thải', ''],
    ['Tỷ lệ dân số nông thôn, đô thị được sử dụng nước hợp vệ sinh', '98,5'],
    ['Rác thải đô thị', '98,3'],
    ['Rác thải nông thôn', '96'],
    ['Rác thải y tế', '100'],
    ['Chỉ tiêu về trồng rừng', ''],
    ['Trồng rừng trên diện tích lấn chiếm', '452'],
    ['Trồng rừng làm giải phân cách', '50'],
    ['Hoàn thành dữ liệu số đáp ứng công tác cải cách hành chính và chính quyền điện tử', 'Hoàn thành'],
    ['Giữ vững ổn định chính trị xã hội, quốc phòng - an ninh', 'Giữ vững'],
    ['Tổ chức Đảng hoàn thành tốt nhiệm vụ', '88,6'],
    ['Tổ chức Đảng hoàn thành xuất sắc nhiệm vụ', '18,2'],
    ['Đảng viên hoàn thành tốt nhiệm vụ', '86,5'],
    ['Trong đó đảng viên hoàn thành XSNV', '16,1'],
    ['Phát triển đảng', '112'],
  ];
  const nodes = [...walkTargets(ducTrong)].map(([n]) => n);
  const text = excel([
    ['STT', 'CHỈ TIÊU', 'ĐƠN VỊ TÍNH', 'KẾ HOẠCH 2022', 'KẾT QUẢ 2022', 'GHI CHÚ'],
    ...sheet.map(([name, result], i) => {
      const n = nodes[i];
      const top = n ? ducTrong.indexOf(n) : -1;
      return [top >= 0 ? String(top + 1) : '', name, n?.unit ?? '', n?.value?.written ?? '', result, i === 5 ? 'Ước cả năm' : ''];
    }),
  ]);

  it('every row finds its target, and the 18 targets are summarised as the review section words them', () => {
    expect(nodes).toHaveLength(44);
    expect(ducTrong).toHaveLength(18);
    const pasted = parseResultsPaste(text, ducTrong);
    expect(pasted.problems).toEqual([]);
    expect(pasted.rows).toHaveLength(37);
    expect(pasted.rows.map((r) => r.key)).toEqual(nodes.filter((n) => n.value || n.children.length === 0).map((n) => n.key));

    const results = new Map(pasted.rows.map((r) => [r.key, { written: r.written }]));
    const verdicts = assessTargetTree(ducTrong, results);
    expect(verdicts.size).toBe(44);
    const top = ducTrong.map((t) => ({
      target: t,
      assessment: verdicts.get(t.key)?.assessment ?? 'can-danh-gia',
      parts: verdicts.get(t.key)?.parts,
    }));
    // The groups with no figure of their own met in part are left to the committee, with their count.
    expect(top.map((t) => t.assessment)).toEqual<Assessment[]>([
      'can-danh-gia',
      'vuot',
      'dat',
      'vuot',
      'dat',
      'dat',
      'can-danh-gia',
      'dat',
      'dat',
      'khong-dat',
      'dat',
      'dat',
      'dat',
      'can-danh-gia',
      'can-danh-gia',
      'can-danh-gia',
      'dat',
      'vuot',
    ]);
    expect(verdicts.get('gia-tri-san-xuat')?.reason).toBe('3/4 chỉ tiêu thành phần đạt hoặc vượt; không đạt: Ngành Dịch vụ');
    expect(verdicts.get('y-te.bac-si-van-dan')?.reason).toBe('Kết quả 5,6 bác sĩ dưới mức 6 bác sĩ: không đạt');
    expect(verdicts.get('tre-em-suy-dinh-duong.the-thap-coi')?.reason).toBe('Kết quả 16 % dưới mức 18 %: đạt');
    expect(verdicts.get('du-lieu-so')?.reason).toBe('Chỉ tiêu định tính: cần người đánh giá');

    const summary = summarizeAssessments(top);
    expect(summary).toMatchObject({ total: 18, vuot: 3, dat: 9, partly: 3, khongDat: 1, canDanhGia: 2 });
    expect(summary.sentence).toBe('18 chỉ tiêu: 12 đạt và vượt, 3 đạt một phần, 1 không đạt, 2 cần đánh giá');
    expect(summary.unmet).toBe(
      'Một số chỉ tiêu chưa đạt Nghị quyết đề ra: Giá trị sản xuất (đạt 3/4), chỉ tiêu về y tế (đạt 2/3), tỷ lệ bảo hiểm y tế toàn dân, chỉ tiêu về trồng rừng (đạt 1/2).',
    );

    // The committee judges the two qualitative targets as met.
    const judged = new Map<string, Assessment>([
      ['du-lieu-so', 'dat'],
      ['on-dinh-chinh-tri-quoc-phong-an-ninh', 'dat'],
    ]);
    const final = assessTargetTree(ducTrong, results, judged);
    const sentence = summarizeAssessments(
      ducTrong.map((t) => ({ target: t, assessment: final.get(t.key)?.assessment ?? 'can-danh-gia', parts: final.get(t.key)?.parts })),
    ).sentence;
    expect(sentence).toBe('18 chỉ tiêu: 14 đạt và vượt, 3 đạt một phần, 1 không đạt');
  });
});
