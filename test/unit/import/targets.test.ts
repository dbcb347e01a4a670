import { describe, expect, it } from 'vitest';
import { walkTargets, type TargetNode } from '../../../electron/contract/model/targets.ts';
import { assignKeys } from '../../../electron/import/targets/link.ts';
import { slugOf } from '../../../electron/import/targets/slug.ts';
import { statementTargets } from '../../../electron/import/targets/statement.ts';
import { importText, resolutionText } from './helpers/texts.ts';

type Flat = [string, string | undefined, string | undefined];
const flat = (text: string): Flat[] => {
  const out: Flat[] = [];
  const visit = (list: ReturnType<typeof statementTargets>, depth: number): void => {
    for (const d of list) {
      out.push([`${'> '.repeat(depth)}${d.name}`, d.unit, d.written]);
      visit(d.children, depth + 1);
    }
  };
  visit(statementTargets(text), 0);
  return out;
};

describe('targets written in sentences', () => {
  it('splits a value after a colon, keeping its verb', () => {
    expect(flat('Tổng vốn huy động đầu tư phát triển: Đạt 15.577 tỷ đồng.')).toEqual([
      ['Tổng vốn huy động đầu tư phát triển', 'tỷ đồng', 'Đạt 15.577 tỷ đồng'],
    ]);
    expect(flat('Tổng thu ngân sách: Thực hiện theo chỉ tiêu UBND tỉnh giao.')).toEqual([
      ['Tổng thu ngân sách', undefined, 'Thực hiện theo chỉ tiêu UBND tỉnh giao'],
    ]);
  });

  it('splits several targets of one sentence, drops linking verbs and aspiration words, shares stems', () => {
    expect(flat('Duy trì tỷ lệ che phủ cây xanh đạt 26,5%; tỷ lệ che phủ rừng đạt 16,5%.')).toEqual([
      ['Tỷ lệ che phủ cây xanh', '%', '26,5%'],
      ['Tỷ lệ che phủ rừng', '%', '16,5%'],
    ]);
    expect(flat('Phân loại rác thải tại nguồn ở các hộ gia đình đạt 20%; ở cơ quan đơn vị đạt 100%.')).toEqual([
      ['Phân loại rác thải tại nguồn ở các hộ gia đình', '%', '20%'],
      ['Phân loại rác thải tại nguồn ở cơ quan đơn vị', '%', '100%'],
    ]);
    expect(flat('Tỷ lệ trẻ em suy dinh dưỡng giảm xuống còn dưới 5%.')).toEqual([['Tỷ lệ trẻ em suy dinh dưỡng', '%', 'dưới 5%']]);
    expect(flat('Số bác sỹ/1 vạn dân là 4,6 – 5,5 bác sỹ')).toEqual([['Số bác sỹ/1 vạn dân', 'bác sỹ', '4,6 – 5,5 bác sỹ']]);
    expect(flat('Phấn đấu có ít nhất 01 xã được công nhận đạt nông thôn mới kiểu mẫu')).toEqual([
      ['Xã được công nhận đạt nông thôn mới kiểu mẫu', 'xã', 'ít nhất 01 xã'],
    ]);
    expect(flat('Trên 80% cơ sở thực hiện tốt quy chế dân chủ.')).toEqual([['Cơ sở thực hiện tốt quy chế dân chủ', '%', 'Trên 80%']]);
  });

  it('reads bullets with the value after a colon or a tab, and a numbered target', () => {
    expect(flat('- Tỷ lệ lao động qua đào tạo: 57%')).toEqual([['Tỷ lệ lao động qua đào tạo', '%', '57%']]);
    expect(flat('+ Ngành dịch vụ\ttăng 8,56%')).toEqual([['Ngành dịch vụ', '%', 'tăng 8,56%']]);
    expect(flat('Có thêm 1 - 2 trường học được công nhận đạt chuẩn quốc gia.')).toEqual([
      ['Trường học được công nhận đạt chuẩn quốc gia', 'trường học', 'thêm 1 - 2 trường học'],
    ]);
    expect(flat('Có từ 85% trở lên tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ')).toEqual([
      ['Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ', '%', 'từ 85% trở lên'],
    ]);
  });

  it('gives children: "trong đó", "riêng", a bare rate after its count, and bracketed lists placed by what they name', () => {
    expect(flat('Tỷ lệ điều tra, khám phá án đạt trên 75%, trong đó án rất nghiêm trọng đạt trên 90% tổng số án.')).toEqual([
      ['Tỷ lệ điều tra, khám phá án', '%', 'trên 75%'],
      ['> Trong đó án rất nghiêm trọng', '%', 'trên 90% tổng số án'],
    ]);
    expect(flat('Tỷ lệ tập hợp đoàn viên đạt từ 70% trở lên; riêng đoàn thanh niên đạt 50%.')[1]).toEqual([
      '> Riêng đoàn thanh niên',
      '%',
      '50%',
    ]);
    expect(flat('100% tin báo được tiếp nhận, xử lý; tỷ lệ giải quyết đạt trên 90%.')[1]).toEqual(['> Tỷ lệ giải quyết', '%', 'trên 90%']);
    expect(
      flat(
        'Tỷ lệ dân số đô thị dùng nước sạch đạt 89%; tỷ lệ dân số nông thôn dùng nước sạch đạt 85% (trong đó, tỷ lệ dùng nước máy: tại đô thị đạt 86,5%, tại nông thôn đạt 51%).',
      ),
    ).toEqual([
      ['Tỷ lệ dân số đô thị dùng nước sạch', '%', '89%'],
      ['> Trong đó, tỷ lệ dùng nước máy tại đô thị', '%', '86,5%'],
      ['Tỷ lệ dân số nông thôn dùng nước sạch', '%', '85%'],
      ['> Trong đó, tỷ lệ dùng nước máy tại nông thôn', '%', '51%'],
    ]);
  });

  it('reads parallel figures sharing a predicate, and qualitative targets', () => {
    expect(flat('100% thiết chế văn hóa cấp xã, 90% nhà văn hóa ấp hoạt động hiệu quả.')).toEqual([
      ['Thiết chế văn hóa cấp xã hoạt động hiệu quả', '%', '100%'],
      ['Nhà văn hóa ấp hoạt động hiệu quả', '%', '90%'],
    ]);
    expect(flat('Hoàn thành chỉ tiêu tuyển quân ở hai cấp huyện, xã theo chỉ tiêu giao.')).toEqual([
      ['Tuyển quân ở hai cấp huyện, xã', undefined, 'Hoàn thành chỉ tiêu tuyển quân ở hai cấp huyện, xã theo chỉ tiêu giao'],
    ]);
    expect(flat('tỷ lệ kết nạp đảng viên mới đạt chỉ tiêu tỉnh giao')).toEqual([
      ['Tỷ lệ kết nạp đảng viên mới', undefined, 'đạt chỉ tiêu tỉnh giao'],
    ]);
    expect(flat('Lựa chọn chủ đầu tư dự án nhà ở xã hội theo chỉ tiêu tỉnh giao.')).toEqual([
      ['Lựa chọn chủ đầu tư dự án nhà ở xã hội', undefined, 'theo chỉ tiêu tỉnh giao'],
    ]);
  });
});

