import { describe, it, expect } from 'vitest';
import { describeParsedValue, parseTargetValue, splitClauses, splitValueFromStatement } from '../../../electron/format/targetValue.ts';
import type { ParsedValue } from '../../../electron/contract/model/targets.ts';
import { above, atLeast, atMost, below, exact, expectParsed, fall, qualitative, range, rise } from './targetValueHelpers.ts';

describe('parseTargetValue: the forms of spec/domain.md', () => {
  const forms: Array<[string, ParsedValue]> = [
    ['770,4', exact(770.4)],
    ['15.577 tỷ đồng', exact(15577, 'tỷ đồng')],
    ['Đạt 15.577 tỷ đồng', exact(15577, 'tỷ đồng')],
    ['Tăng 6 - 7', rise(6, 7)],
    ['tăng từ 9-10%', rise(9, 10, '%')],
    ['tăng 6% - 7%', rise(6, 7, '%')],
    ['tăng 8%', rise(8, 8, '%')],
    ['4.000-4.500', range(4000, 4500)],
    ['4,6 – 5,5 bác sỹ', range(4.6, 5.5, 'bác sỹ')],
    ['14 - 15,5 giường', range(14, 15.5, 'giường')],
    ['từ 6 đến 7 trường', range(6, 7, 'trường')],
    ['khoảng 4.000 - 4.500 lao động', range(4000, 4500, 'lao động')],
    ['> 64', above(64)],
    ['>64', above(64)],
    ['trên 64%', above(64, '%')],
    ['đạt trên 90%', above(90, '%')],
    ['≥ 2', atLeast(2)],
    ['>= 2', atLeast(2)],
    ['từ 85% trở lên', atLeast(85, '%')],
    ['đạt từ 70% trở lên', atLeast(70, '%')],
    ['70.000 tỷ đồng trở lên', atLeast(70000, 'tỷ đồng')],
    ['ít nhất 02 xã', atLeast(2, 'xã')],
    ['Phát triển từ 100 đảng viên mới trở lên', atLeast(100, 'đảng viên')],
    ['từ 100', atLeast(100)],
    ['< 18', below(18)],
    ['<10,3', below(10.3)],
    ['dưới 10,3%', below(10.3, '%')],
    ['dưới 2%', below(2, '%')],
    ['ở mức dưới 2%', below(2, '%')],
    ['giảm xuống còn dưới 5%', below(5, '%')],
    ['giảm xuống còn 5%', atMost(5, '%')],
    ['≤ 3', atMost(3)],
    ['không quá 3 vụ', atMost(3, 'vụ')],
    ['từ 5% trở xuống', atMost(5, '%')],
    ['100', exact(100)],
    ['98', exact(98)],
    ['0,24', exact(0.24)],
    ['0.24', exact(0.24)],
    ['94 %', exact(94, '%')],
    ['100%', exact(100, '%')],
    ['84 triệu đồng/người/năm', exact(84, 'triệu đồng/người/năm')],
    ['15/15 xã', exact(15, 'xã')],
    ['19 xã, lũy kế đạt 107 xã', exact(19, 'xã')],
    ['Giảm 35% hộ nghèo A trên tổng số hộ nghèo A', fall(-35, -35, '%')],
    ['giảm 6 - 7%', fall(-7, -6, '%')],
    ['giảm trên 8%', { kind: 'upperBound', value: -8, inclusive: false, unit: '%', direction: 'lower' }],
    ['tăng trên 8%', above(8, '%')],
    ['Thực hiện theo chỉ tiêu UBND tỉnh giao', qualitative],
    ['Giữ vững ổn định chính trị - xã hội, quốc phòng - an ninh', qualitative],
    ['Hoàn thành chỉ tiêu thi hành án dân sự tỉnh giao trong năm 2024', qualitative],
    ['Đạt chuẩn QC02', qualitative],
    ['', qualitative],
    ['   ', qualitative],
  ];
  it.each(forms)('%j', (written, expected) => {
    expectParsed(parseTargetValue(written), expected);
  });

  it('reads NFD text, non-breaking spaces, bullets and a final stop', () => {
    expectParsed(parseTargetValue('trên 64%'.normalize('NFD')), above(64, '%'));
    expectParsed(parseTargetValue('15.577\u00a0tỷ đồng.'), exact(15577, 'tỷ đồng'));
    expectParsed(parseTargetValue('- + tăng từ 10-11%;'), rise(10, 11, '%'));
  });

  it('skips years, codes, denominators and bracketed figures', () => {
    expectParsed(parseTargetValue('Phấn đấu năm 2024 có trên 90% tổ chức cơ sở đảng'), above(90, '%'));
    expectParsed(parseTargetValue('giai đoạn 2021-2025 đạt 6 bác sĩ'), exact(6, 'bác sĩ'));
    expectParsed(parseTargetValue('số bác sỹ/1 vạn dân là 4,6 – 5,5'), range(4.6, 5.5));
    expectParsed(parseTargetValue('(theo giá so sánh 2010) tăng 6 - 7%'), rise(6, 7, '%'));
  });

  it('takes the unit as the indicator names it when given', () => {
    expectParsed(parseTargetValue('16 giường bệnh/1 vạn dân', 'giường bệnh'), exact(16, 'giường bệnh'));
    expectParsed(parseTargetValue('100 Đảng viên mới', 'đảng viên'), exact(100, 'Đảng viên'));
    // The unit column is not copied into the value when the words do not carry it.
    expectParsed(parseTargetValue('> 64', '%'), above(64));
  });

  it('orders a range written backwards', () => {
    expectParsed(parseTargetValue('7 - 6'), range(6, 7));
  });
});

