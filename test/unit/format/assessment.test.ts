import { describe, it, expect } from 'vitest';
import {
  aggregateNode,
  assessTarget,
  assessmentText,
  assessTargetTree,
  summarizeAssessments,
} from '../../../electron/format/assessment.ts';
import type { TargetResult } from '../../../electron/format/assessment.ts';
import { parseTargetValue } from '../../../electron/format/targetValue.ts';
import type { Assessment, Direction, TargetNode } from '../../../electron/contract/model/targets.ts';

/** A target as the fixtures hold it: words as written, parsed with the app's parser. */
const target = (written: string, unit?: string, better?: Direction, name = 'Chỉ tiêu thử'): TargetNode => ({
  key: 'thu',
  name,
  unit,
  better,
  value: { written, parsed: parseTargetValue(written, unit) },
  children: [],
});
const verdict = (t: TargetNode, written: string): Assessment => assessTarget(t, { written }).assessment;
const verdicts = (t: TargetNode, cases: Array<[string, Assessment]>): void => {
  for (const [written, expected] of cases) expect([written, verdict(t, written)]).toEqual([written, expected]);
};

describe('assessTarget: bounds', () => {
  it('"trên 64" is exclusive: 64,5 is met, 64 is not', () => {
    const t = target('> 64', '%');
    expect(assessTarget(t, { written: '64,5' })).toEqual({ assessment: 'dat', reason: 'Kết quả 64,5 % trên mức 64 %: đạt' });
    expect(assessTarget(t, { written: '64' })).toEqual({
      assessment: 'khong-dat',
      reason: 'Kết quả 64 % bằng mức 64 %, chỉ tiêu là trên 64 %: không đạt',
    });
    verdicts(target('trên 64%'), [
      ['64,5%', 'dat'],
      ['64%', 'khong-dat'],
      ['60', 'khong-dat'],
      ['77', 'vuot'],
    ]);
  });

  it('"≥ 2" and "từ 85% trở lên" are inclusive; vượt only more than 20% past the bound', () => {
    verdicts(target('≥ 2', 'trường'), [
      ['2', 'dat'],
      ['1', 'khong-dat'],
      ['3', 'vuot'],
      ['3 trường', 'vuot'],
    ]);
    expect(assessTarget(target('≥ 2', 'trường'), { written: '3' }).reason).toBe(
      'Kết quả 3 trường trên mức 2 trường, cách mức hơn 20%: vượt',
    );
    verdicts(target('từ 85% trở lên'), [
      ['85%', 'dat'],
      ['84,9%', 'khong-dat'],
      ['99%', 'dat'],
      ['đạt 86,2%', 'dat'],
    ]);
    verdicts(target('ít nhất 02 xã'), [
      ['2 xã', 'dat'],
      ['01 xã', 'khong-dat'],
    ]);
  });

  it('"dưới 18%" is met by 16%, vượt only well below, not met at 18', () => {
    const t = target('<18', '%');
    expect(assessTarget(t, { written: '16%' })).toEqual({ assessment: 'dat', reason: 'Kết quả 16 % dưới mức 18 %: đạt' });
    verdicts(t, [
      ['18', 'khong-dat'],
      ['17,99', 'dat'],
      ['14', 'vuot'],
      ['19,5%', 'khong-dat'],
    ]);
    verdicts(target('tối đa 5', '%'), [
      ['5', 'dat'],
      ['5,1', 'khong-dat'],
    ]);
    // A natural fall of the population is a negative figure.
    verdicts(target('<1,02', '%'), [
      ['0,98', 'dat'],
      ['−0,1', 'vuot'],
      ['1,02', 'khong-dat'],
    ]);
  });

  it('bounds on a change compare with a change', () => {
    const rise = target('tăng trên 8%');
    verdicts(rise, [
      ['tăng 8,5%', 'dat'],
      ['tăng 8%', 'khong-dat'],
      ['tăng 10%', 'vuot'],
      ['8,5', 'can-danh-gia'],
    ]);
    const fall = target('giảm trên 8%');
    verdicts(fall, [
      ['giảm 9%', 'dat'],
      ['giảm 8%', 'khong-dat'],
      ['giảm 12%', 'vuot'],
      ['tăng 1%', 'khong-dat'],
    ]);
    expect(assessTarget(fall, { written: 'giảm 9%' }).reason).toBe('Kết quả giảm 9 % nhiều hơn mức giảm 8 %: đạt');
  });
});

