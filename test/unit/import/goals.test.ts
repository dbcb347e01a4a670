import { describe, expect, it } from 'vitest';
import type { TargetNode } from '../../../electron/contract/model/targets.ts';
import { importText, resolutionText } from './helpers/texts.ts';

/** Targets wherever a document states them, and only real targets. */

const flat = (nodes: readonly TargetNode[]): [string, string][] =>
  nodes.flatMap((n) => [...(n.value ? [[n.name, n.value.written] as [string, string]] : []), ...flat(n.children)]);
const targetsOf = (body: string) => importText(resolutionText({ body }));

describe('targets under goal headings', () => {
  it('"II. MỤC TIÊU": the general goals are skipped, the specific ones with a figure are targets, field groups kept', () => {
    const r = targetsOf(
      [
        'I. QUAN ĐIỂM',
        '1. Phát triển nhanh và bền vững, lấy người dân làm trung tâm.',
        'II. MỤC TIÊU',
        '1. Mục tiêu chung:',
        '- Xây dựng xã phát triển toàn diện, đến năm 2030 trở thành xã kiểu mẫu.',
        '- Giữ vững quốc phòng, an ninh.',
        '2. Mục tiêu cụ thể đến năm 2030:',
        'a) Về kinh tế:',
        '- Tốc độ tăng trưởng kinh tế (GRDP) bình quân đạt trên 10%/năm.',
        '- Thu nhập bình quân đầu người đạt 95 triệu đồng.',
        '- Phổ cập mạng di động 5G đến các thôn.',
        'b) Về xã hội:',
        '- Tỷ lệ hộ nghèo giảm còn 1,5%^(*).',
        '- Số thôn đạt chuẩn văn hóa: 40/99 thôn.',
        'III. NHIỆM VỤ VÀ GIẢI PHÁP',
        '1. Đẩy mạnh cải cách hành chính, phấn đấu 100% hồ sơ giải quyết đúng hạn.',
      ].join('\n'),
    );
    expect(flat(r.model.targets)).toEqual([
      ['Tốc độ tăng trưởng kinh tế (GRDP) bình quân', 'trên 10%/năm'],
      ['Thu nhập bình quân đầu người', '95 triệu đồng'],
      ['Tỷ lệ hộ nghèo', '1,5%'],
      ['Số thôn đạt chuẩn văn hóa', '40/99 thôn'],
    ]);
    // The one group around them all is the list's own heading: the field groups are the top level.
    expect(r.model.targets.map((t) => t.name)).toEqual(['Về kinh tế', 'Về xã hội']);
    expect(r.notes.join(' ')).toContain('dấu chú thích (*)');
  });

  it('"Mục tiêu năm 2026:" as a labelled line, targets in sentences, a second figure after a comma', () => {
    const r = targetsOf(
      [
        'I. ĐÁNH GIÁ KẾT QUẢ NĂM 2025',
        '1. Kinh tế tăng trưởng khá, đạt 9,5%.',
        'II. PHƯƠNG HƯỚNG NĂM 2026',
        '1. Mục tiêu năm 2026:',
        '- Tiếp tục đổi mới phương thức lãnh đạo. Phấn đấu 20 - 30% hợp tác xã ứng dụng công nghệ số.',
        '- Cáp quang phủtrên 80% hộ gia đình, 100% thôn có hộ dân cư.',
        '- Tỷ lệ doanh nghiệp có hoạt động đổi mới đạt trên 30% trong tổng số doanh nghiệp.',
        '2. Nhiệm vụ trọng tâm:',
        '- Tập trung chỉ đạo sản xuất vụ Đông Xuân.',
      ].join('\n'),
    );
    expect(flat(r.model.targets)).toEqual([
      ['Hợp tác xã ứng dụng công nghệ số', '20 - 30%'],
      ['Cáp quang phủ hộ gia đình', 'trên 80%'],
      ['Thôn có hộ dân cư', '100%'],
      ['Tỷ lệ doanh nghiệp có hoạt động đổi mới trong tổng số doanh nghiệp', 'trên 30%'],
    ]);
  });

  it('"MỤC TIÊU, CHỈ TIÊU": prose goals are not targets; a headline keeps its value over its "+" sub-items', () => {
    const r = targetsOf(
      [
        'II. MỤC TIÊU, CHỈ TIÊU',
        'Tập trung lãnh đạo phát triển kinh tế, giữ vững ổn định chính trị.',
        '- Tổng thu ngân sách trên địa bàn đạt 120 tỷ đồng, trong đó:',
        '+ Thu nội địa 100 tỷ đồng.',
        '+ Thu tiền sử dụng đất 20 tỷ đồng.',
        '- Cơ cấu kinh tế:',
        '+ Nông nghiệp 30%.',
        '+ Dịch vụ 70%.',
        '- Nâng cao chất lượng hoạt động của Mặt trận.',
      ].join('\n'),
    );
    const [total, structure] = r.model.targets;
    expect(total).toMatchObject({ name: 'Tổng thu ngân sách trên địa bàn', value: { written: '120 tỷ đồng' } });
    expect(total?.children.map((c) => [c.name, c.value?.written])).toEqual([
      ['Thu nội địa', '100 tỷ đồng'],
      ['Thu tiền sử dụng đất', '20 tỷ đồng'],
    ]);
    expect(structure?.name).toBe('Cơ cấu kinh tế');
    expect(structure?.children.map((c) => [c.name, c.value?.written])).toEqual([
      ['Nông nghiệp', '30%'],
      ['Dịch vụ', '70%'],
    ]);
    expect(r.model.targets).toHaveLength(2);
  });

  it('a document of qualitative goals gets no invented targets', () => {
    const r = targetsOf(
      'II. MỤC TIÊU\n1. Mục tiêu chung:\n- Phấn đấu hết năm 2025 xã là xã không ma túy.\n2. Mục tiêu cụ thể:\n- Duy trì xã không ma túy trong các năm tiếp theo.',
    );
    expect(r.model.targets).toEqual([]);
  });
});