describe('describeParsedValue', () => {
  it.each([
    ['từ 64% trở lên', 'từ 64 trở lên (%)'],
    ['4.000-4.500', 'khoảng 4.000 – 4.500'],
    ['Tăng 6 - 7 %', 'tăng 6 – 7 %'],
    ['< 18 %', 'dưới 18 %'],
    ['trên 64%', 'trên 64 %'],
    ['770,4 tỷ đồng', '770,4 tỷ đồng'],
    ['từ 5% trở xuống', 'từ 5 trở xuống (%)'],
    ['tăng 8%', 'tăng 8 %'],
    ['giảm 6 - 7%', 'giảm 6 – 7 %'],
    ['Giảm 35%', 'giảm 35 %'],
    ['giảm trên 8%', 'giảm trên 8 %'],
    ['0,24', '0,24'],
    ['Thực hiện theo chỉ tiêu UBND tỉnh giao', 'định tính — cần người đánh giá'],
  ])('%j -> %j', (written, text) => {
    expect(describeParsedValue(parseTargetValue(written))).toBe(text);
  });

  it('falls back on the indicator unit', () => {
    expect(describeParsedValue(parseTargetValue('> 64'), '%')).toBe('trên 64 %');
    expect(describeParsedValue(parseTargetValue('≥ 2'), 'trường')).toBe('từ 2 trở lên (trường)');
    expect(describeParsedValue(parseTargetValue('15 %'), 'người')).toBe('15 %');
  });

  it('describes values built by hand', () => {
    expect(describeParsedValue({ kind: 'lowerBound', value: -3, inclusive: false, direction: 'higher' })).toBe('giảm dưới 3');
    expect(describeParsedValue({ kind: 'growthRange', min: -1, max: 2, direction: 'higher' })).toBe('tăng -1 – 2');
  });
});

