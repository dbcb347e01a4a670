import { describe, it, expect } from 'vitest';
import { parseTargetValue, splitClauses, splitValueFromStatement } from '../../../electron/format/targetValue.ts';
import type { ParsedValue } from '../../../electron/contract/model/targets.ts';
import { above, atLeast, below, exact, expectParsed, fall, qualitative, range, rise } from './targetValueHelpers.ts';

/**
 * Every value of the Đức Trọng appendix table (seeds/duc-trong-2022-nq04-hu.txt, lines 192–238,
 * 4th column), with the row's unit column. Group rows have no value.
 */
const ducTrongAppendix: Array<[line: number, unit: string, written: string, expected: ParsedValue]> = [
  [193, '', '', qualitative],
  [194, '%', 'Tăng 6 - 7', rise(6, 7)],
  [195, '%', 'Tăng 9 - 10', rise(9, 10)],
  [196, '%', 'Tăng 10 - 11', rise(10, 11)],
  [197, '%', 'Tăng 10 - 11', rise(10, 11)],
  [198, 'tỷ đồng', '770,4', exact(770.4)],
  [199, 'lao động', '4.000-4.500', range(4000, 4500)],
  [200, '%', '> 64', above(64)],
  [201, 'trường', '≥ 2', atLeast(2)],
  [202, '%', '0,24', exact(0.24)],
  [203, '%', '0,4', exact(0.4)],
  [204, '', '', qualitative],
  [205, '%', '98', exact(98)],
  [206, 'xã', '14', exact(14)],
  [207, 'thị trấn', '1', exact(1)],
  [208, '%', '96,5', exact(96.5)],
  [209, '', '', qualitative],
  [210, 'đơn vị', '15', exact(15)],
  [211, 'bác sĩ', '6', exact(6)],
  [212, 'giường bệnh', '16', exact(16)],
  [213, '', '', qualitative],
  [214, '%', '<18', below(18)],
  [215, '%', '<10,3', below(10.3)],
  [216, '%', '<1,02', below(1.02)],
  [217, '%', '>88', above(88)],
  [220, '%', '>99', above(99)],
  [221, '', '', qualitative],
  [222, 'xã', '14', exact(14)],
  [223, 'xã', '≥ 2', atLeast(2)],
  [224, '', '', qualitative],
  [225, '%', '>98', above(98)],
  [226, '%', '>98', above(98)],
  [227, '%', '>95', above(95)],
  [228, '%', '100', exact(100)],
  [229, '', '', qualitative],
  [230, 'ha', '> 600', above(600)],
  [231, 'ha', '≥ 50', atLeast(50)],
  [232, '', '', qualitative],
  [233, '', '', qualitative],
  [234, '%', '>85', above(85)],
  [235, '%', '15-20', range(15, 20)],
  [236, '%', '80-90', range(80, 90)],
  [237, '%', '15-20', range(15, 20)],
  [238, 'đảng viên', '100', exact(100)],
];

describe('Đức Trọng 2022, appendix table', () => {
  it.each(ducTrongAppendix)('line %i (%s) %j', (_line, unit, written, expected) => {
    expectParsed(parseTargetValue(written, unit || undefined), expected);
  });
});

/** The targets of the Đức Trọng body (lines 73–95), the same indicators in words. */
const ducTrongBody: Array<[string, ParsedValue]> = [
  ['- + Nông nghiệp, lâm nghiệp và thủy sản tăng từ 6-7%;', rise(6, 7, '%')],
  ['Thu ngân sách nhà nước do huyện quản lý đạt và vượt dự toán Tỉnh giao là 770,4 tỷ đồng.', exact(770.4, 'tỷ đồng')],
  ['Giải quyết việc làm cho khoảng 4.000 - 4.500 lao động, tỷ lệ lao động qua đào tạo đạt trên 64%.', range(4000, 4500, 'lao động')],
  ['Có thêm 1 - 2 trường học được công nhận đạt chuẩn quốc gia.', range(1, 2, 'trường học')],
  ['Tỷ lệ tăng dân số tự nhiên dưới 1,02%.', below(1.02, '%')],
  ['Phần đầu có ít nhất 02 xã đủ điều kiện công nhận xã nông thôn mới nâng cao.', atLeast(2, 'xã')],
  ['diện tích trồng rừng trên đất bị lấn chiếm đạt trên 600 ha', above(600, 'ha')],
  ['Có từ 85% trở lên tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ', atLeast(85, '%')],
  ['Phát triển từ 100 đảng viên mới trở lên.', atLeast(100, 'đảng viên')],
  ['Giữ vững ổn định chính trị - xã hội, quốc phòng - an ninh.', qualitative],
];