describe('targets of the document', () => {
  const appendix = [
    'PHỤ LỤC',
    'CHỈ TIÊU KẾ HOẠCH NĂM 2022',
    '(Kèm theo Nghị quyết số 04 -NQ/HU ngày 10 /12/2021 của Huyện ủy Đức Trọng)',
    '',
    'STT\tCHỈ TIÊU\tĐƠN VỊ TÍNH\tKẾ HOẠCH NĂM 2021\tƯỚC THỰC HIỆN NĂM 2021\tĐÁNH GIÁ\tCHỈ TIÊU',
    '(1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)',
    '1\tGiá trị sản xuất\t\t\t\t\t',
    '\tNgành Công nghiệp\t%\tTăng 8\t8,35\tVượt\tTăng 9 - 10',
    '2\tThu NSNN do huyện quản lý\ttỷ đồng\t700\t720\tĐạt\t770,4',
    '',
    'STT\tCHỈ TIÊU\tĐƠN VỊ TÍNH\tKẾ HOẠCH NĂM 2021\tƯỚC THỰC HIỆN NĂM 2021\tĐÁNH GIÁ\tCHỈ TIÊU',
    '3\tGiữ vững ổn định chính trị\t\t\t\t\t',
  ].join('\n');

  it("reads the appendix table: groups, children, last year's columns, a header repeated after a page break", () => {
    const r = importText(resolutionText({ after: appendix }));
    const m = r.model;
    expect(m.appendix).toMatchObject({
      include: true,
      title: 'CHỈ TIÊU KẾ HOẠCH NĂM 2022',
      attachedNote: '(Kèm theo Nghị quyết số 04-NQ/HU ngày 10/12/2021 của Huyện ủy Đức Trọng)',
      valueHeader: 'CHỈ TIÊU',
      columns: { previousTarget: true, previousResult: true, assessment: true },
    });
    const nodes = [...walkTargets(m.targets)].map(([n, d]) => [d, n.name, n.unit, n.value?.written, n.previous]);
    expect(nodes).toEqual([
      [0, 'Giá trị sản xuất', undefined, undefined, undefined],
      [1, 'Ngành Công nghiệp', '%', 'Tăng 9 - 10', { year: 2021, target: 'Tăng 8', result: '8,35', assessment: 'vuot' }],
      [0, 'Thu NSNN do huyện quản lý', 'tỷ đồng', '770,4', { year: 2021, target: '700', result: '720', assessment: 'dat' }],
      [0, 'Giữ vững ổn định chính trị', undefined, undefined, undefined],
    ]);
    expect(m.targets[1]?.value?.parsed).toEqual({ kind: 'exact', value: 770.4, direction: 'exact' });
  });

  it('reads targets listed under "CÁC CHỈ TIÊU" in the body when there is no table', () => {
    const body = [
      'II. CÁC CHỈ TIÊU CHỦ YẾU',
      'Bao gồm 3 chỉ tiêu:',
      '1. Giá trị sản xuất như sau:',
      '- + Công nghiệp tăng từ 9-10%;',
      '2. Thu ngân sách đạt 770,4 tỷ đồng.',
      '3. Về môi trường:',
      '- Tỷ lệ che phủ rừng đạt 16,5%.',
      'III. NHIỆM VỤ',
      '1. Không phải chỉ tiêu.',
    ].join('\n');
    const nodes = [...walkTargets(importText(resolutionText({ body })).model.targets)].map(
      ([n, d]) => `${d}:${n.name}=${n.value?.written ?? ''}`,
    );
    expect(nodes).toEqual([
      '0:Giá trị sản xuất=',
      '1:Công nghiệp=tăng từ 9-10%',
      '0:Thu ngân sách=770,4 tỷ đồng',
      '0:Về môi trường=',
      '1:Tỷ lệ che phủ rừng=16,5%',
    ]);
  });
});