describe('splitValueFromStatement', () => {
  it.each([
    ['Tổng vốn huy động đầu tư phát triển: Đạt 15.577 tỷ đồng.', 'Tổng vốn huy động đầu tư phát triển', 'Đạt 15.577 tỷ đồng'],
    ['Tỷ lệ dân số tham gia bảo hiểm y tế 94 %.', 'Tỷ lệ dân số tham gia bảo hiểm y tế', '94 %'],
    ['Tỷ lệ lao động qua đào tạo nghề đạt 68,5%', 'Tỷ lệ lao động qua đào tạo nghề', 'đạt 68,5%'],
    ['Số bác sỹ/1 vạn dân là 4,6 – 5,5 bác sỹ', 'Số bác sỹ/1 vạn dân', '4,6 – 5,5 bác sỹ'],
    ['Tỷ lệ lao động không có việc làm khu vực đô thị ở mức dưới 2%.', 'Tỷ lệ lao động không có việc làm khu vực đô thị', 'dưới 2%'],
    ['Tỷ lệ trẻ em suy dinh dưỡng giảm xuống còn dưới 5%.', 'Tỷ lệ trẻ em suy dinh dưỡng', 'giảm xuống còn dưới 5%'],
    ['- + Công nghiệp tăng từ 9-10%;', 'Công nghiệp', 'tăng từ 9-10%'],
    ['Tỷ lệ tăng dân số tự nhiên dưới 1,02%.', 'Tỷ lệ tăng dân số tự nhiên', 'dưới 1,02%'],
    ['Trên 80% cơ sở thực hiện tốt quy chế dân chủ ở cơ sở.', 'Cơ sở thực hiện tốt quy chế dân chủ ở cơ sở', 'Trên 80%'],
    [
      'Phần đầu có ít nhất 02 xã đủ điều kiện công nhận xã nông thôn mới nâng cao.',
      'Phần đầu có xã đủ điều kiện công nhận xã nông thôn mới nâng cao',
      'ít nhất 02 xã',
    ],
    ['Phát triển từ 100 đảng viên mới trở lên.', 'Phát triển', 'từ 100 đảng viên mới trở lên'],
    [
      'Thu ngân sách nhà nước do huyện quản lý đạt và vượt dự toán Tỉnh giao là 770,4 tỷ đồng.',
      'Thu ngân sách nhà nước do huyện quản lý đạt và vượt dự toán Tỉnh giao',
      '770,4 tỷ đồng',
    ],
    ['tỷ lệ che phủ rừng đạt 16,5%', 'Tỷ lệ che phủ rừng', 'đạt 16,5%'],
  ])('%j', (sentence, name, value) => {
    expect(splitValueFromStatement(sentence)).toEqual({ name, value });
  });

  it('returns null when there is nothing to split', () => {
    expect(splitValueFromStatement('Không để xảy ra điểm nóng về an ninh, trật tự.')).toBeNull();
    expect(splitValueFromStatement('Giữ vững ổn định chính trị - xã hội, quốc phòng - an ninh.')).toBeNull();
    expect(splitValueFromStatement('đạt 100%')).toBeNull();
    expect(splitValueFromStatement('Tổng thu ngân sách: ')).toBeNull();
    expect(splitValueFromStatement('')).toBeNull();
  });

  it('ignores a colon inside brackets', () => {
    expect(splitValueFromStatement('Tỷ lệ A đạt 85% (trong đó: tại đô thị đạt 86,5%)')).toEqual({
      name: 'Tỷ lệ A',
      value: 'đạt 85% (trong đó: tại đô thị đạt 86,5%)',
    });
  });
});

describe('splitClauses', () => {
  it('splits at ";" outside brackets and drops bullets and stops', () => {
    expect(splitClauses('- Duy trì tỷ lệ che phủ cây xanh đạt 26,5%; tỷ lệ che phủ rừng đạt 16,5%.')).toEqual([
      'Duy trì tỷ lệ che phủ cây xanh đạt 26,5%',
      'tỷ lệ che phủ rừng đạt 16,5%',
    ]);
    expect(splitClauses('A đạt 1% (x; y); B đạt 2%;')).toEqual(['A đạt 1% (x; y)', 'B đạt 2%']);
    expect(splitClauses('  ')).toEqual([]);
  });
});