describe('Đức Trọng 2022, targets in the body', () => {
  it.each(ducTrongBody)('%j', (sentence, expected) => {
    const split = splitValueFromStatement(sentence);
    expectParsed(parseTargetValue(split?.value ?? sentence), expected);
  });
});

/**
 * Every target bullet of the Nhơn Trạch 2024 seed, "I. CÁC CHỈ TIÊU CHỦ YẾU" (lines 26–111):
 * the bullet, then for each of its clauses (split at ";") the value words and the parsed value.
 * A null value means the clause has no figure: the whole clause is a qualitative target.
 */
const nhonTrach: Array<[line: number, bullet: string, clauses: Array<[value: string | null, parsed: ParsedValue]>]> = [
  [
    30,
    '- Tổng thu ngân sách Nhà nước trên địa bàn: Thực hiện theo chỉ tiêu UBND tỉnh giao.',
    [['Thực hiện theo chỉ tiêu UBND tỉnh giao', qualitative]],
  ],
  [31, '- Tổng vốn huy động đầu tư phát triển: Đạt 15.577 tỷ đồng.', [['Đạt 15.577 tỷ đồng', exact(15577, 'tỷ đồng')]]],
  [
    32,
    '- Thu nhập bình quân đầu người theo chương trình nông thôn mới (GDP): 84 triệu đồng/người/năm.',
    [['84 triệu đồng/người/năm', exact(84, 'triệu đồng/người/năm')]],
  ],
  [
    33,
    '- Duy trì, giữ vững các tiêu chí nông thôn mới; phấn đấu có ít nhất 01 xã được công nhận đạt nông thôn mới kiểu mẫu.',
    [
      [null, qualitative],
      ['ít nhất 01 xã', atLeast(1, 'xã')],
    ],
  ],
  [
    37,
    '- Tỷ lệ thu gom và xử lý chất thải rắn sinh hoạt, chất thải nguy hại đạt 100%; thu gom và xử lý chất thải công nghiệp không nguy hại, chất thải y tế đạt 100%.',
    [
      ['đạt 100%', exact(100, '%')],
      ['đạt 100%', exact(100, '%')],
    ],
  ],
  [
    39,
    '- 100% các khu công nghiệp hoạt động trên địa bàn có trạm xử lý chất thải tập trung đạt chuẩn môi trường; 100% khu công nghiệp có nước thải ổn định được lắp đặt hệ thống quan trắc nước thải tự động.',
    [
      ['100%', exact(100, '%')],
      ['100%', exact(100, '%')],
    ],
  ],
  [
    41,
    '- Duy trì tỷ lệ che phủ cây xanh đạt 26,5%; tỷ lệ che phủ rừng đạt 16,5%.',
    [
      ['đạt 26,5%', exact(26.5, '%')],
      ['đạt 16,5%', exact(16.5, '%')],
    ],
  ],
  [
    43,
    '- Phân loại rác thải sinh hoạt tại nguồn ở các hộ gia đình đạt 20%; ở cơ quan đơn vị đạt 100%.',
    [
      ['đạt 20%', exact(20, '%')],
      ['đạt 100%', exact(100, '%')],
    ],
  ],
  [47, '- Giảm 35% hộ nghèo A trên tổng số hộ nghèo A.', [['Giảm 35%', fall(-35, -35, '%')]]],
  [49, '- Tỷ lệ lao động không có việc làm khu vực đô thị ở mức dưới 2%.', [['dưới 2%', below(2, '%')]]],
  [
    51,
    '- Tỷ lệ trạm y tế xã, thị trấn đủ điều kiện khám, chữa bệnh bảo hiểm y tế đạt 100%; tỷ lệ trạm y tế xã, thị trấn có bác sỹ làm việc đạt 100%.',
    [
      ['đạt 100%', exact(100, '%')],
      ['đạt 100%', exact(100, '%')],
    ],
  ],
  [53, '- Tỷ lệ trẻ em suy dinh dưỡng về cân nặng theo độ tuổi giảm xuống còn dưới 5%.', [['giảm xuống còn dưới 5%', below(5, '%')]]],
  [55, '- Tỷ lệ trẻ em suy dinh dưỡng về chiều cao theo độ tuổi giảm xuống còn dưới 11%.', [['giảm xuống còn dưới 11%', below(11, '%')]]],
  [
    57,
    '- Số bác sỹ/1 vạn dân là 4,6 – 5,5 bác sỹ; số giường bệnh/1 vạn dân đạt 14 - 15,5 giường.',
    [
      ['4,6 – 5,5 bác sỹ', range(4.6, 5.5, 'bác sỹ')],
      ['đạt 14 - 15,5 giường', range(14, 15.5, 'giường')],
    ],
  ],
  [59, '- Tỷ lệ dân số tham gia bảo hiểm y tế 94 %.', [['94 %', exact(94, '%')]]],
  [61, '- Tỷ lệ lực lượng lao động trong độ tuổi tham gia bảo hiểm xã hội đạt 53%.', [['đạt 53%', exact(53, '%')]]],
  [63, '- Tỷ lệ lực lượng lao động trong độ tuổi tham gia bảo hiểm thất nghiệp đạt 49%.', [['đạt 49%', exact(49, '%')]]],
  [65, '- Lựa chọn chủ đầu tư số dự án nhà ở xã hội, nhà ở công nhân theo chỉ tiêu tỉnh giao.', [[null, qualitative]]],
  [
    67,
    '- Tỷ lệ dân số đô thị sử dụng nước sạch đạt chuẩn QC02 đạt 89%; tỷ lệ dân số nông thôn sử dụng nước sạch đạt chuẩn QC02 đạt 85% (trong đó, tỷ lệ dân số sử dụng nước máy đạt chuẩn: tại đô thị đạt 86,5%, tại nông thôn đạt 51%).',
    [
      ['đạt 89%', exact(89, '%')],
      ['đạt 85% (trong đó, tỷ lệ dân số sử dụng nước máy đạt chuẩn: tại đô thị đạt 86,5%, tại nông thôn đạt 51%)', exact(85, '%')],
    ],
  ],
  [
    69,
    '- Phần đầu tỷ lệ cai nghiện ma túy tập trung đạt 7,5%; tỷ lệ cai nghiện ma túy tại gia đình, cộng đồng đạt 11%; tỷ lệ cai nghiện ma túy tự nguyện tại các cơ sở cai nghiện ma túy đạt 6,5%.',
    [
      ['đạt 7,5%', exact(7.5, '%')],
      ['đạt 11%', exact(11, '%')],
      ['đạt 6,5%', exact(6.5, '%')],
    ],
  ],
  [
    73,
    '- Tỷ lệ ấp, khu phố văn hóa đạt trên 90%; tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa đạt trên 90%; tỷ lệ cơ quan, đơn vị đạt chuẩn văn hóa trên 98%; tỷ lệ doanh nghiệp đạt chuẩn văn hóa trên 75%; 100% thiết chế văn hóa cấp huyện và cấp xã, 90% nhà văn hóa ấp (khu phố) hoạt động hiệu quả.',
    [
      ['đạt trên 90%', above(90, '%')],
      ['đạt trên 90%', above(90, '%')],
      ['trên 98%', above(98, '%')],
      ['trên 75%', above(75, '%')],
      // Two targets joined by ",": only the first figure is read.
      ['100%', exact(100, '%')],
    ],
  ],
  [
    75,
    '- Tỷ lệ lao động qua đào tạo nghề đạt 68,5%; tỷ lệ tuyển sinh đào tạo từ trung cấp nghề trở lên/tổng số người được tuyển sinh trong năm đạt 27,3%.',
    [
      ['đạt 68,5%', exact(68.5, '%')],
      ['đạt 27,3%', exact(27.3, '%')],
    ],
  ],
  [77, '- Tỷ lệ lao động có văn bằng, chứng chỉ đạt 23%.', [['đạt 23%', exact(23, '%')]]],
  [
    81,
    '- Phần đầu năm 2024 có trên 90% tổ chức cơ sở đảng, đảng viên được đánh giá, xếp loại từ hoàn thành tốt nhiệm vụ trở lên; tỷ lệ kết nạp đảng viên mới đạt chỉ tiêu tình giao.',
    [
      ['trên 90%', above(90, '%')],
      [null, qualitative],
    ],
  ],
  [83, '- Giải quyết trên 95% đơn thư tố cáo, khiếu nại kỷ luật Đảng thuộc thẩm quyền.', [['trên 95%', above(95, '%')]]],
  [
    87,
    '- Đảm bảo tỷ lệ tập hợp số người trong độ tuổi tham gia vào các tổ chức đoàn thể chính trị - xã hội đạt từ 70% trở lên; riêng đoàn thanh niên đạt 50%.',
    [
      ['đạt từ 70% trở lên', atLeast(70, '%')],
      ['đạt 50%', exact(50, '%')],
    ],
  ],
  [89, '- Tỷ lệ cơ sở Đoàn, Hội hoàn thành tốt nhiệm vụ đạt trên 80%.', [['đạt trên 80%', above(80, '%')]]],
  [91, '- Trên 80% cơ quan, đơn vị thực hiện đạt tiêu chí dân vận khéo.', [['Trên 80%', above(80, '%')]]],
  [93, '- Trên 80% cơ sở thực hiện tốt quy chế dân chủ ở cơ sở.', [['Trên 80%', above(80, '%')]]],
  [95, '- Trên 80% cơ quan, đơn vị thực hiện tốt dân vận chính quyền.', [['Trên 80%', above(80, '%')]]],
  [99, '- Hoàn thành chỉ tiêu tuyển quân ở hai cấp huyện, xã theo chỉ tiêu giao.', [[null, qualitative]]],
  [101, '- Hoàn thành chỉ tiêu bồi dưỡng kiến thức quốc phòng, an ninh cho các đối tượng theo kế hoạch.', [[null, qualitative]]],
  [103, '- Không để xảy ra điểm nóng về an ninh, trật tự, khủng bố, phá hoại.', [[null, qualitative]]],
  [
    105,
    '- Phần đầu kéo giảm số vụ phạm tội về trật tự xã hội; kiềm chế, làm giảm số vụ tai nạn giao thông nghiêm trọng và cháy, nổ lớn; phát hiện số vụ ma túy theo Nghị quyết của Đảng ủy Công an Tỉnh.',
    [
      [null, qualitative],
      [null, qualitative],
      [null, qualitative],
    ],
  ],
  [
    107,
    '- 100% tin báo tố giác tội phạm và kiến nghị khởi tố được tiếp nhận, xử lý; tỷ lệ giải quyết đạt trên 90%.',
    [
      ['100%', exact(100, '%')],
      ['đạt trên 90%', above(90, '%')],
    ],
  ],
  [
    109,
    '- Tỷ lệ điều tra, khám phá án đạt trên 75%, trong đó án rất nghiêm trọng và đặc biệt nghiêm trọng đạt trên 90% tổng số án khởi tố.',
    [['đạt trên 75%, trong đó án rất nghiêm trọng và đặc biệt nghiêm trọng đạt trên 90% tổng số án khởi tố', above(75, '%')]],
  ],
  [111, '- Hoàn thành chỉ tiêu, nhiệm vụ thi hành án dân sự được Cục Thi hành án dân sự tỉnh giao trong năm 2024.', [[null, qualitative]]],
];

describe('Nhơn Trạch 2024, "I. CÁC CHỈ TIÊU CHỦ YẾU"', () => {
  it.each(nhonTrach)('line %i', (_line, bullet, clauses) => {
    const parts = splitClauses(bullet);
    expect(parts).toHaveLength(clauses.length);
    parts.forEach((clause, k) => {
      const [value, parsed] = clauses[k] ?? [null, qualitative];
      const split = splitValueFromStatement(clause);
      expect(split?.value ?? null).toBe(value);
      if (split) expect(split.name.length).toBeGreaterThan(0);
      expectParsed(parseTargetValue(split?.value ?? clause), parsed);
      // The whole clause, unsplit, reads the same.
      expectParsed(parseTargetValue(clause), parsed);
    });
  });

  it('counts 37 bullets and 57 targets', () => {
    expect(nhonTrach).toHaveLength(37);
    expect(nhonTrach.flatMap(([, , c]) => c)).toHaveLength(57);
  });
});
