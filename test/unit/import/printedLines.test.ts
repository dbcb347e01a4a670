import { describe, expect, it } from 'vitest';
import { importText, resolutionText, structureOf } from './helpers/texts.ts';

const bodyTexts = (text: string): string[] =>
  importText(text).model.body.map((b) => ('runs' in b ? b.runs.map((r) => ('text' in r ? r.text : '')).join('') : b.type));

/** A body laid out line by line as printed (pdftotext without -layout): most lines end near one margin. */
const PRINTED = [
  'I. TÌNH HÌNH',
  'Sau khi thành lập đặc khu, du lịch của địa phương tiếp tục tăng',
  'trưởng mạnh; năm 2026 ước đón 8,1 triệu lượt khách, doanh thu du',
  'lịch ước đạt 41.200 tỷ đồng. Hạ tầng sân bay, cảng biển, hệ thống',
  'Wi-Fi công cộng và các khu vui chơi giải trí được đầu tư đồng bộ;',
  'nhiều sự kiện quốc tế được tổ chức thành công trong năm vừa qua.',
  'Tuy nhiên, sản phẩm du lịch còn trùng lặp, chưa có nhiều nét riêng.',
  'II. MỤC TIÊU',
  '- Tỷ trọng du lịch, dịch vụ trong cơ cấu kinh tế của đặc khu chiếm',
  '80 %;',
  '- Doanh thu du lịch đạt 75.000 tỷ đồng.',
].join('\n');

describe('text laid out line by line as printed', () => {
  it('continues a line that reaches the right margin, even when the next starts with a capital', () => {
    const texts = bodyTexts(resolutionText({ body: PRINTED }));
    expect(texts.some((t) => t.includes('hệ thống Wi-Fi công cộng'))).toBe(true);
    // A paragraph that ends with "." before the margin still ends there.
    expect(texts.some((t) => t.startsWith('Tuy nhiên, sản phẩm'))).toBe(true);
  });

  it('continues a line with the figure that wrapped to the next ("… chiếm" / "80 %;")', () => {
    const report = importText(resolutionText({ body: PRINTED }));
    expect(report.model.body.some((b) => 'runs' in b && b.runs.some((r) => 'text' in r && r.text.trim() === '80 %;'))).toBe(false);
  });

  it('leaves a paragraph per line alone when lines do not share a margin', () => {
    const texts = bodyTexts(
      resolutionText({
        body: 'I. MỤC TIÊU\nPhát triển kinh tế.\nGiữ vững quốc phòng, an ninh\nXây dựng Đảng trong sạch, vững mạnh về chính trị, tư tưởng, tổ chức và đạo đức.',
      }),
    );
    expect(texts).toContain('Giữ vững quốc phòng, an ninh');
  });
});

describe('the rule under the summary', () => {
  it('reads a rule glued to the next line by a PDF extraction ("----I. TÌNH HÌNH")', () => {
    const s = structureOf(
      resolutionText({ title: 'NGHỊ QUYẾT\nvề nhiệm vụ năm 2027\n----I. TÌNH HÌNH', body: 'Năm 2026 đạt nhiều kết quả.' }),
    );
    expect(s.title?.summary).toBe('về nhiệm vụ năm 2027');
    const heading = importText(
      resolutionText({ title: 'NGHỊ QUYẾT\nvề nhiệm vụ năm 2027\n----I. TÌNH HÌNH', body: 'Năm 2026 đạt nhiều kết quả.' }),
    ).model.body[0];
    expect(heading).toMatchObject({ type: 'heading', label: 'I.' });
  });

  it('reads "—–" (smart punctuation made of "-----") as the rule', () => {
    const s = structureOf(resolutionText({ title: 'NGHỊ QUYẾT\nvề nhiệm vụ năm 2027\n—–\nNăm 2026 đạt nhiều kết quả.' }));
    expect(s.title?.summary).toBe('về nhiệm vụ năm 2027');
    expect(s.title?.separator).toBe(true);
  });
});