describe('assessTarget: ranges and growth', () => {
  it('a range is met inside, vượt above, không đạt below', () => {
    const t = target('4.000-4.500', 'lao động');
    verdicts(t, [
      ['4.200', 'dat'],
      ['4.000', 'dat'],
      ['4.500 lao động', 'dat'],
      ['4.800', 'vuot'],
      ['3.900', 'khong-dat'],
    ]);
    expect(assessTarget(t, { written: '4.200' }).reason).toBe('Kết quả 4.200 lao động trong khoảng 4.000 – 4.500 lao động: đạt');
    expect(assessTarget(t, { written: '4.800' }).reason).toBe('Kết quả 4.800 lao động trên mức 4.500 lao động: vượt');
    expect(assessTarget(t, { written: '3.900' }).reason).toBe('Kết quả 3.900 lao động dưới mức 4.000 lao động: không đạt');
    verdicts(target('4,6 – 5,5 bác sỹ'), [
      ['5 bác sĩ', 'dat'],
      ['4,5 bác sỹ', 'khong-dat'],
    ]);
    // A level to come down to: lower is better.
    verdicts(target('giảm xuống còn 4 - 5%'), [
      ['4,5%', 'dat'],
      ['3,8%', 'vuot'],
      ['5,2%', 'khong-dat'],
    ]);
    verdicts(target('15-20', '%', 'exact'), [
      ['21', 'khong-dat'],
      ['14', 'khong-dat'],
      ['15', 'dat'],
    ]);
  });

  it('"Tăng 6 - 7" %: 6,5 met, 7,5 vượt, 5 not met; a plain figure is not a growth', () => {
    const t = target('Tăng 6 - 7', '%');
    expect(assessTarget(t, { written: 'tăng 6,5%' })).toEqual({
      assessment: 'dat',
      reason: 'Kết quả tăng 6,5 % trong khoảng tăng 6 – 7 %: đạt',
    });
    expect(assessTarget(t, { written: 'Tăng 7,5' })).toEqual({ assessment: 'vuot', reason: 'Kết quả tăng 7,5 % trên mức tăng 7 %: vượt' });
    expect(assessTarget(t, { written: 'tăng 5%' })).toEqual({
      assessment: 'khong-dat',
      reason: 'Kết quả tăng 5 % dưới mức tăng 6 %: không đạt',
    });
    verdicts(t, [
      ['tăng 6%', 'dat'],
      ['tăng 7%', 'dat'],
      ['giảm 1%', 'khong-dat'],
      ['tăng 6 - 7%', 'can-danh-gia'],
    ]);
    expect(assessTarget(t, { written: '6,5' })).toEqual({
      assessment: 'can-danh-gia',
      reason: 'Không so sánh được: chỉ tiêu là mức tăng, giảm; ghi kết quả dạng "tăng 6,5%"',
    });
  });

  it('falls are the mirror: a larger fall is vượt', () => {
    const t = target('giảm 6 - 7%');
    verdicts(t, [
      ['giảm 6,5%', 'dat'],
      ['giảm 6%', 'dat'],
      ['giảm 5%', 'khong-dat'],
      ['tăng 1%', 'khong-dat'],
    ]);
    expect(assessTarget(t, { written: 'giảm 8%' })).toEqual({
      assessment: 'vuot',
      reason: 'Kết quả giảm 8 % nhiều hơn mức giảm 7 %: vượt',
    });
    expect(assessTarget(t, { written: 'giảm 5%' }).reason).toBe('Kết quả giảm 5 % ít hơn mức giảm 6 %: không đạt');
    verdicts(target('Giảm 35%'), [
      ['giảm 35%', 'dat'],
      ['giảm 40%', 'vuot'],
      ['giảm 30%', 'khong-dat'],
    ]);
  });
});