describe('a footnote number glued to the value by text extraction', () => {
  it('takes "đồng2" / "%1" apart into a note, and leaves "m2" and "km2" alone', () => {
    const r = targetsOf(
      [
        'I. CHỈ TIÊU NĂM 2027',
        '1. Doanh thu từ làng nghề đạt 96,5 tỷ đồng2.',
        '2. Tỷ lệ hộ được tập huấn đạt 70 %1.',
        '3. Diện tích nhà ở bình quân đạt 28 m2.',
        '4. Mật độ đường giao thông đạt 1,5 km2.',
      ].join('\n'),
    );
    expect(flat(r.model.targets)).toEqual([
      ['Doanh thu từ làng nghề', '96,5 tỷ đồng'],
      ['Tỷ lệ hộ được tập huấn', '70 %'],
      ['Diện tích nhà ở bình quân', '28 m2'],
      ['Mật độ đường giao thông', '1,5 km2'],
    ]);
  });
});

describe('targets numbered inside one sentence', () => {
  it('"… các chỉ tiêu sau: (1) A đạt x; (2) B đạt y": one target per item, labels and introduction left out', () => {
    const r = targetsOf(
      [
        'II. CÁC CHỈ TIÊU CHỦ YẾU',
        'Phấn đấu đạt và vượt các chỉ tiêu sau: (1) Tổng thu ngân sách trên địa bàn đạt 1.234,5 tỷ đồng; (2) Tỷ lệ hồ sơ giải quyết trực tuyến đạt 95 %; (3) Giảm 30 % số vụ phạm pháp hình sự; 4) Kết nạp từ 35 đảng viên mới trở lên.',
      ].join('\n'),
    );
    expect(flat(r.model.targets)).toEqual([
      ['Tổng thu ngân sách trên địa bàn', '1.234,5 tỷ đồng'],
      ['Tỷ lệ hồ sơ giải quyết trực tuyến', '95 %'],
      ['Số vụ phạm pháp hình sự', 'Giảm 30 %'],
      ['Kết nạp', 'từ 35 đảng viên mới trở lên'],
    ]);
  });
});

describe('one group around every target', () => {
  it('is the list’s heading, not a field: its targets are the top level, counted one by one', () => {
    const r = targetsOf(
      [
        'II. MỤC TIÊU, CHỈ TIÊU NĂM 2026',
        '1. Mục tiêu chung',
        'Phát triển nhanh.',
        '2. Các chỉ tiêu chủ yếu',
        '- Tổng thu ngân sách đạt 1.234,5 tỷ đồng.',
        '- Tỷ lệ hộ nghèo dưới 1 %.',
      ].join('\n'),
    );
    expect(r.model.targets.map((t) => [t.name, t.value?.written])).toEqual([
      ['Tổng thu ngân sách', '1.234,5 tỷ đồng'],
      ['Tỷ lệ hộ nghèo', 'dưới 1 %'],
    ]);
  });
});

describe('the base of a comparison', () => {
  it('stays with the value, so that the indicator keeps its name next year', () => {
    const r = targetsOf(['II. CÁC CHỈ TIÊU', '- Giảm 30 % số vụ phạm pháp hình sự so với năm 2025.'].join('\n'));
    expect(flat(r.model.targets)).toEqual([['Số vụ phạm pháp hình sự', 'Giảm 30 % so với năm 2025']]);
  });
});