describe('keys and links to existing indicators', () => {
  const draft = (name: string, children: string[] = []) => ({
    name,
    confidence: 0.9,
    children: children.map((c) => ({ name: c, confidence: 0.9, children: [] })),
  });
  const known = [
    { key: 'thu-ngan-sach', name: 'Thu ngân sách nhà nước do huyện quản lý', unit: 'tỷ đồng', parentName: null },
    { key: 'bhyt', name: 'Tỷ lệ bảo hiểm y tế toàn dân', unit: '%', parentName: null },
    { key: 'y-te.bac-si', name: 'Số bác sĩ/1 vạn dân', unit: null, parentName: 'Chỉ tiêu về y tế' },
    { key: 'chi-tieu', name: 'Một chỉ tiêu khác', unit: null, parentName: null },
  ];

  it('reuses the key of an indicator with the same normalised name (NSNN, BHYT, sĩ/sỹ, case, spacing)', () => {
    const { nodes, links } = assignKeys(
      [draft('Thu NSNN do huyện quản lý'), draft('Tỷ lệ BHYT toàn  dân'), draft('Chỉ tiêu về y tế', ['Số bác sỹ/1 vạn dân'])],
      known,
    );
    expect(nodes.map((n) => n.key)).toEqual(['thu-ngan-sach', 'bhyt', 'y-te']);
    expect(nodes[2]?.children[0]?.key).toBe('y-te.bac-si');
    expect(links.map((l) => l.match)).toEqual(['name', 'name', 'new', 'name']);
    expect(links[0]?.linkedTo).toEqual({ key: 'thu-ngan-sach', name: 'Thu ngân sách nhà nước do huyện quản lý' });
  });

  it('makes new keys stable ASCII slugs, unique in the document and among existing indicators', () => {
    const { nodes } = assignKeys([draft('Chỉ tiêu khác'), draft('Tỷ lệ che phủ rừng'), draft('Tỷ lệ che phủ rừng')], known);
    const keys = nodes.map((n: TargetNode) => n.key);
    expect(keys).toEqual(['khac', 'che-phu-rung', 'che-phu-rung-2']);
    expect(slugOf('Về an ninh quốc phòng – an ninh, trật tự')).toBe('an-ninh-quoc-phong-an');
    expect(slugOf('Đảng viên')).toBe('dang-vien');
    expect(slugOf('!!!')).toBe('chi-tieu');
    for (const k of keys) expect(k).toMatch(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/);
  });
});