describe('assessTarget: exact figures', () => {
  it('"770,4" tỷ đồng: equal đạt (within a float tolerance), above vượt, below không đạt', () => {
    const t = target('770,4', 'tỷ đồng');
    expect(assessTarget(t, { written: '770,4' })).toEqual({
      assessment: 'dat',
      reason: 'Kết quả 770,4 tỷ đồng bằng mức 770,4 tỷ đồng: đạt',
    });
    expect(verdict(t, '812,5 tỷ đồng')).toBe('vuot');
    expect(assessTarget(t, { written: '765' })).toEqual({
      assessment: 'khong-dat',
      reason: 'Kết quả 765 tỷ đồng dưới mức 770,4 tỷ đồng: không đạt',
    });
    const sum = 770.1 + 0.3; // 770.4000000000001
    expect(assessTarget(t, { written: 'tổng hai nguồn', parsed: { kind: 'exact', value: sum, direction: 'exact' } }).assessment).toBe(
      'dat',
    );
    expect(verdict(t, '770,39')).toBe('khong-dat');
  });

  it('better = lower mirrors; better = exact wants the figure; better = none asks a person', () => {
    verdicts(target('0,24', '%', 'lower'), [
      ['0,2', 'vuot'],
      ['0,24', 'dat'],
      ['0,3', 'khong-dat'],
    ]);
    verdicts(target('15', 'đơn vị', 'exact'), [
      ['15', 'dat'],
      ['16', 'khong-dat'],
      ['14', 'khong-dat'],
    ]);
    expect(assessTarget(target('15', 'đơn vị', 'none'), { written: '15' }).assessment).toBe('can-danh-gia');
  });

  it('a bare figure of a harm is a level to come down to: a poverty rate above it is không đạt, below it vượt', () => {
    // Đức Trọng's appendix: "Tỷ lệ hộ nghèo | % | 0,24", "Trong đó hộ nghèo dân tộc thiểu số | % | 0,4".
    verdicts(target('0,4', '%', undefined, 'Trong đó hộ nghèo dân tộc thiểu số'), [
      ['0,5%', 'khong-dat'],
      ['0,4%', 'dat'],
      ['0,3%', 'vuot'],
    ]);
    verdicts(target('0,24', '%', undefined, 'Tỷ lệ hộ nghèo'), [['0,2%', 'vuot']]);
    verdicts(target('12', 'vụ', undefined, 'Số vụ tai nạn giao thông'), [['15', 'khong-dat']]);
    // The words turn it round or say it: more is better again.
    verdicts(target('95', '%', undefined, 'Tỷ lệ xã không có ma túy'), [['97', 'vuot']]);
    verdicts(target('300', 'hộ', undefined, 'Số hộ thoát nghèo'), [['350', 'vuot']]);
    // A figure the office marked itself keeps its mark.
    verdicts(target('0,24', '%', 'higher', 'Tỷ lệ hộ nghèo'), [['0,2%', 'khong-dat']]);
  });

  it('"100" %: 100 đạt, 98 không đạt', () => {
    verdicts(target('100', '%'), [
      ['100', 'dat'],
      ['100%', 'dat'],
      ['98', 'khong-dat'],
      ['98%', 'khong-dat'],
    ]);
  });

  it('units must agree when both are written (spelling variants agree)', () => {
    const t = target('770,4', 'tỷ đồng');
    expect(assessTarget(t, { written: '780 triệu đồng' })).toEqual({
      assessment: 'can-danh-gia',
      reason: 'Không so sánh được: đơn vị kết quả (triệu đồng) khác đơn vị chỉ tiêu (tỷ đồng)',
    });
    expect(verdict(target('6', 'bác sĩ'), '5,6 bác sỹ')).toBe('khong-dat');
    expect(verdict(target('16', 'giường bệnh'), '16 giường')).toBe('dat');
    expect(verdict(target('98', '%'), '98 xã')).toBe('can-danh-gia');
  });
});

