import { describe, expect, it } from 'vitest';
import { parseTargetValue, splitValueFromStatement } from '../../../electron/format/targetValue.ts';
import { isMeasureUnit, knownUnitLength } from '../../../electron/format/units.ts';
import { statementTargets } from '../../../electron/import/targets/statement.ts';
import { atLeast, exact, expectParsed, fall, range } from './targetValueHelpers.ts';

/**
 * A figure followed by its unit inside a target sentence: the unit ends where a known unit ends
 * (with what it is per), the words after it name what is measured or counted; Vietnamese
 * separators ("1,2" a decimal comma, "1.200" a thousands dot).
 */

describe('knownUnitLength', () => {
  it.each([
    ['km đường giao thông', 'km'],
    ['ha rừng', 'ha'],
    ['tỷ đồng trở lên', 'tỷ đồng'],
    ['triệu đồng/người/năm', 'triệu đồng/người/năm'],
    ['giường bệnh/1 vạn dân', 'giường bệnh/1 vạn dân'],
    ['bác sĩ/10.000 dân', 'bác sĩ/10.000 dân'],
    ['% hộ gia đình', '%'],
    ['hộ nghèo', 'hộ'],
    ['lao động nông thôn', 'lao động'],
    ['công trình văn hóa', 'công trình'],
    ['trường học đạt chuẩn', 'trường học'],
    ['km² diện tích', 'km²'],
  ])('%j -> %j', (text, unit) => {
    expect(text.slice(0, knownUnitLength(text))).toBe(unit);
  });

  it('needs a word boundary', () => {
    expect(knownUnitLength('hai xã')).toBe(0);
    expect(knownUnitLength('mô hình')).toBe('mô hình'.length);
    expect(knownUnitLength('tại xã')).toBe(0);
    expect(knownUnitLength('kmx')).toBe(0);
  });

  it('tells measures from counted nouns', () => {
    expect(['km', 'ha', 'tỷ đồng', 'triệu đồng/người/năm', '%', 'tấn'].map(isMeasureUnit)).toEqual([true, true, true, true, true, true]);
    expect(['xã', 'hộ', 'lao động', 'công trình', 'trường', 'giường bệnh'].map(isMeasureUnit)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('a figure and its unit inside a target sentence', () => {
  it.each([
    ['Bê tông hóa thêm 1,2 km đường giao thông nông thôn.', 'Bê tông hóa đường giao thông nông thôn', 'thêm 1,2 km', exact(1.2, 'km')],
    ['Bê tông hóa mới 12,5 km đường giao thông nội đồng', 'Bê tông hóa mới đường giao thông nội đồng', '12,5 km', exact(12.5, 'km')],
    ['Trồng mới 1.500 ha rừng tập trung', 'Trồng mới rừng tập trung', '1.500 ha', exact(1500, 'ha')],
    ['Nạo vét 3,5 km kênh mương', 'Nạo vét kênh mương', '3,5 km', exact(3.5, 'km')],
    ['Huy động 120 tỷ đồng vốn xã hội hóa cho giáo dục', 'Huy động vốn xã hội hóa cho giáo dục', '120 tỷ đồng', exact(120, 'tỷ đồng')],
    ['Xây mới 3 công trình văn hóa thôn', 'Xây mới công trình văn hóa thôn', '3 công trình', exact(3, 'công trình')],
    [
      'Giải quyết việc làm cho 1.200 lao động nông thôn',
      'Giải quyết việc làm cho lao động nông thôn',
      '1.200 lao động',
      exact(1200, 'lao động'),
    ],
    ['Có thêm 2 xã đạt chuẩn nông thôn mới nâng cao', 'Có xã đạt chuẩn nông thôn mới nâng cao', 'thêm 2 xã', exact(2, 'xã')],
    ['Giảm 150 hộ nghèo', 'Hộ nghèo', 'Giảm 150 hộ', fall(-150, -150, 'hộ')],
  ])('%j', (sentence, name, value, parsed) => {
    expect(splitValueFromStatement(sentence)).toEqual({ name, value });
    expectParsed(parseTargetValue(value), parsed);
  });

  it.each([
    ['Thu nhập bình quân đầu người đạt 56 triệu đồng/người/năm', exact(56, 'triệu đồng/người/năm')],
    ['Thu nhập bình quân đầu người đạt 65,5 triệu đồng/người/năm trở lên', atLeast(65.5, 'triệu đồng/người/năm')],
    ['Thu ngân sách nhà nước trên địa bàn đạt 1.250,5 tỷ đồng', exact(1250.5, 'tỷ đồng')],
    ['Số giường bệnh đạt 32 giường bệnh/1 vạn dân', exact(32, 'giường bệnh/1 vạn dân')],
    ['Sản lượng lương thực đạt 2.000 tấn trở lên', atLeast(2000, 'tấn')],
    ['Kết nạp từ 120 đảng viên mới trở lên', atLeast(120, 'đảng viên')],
    ['Giải quyết việc làm mới cho 3.000 - 3.500 lao động', range(3000, 3500, 'lao động')],
    ['Tỷ lệ hộ nghèo giảm 1,5 %/năm', fall(-1.5, -1.5, '%/năm')],
  ])('%j', (sentence, parsed) => {
    const split = splitValueFromStatement(sentence);
    expectParsed(parseTargetValue(split?.value ?? ''), parsed);
  });

  it('reads the same sentences as targets of a resolution', () => {
    expect(statementTargets('+ Bê tông hóa thêm 1,2 km đường giao thông nội đồng.')).toEqual([
      { name: 'Bê tông hóa đường giao thông nội đồng', written: 'thêm 1,2 km', unit: 'km', children: [], confidence: 0.8 },
    ]);
    const [a, b] = statementTargets('Trồng mới 150 ha rừng; xây dựng 02 trường học đạt chuẩn quốc gia.');
    expect([a?.name, a?.written, a?.unit]).toEqual(['Trồng mới rừng', '150 ha', 'ha']);
    expect([b?.name, b?.written, b?.unit]).toEqual(['Xây dựng trường học đạt chuẩn quốc gia', '02 trường học', 'trường học']);
  });
});