describe('assessTarget: a person must judge', () => {
  it('qualitative targets, missing or wordy results, incomparable kinds', () => {
    const why = (t: TargetNode, r: TargetResult): string => {
      const out = assessTarget(t, r);
      expect(out.assessment).toBe('can-danh-gia');
      return out.reason;
    };
    const qualitative = target('Thực hiện theo chỉ tiêu UBND tỉnh giao');
    expect(why(qualitative, { written: '812 tỷ đồng' })).toBe('Chỉ tiêu định tính: cần người đánh giá');
    expect(why({ key: 'on-dinh', name: 'Giữ vững ổn định chính trị', children: [] }, { written: 'Giữ vững' })).toBe(
      'Chỉ tiêu định tính: cần người đánh giá',
    );
    expect(why(target('> 64', '%'), { written: '  ' })).toBe('Chưa có kết quả');
    expect(why(target('> 64', '%'), { written: 'Hoàn thành' })).toBe('Kết quả "Hoàn thành" không có số liệu: cần người đánh giá');
    expect(why(target('> 64', '%'), { written: 'trên 65%' })).toBe('Không so sánh được: kết quả "trên 65%" không phải một con số');
    expect(why(target('4.000-4.500'), { written: '4.000 - 4.300' })).toMatch(/^Không so sánh được/);
    expect(why(target('770,4', 'tỷ đồng'), { written: 'tăng 5%' })).toBe(
      'Không so sánh được: chỉ tiêu là một mức, kết quả lại là mức tăng, giảm',
    );
  });

  it('a parsed result given by the caller wins over the words', () => {
    const parsed = { kind: 'exact' as const, value: 66, direction: 'exact' as const };
    expect(assessTarget(target('> 64', '%'), { written: 'xem báo cáo', parsed }).assessment).toBe('dat');
    expect(assessTarget(target('> 64', '%'), { written: '-66', parsed }).assessment).toBe('dat');
  });
});

describe('combining verdicts', () => {
  const leaf = (key: string, name: string, written: string, unit = '%'): TargetNode => ({ ...target(written, unit, undefined, name), key });
  const group: TargetNode = {
    key: 'y-te',
    name: 'Chỉ tiêu về y tế',
    children: [leaf('y-te.xa', 'Xã đạt tiêu chí y tế', '15', 'đơn vị'), leaf('y-te.bac-si', 'Số bác sĩ/1 vạn dân', '6', 'bác sĩ')],
  };

  it('a group without a figure of its own is never không đạt because of one part: it shows how many were met', () => {
    const [xa, bacSi] = group.children as [TargetNode, TargetNode];
    const partly = aggregateNode(undefined, [
      { target: xa, assessment: 'dat' },
      { target: bacSi, assessment: 'khong-dat' },
    ]);
    expect(partly).toEqual({
      assessment: 'can-danh-gia',
      reason: '1/2 chỉ tiêu thành phần đạt hoặc vượt; không đạt: Số bác sĩ/1 vạn dân',
      parts: { met: 1, notMet: 1, total: 2 },
    });
    expect(assessmentText(partly)).toBe('đạt 1/2');
    expect(assessmentText(partly, true)).toBe('Đạt 1/2');
    expect(
      aggregateNode(undefined, [
        { target: xa, assessment: 'vuot' },
        { target: bacSi, assessment: 'dat' },
      ]),
    ).toEqual({ assessment: 'dat', reason: '2 chỉ tiêu thành phần đều đạt hoặc vượt', parts: { met: 2, notMet: 0, total: 2 } });
    expect(
      aggregateNode(undefined, [
        { target: xa, assessment: 'khong-dat' },
        { target: bacSi, assessment: 'khong-dat' },
      ]),
    ).toMatchObject({ assessment: 'khong-dat', reason: 'Cả 2 chỉ tiêu thành phần không đạt' });
  });

  it('a parent with a figure of its own is judged by that figure, its parts counted in the reason', () => {
    const [xa] = group.children as [TargetNode, TargetNode];
    const own = { assessment: 'dat' as const, reason: 'Kết quả 4.200 lao động trong khoảng 4.000 – 4.500 lao động: đạt' };
    expect(aggregateNode(own, [{ target: xa, assessment: 'khong-dat' }])).toEqual({
      assessment: 'dat',
      reason: 'Kết quả 4.200 lao động trong khoảng 4.000 – 4.500 lao động: đạt (0/1 chỉ tiêu thành phần đạt hoặc vượt)',
    });
    const viecLam: TargetNode = { ...leaf('viec-lam', 'Giải quyết việc làm', '4.000-4.500', 'lao động'), children: [xa] };
    const out = assessTargetTree(
      [viecLam],
      new Map([
        ['viec-lam', { written: '4.200' }],
        ['y-te.xa', { written: '12' }],
      ]),
    );
    expect(out.get('y-te.xa')?.assessment).toBe('khong-dat');
    expect(out.get('viec-lam')?.assessment).toBe('dat');
  });

  it('assessTargetTree judges leaves, aggregates groups, and lets a person decide', () => {
    const quality: TargetNode = { key: 'on-dinh', name: 'Giữ vững ổn định chính trị', children: [] };
    const results = new Map([
      ['y-te.xa', { written: '15' }],
      ['y-te.bac-si', { written: '6,3' }],
    ]);
    const out = assessTargetTree([group, quality], results);
    expect(out.get('y-te')?.assessment).toBe('dat');
    expect(out.get('y-te.bac-si')?.assessment).toBe('vuot');
    expect(out.get('on-dinh')?.assessment).toBe('can-danh-gia');
    const judged = assessTargetTree([group, quality], new Map([['y-te.xa', { written: '14' }]]), new Map([['on-dinh', 'dat']]));
    expect(judged.get('on-dinh')).toEqual({ assessment: 'dat', reason: 'Người đánh giá: đạt' });
    expect(judged.get('y-te.bac-si')?.reason).toBe('Chưa có kết quả');
    // One part không đạt, the other not yet known: the group waits for a person, not không đạt.
    expect(judged.get('y-te')?.assessment).toBe('can-danh-gia');
    const oneShort = assessTargetTree(
      [group],
      new Map([
        ['y-te.xa', { written: '15' }],
        ['y-te.bac-si', { written: '5' }],
      ]),
    );
    expect(oneShort.get('y-te')).toMatchObject({ assessment: 'can-danh-gia', parts: { met: 1, notMet: 1, total: 2 } });
  });
});

describe('summarizeAssessments', () => {
  const item = (name: string, assessment: Assessment) => ({ target: { key: 'k', name, children: [] }, assessment });

  it('counts and words, leaving out zero parts', () => {
    const items = [
      ...Array.from({ length: 7 }, () => item('Đạt', 'dat')),
      ...Array.from({ length: 5 }, () => item('Vượt', 'vuot')),
      item('Giá trị sản xuất (theo giá so sánh năm 2010)', 'khong-dat'),
      item('HĐND xã họp đủ kỳ', 'khong-dat'),
      item('Chỉ tiêu về y tế', 'khong-dat'),
      item('Tổ chức Đảng hoàn thành XSNV', 'khong-dat'),
      item('Tỷ lệ bảo hiểm y tế toàn dân', 'khong-dat'),
      item('Giữ vững ổn định', 'can-danh-gia'),
    ];
    const s = summarizeAssessments(items);
    expect(s).toMatchObject({ total: 18, vuot: 5, dat: 7, partly: 0, khongDat: 5, canDanhGia: 1 });
    expect(s.sentence).toBe('18 chỉ tiêu: 12 đạt và vượt, 5 không đạt, 1 cần đánh giá');
    expect(s.unmet).toBe(
      'Một số chỉ tiêu chưa đạt Nghị quyết đề ra: Giá trị sản xuất, HĐND xã họp đủ kỳ, chỉ tiêu về y tế, ' +
        'tổ chức Đảng hoàn thành XSNV, tỷ lệ bảo hiểm y tế toàn dân.',
    );
    expect(summarizeAssessments(items.slice(0, 12)).sentence).toBe('12 chỉ tiêu: 12 đạt và vượt');
    expect(summarizeAssessments(items.slice(0, 12)).unmet).toBe('');
    expect(summarizeAssessments([item('A', 'can-danh-gia'), item('B', 'khong-dat')]).sentence).toBe(
      '2 chỉ tiêu: 1 không đạt, 1 cần đánh giá',
    );
    expect(summarizeAssessments([]).sentence).toBe('Chưa có chỉ tiêu');
    const yTe = { ...item('Chỉ tiêu về y tế', 'can-danh-gia'), parts: { met: 1, notMet: 1, total: 2 } };
    const withGroup = summarizeAssessments([item('Thu ngân sách', 'dat'), yTe, item('Giữ vững ổn định', 'can-danh-gia')]);
    expect(withGroup.sentence).toBe('3 chỉ tiêu: 1 đạt và vượt, 1 đạt một phần, 1 cần đánh giá');
    expect(withGroup.unmet).toBe('Một số chỉ tiêu chưa đạt Nghị quyết đề ra: Chỉ tiêu về y tế (đạt 1/2).');
    expect(summarizeAssessments(Array.from({ length: 1200 }, () => item('A', 'dat'))).sentence).toBe('1.200 chỉ tiêu: 1.200 đạt và vượt');
  });
});
