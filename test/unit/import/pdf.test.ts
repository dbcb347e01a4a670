import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../electron/import/index.ts';
import { linesOfPage, paragraphsOfPage, type PdfItem } from '../../../electron/import/pdf/lines.ts';

/** PDFs: lines by position, both header columns, a scan refused with a clear message. */

/** A one-page PDF whose content stream is `content` (built here byte by byte, offsets counted). */
function pdfWith(content: string): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

const item = (str: string, x: number, y: number, width = str.length * 6, size = 13): PdfItem => ({ str, x, y, width, size });

describe('the PDF reader', () => {
  it('a PDF without a text layer (a scan) is refused with a message that says so', async () => {
    const r = await importDocument(pdfWith('0 0 m 300 300 l S'));
    expect(r).toMatchObject({ ok: false, error: { code: 'NO_TEXT_LAYER' } });
    expect(r.ok ? '' : r.error.message).toContain('bản chụp (scan)');
  });

  it('a damaged PDF is refused in Vietnamese, the PDF library’s English words left out (issue 16, item 12)', async () => {
    const whole = pdfWith('BT /F1 13 Tf 70 700 Td (NGHI QUYET) Tj ET');
    const damaged = new Uint8Array(whole);
    for (let i = 200; i < damaged.length; i += 13) damaged[i] = 0x41;
    for (const bytes of [whole.subarray(0, 60), damaged]) {
      const r = await importDocument(bytes);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe('CORRUPT_PDF');
      for (const text of [r.error.message, ...(r.error.details ?? [])]) {
        expect(text).toMatch(/tệp PDF/iu);
        expect(text).not.toMatch(/\b(?:Invalid|Illegal|structure|character|Error|Exception)\b/);
      }
    }
  });

  it('a text-layer PDF is read: its type line and summary', async () => {
    const lines = [
      ['HUYEN UY DUC TRONG', 60, 800],
      ['DANG CONG SAN VIET NAM', 330, 800],
      ['So 04-NQ/HU', 80, 780],
      ['Duc Trong, ngay 10 thang 12 nam 2021', 300, 780],
      ['NGHI QUYET', 250, 740],
      ['ve phat trien kinh te nam 2022', 200, 725],
      ['1. Phat trien kinh te nhanh, ben vung.', 70, 690],
      ['Noi nhan:', 60, 600],
      ['T/M HUYEN UY', 360, 600],
      ['- Tinh uy,', 60, 585],
      ['BI THU', 380, 585],
      ['- Luu.', 60, 570],
      ['Nguyen Van A', 370, 520],
    ] as const;
    const stream = lines.map(([t, x, y]) => `BT /F1 13 Tf ${x} ${y} Td (${t}) Tj ET`).join('\n');
    const r = await importDocument(pdfWith(stream), { fallbackYear: 2022 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.source.format).toBe('pdf');
    // (Helvetica has no Vietnamese letters here: the header's words cannot be written, the accuracy test reads real ones.)
    expect(r.value.model.kind).toBe('nghi-quyet');
    expect(r.value.model.title.summary).toBe('ve phat trien kinh te nam 2022');
  });

  it('orders lines by position, puts the two header columns apart and joins a wrapped paragraph', () => {
    const lines = linesOfPage([
      item('ĐẢNG CỘNG SẢN VIỆT NAM', 330, 800),
      item('HUYỆN ỦY ĐỨC TRỌNG', 60, 800.5),
      item('Phát triển kinh tế nhanh, bền vững, giữ vững quốc phòng, an ninh và', 70, 700, 460),
      item('trật tự an toàn xã hội.', 57, 685),
      item('2. Mục tiêu', 70, 670),
    ]);
    expect(lines.map((l) => l.text)).toEqual([
      'HUYỆN ỦY ĐỨC TRỌNG\tĐẢNG CỘNG SẢN VIỆT NAM',
      'Phát triển kinh tế nhanh, bền vững, giữ vững quốc phòng, an ninh và',
      'trật tự an toàn xã hội.',
      '2. Mục tiêu',
    ]);
    expect(paragraphsOfPage(lines).map((l) => l.text)).toEqual([
      'HUYỆN ỦY ĐỨC TRỌNG\tĐẢNG CỘNG SẢN VIỆT NAM',
      'Phát triển kinh tế nhanh, bền vững, giữ vững quốc phòng, an ninh và trật tự an toàn xã hội.',
      '2. Mục tiêu',
    ]);
  });

  it('keeps a draft’s blank after "Số", "ngày" and "tháng" inside its line, the column gap after it a tab', () => {
    const lines = linesOfPage([
      item('Số', 80, 760),
      item('-NQ/TU', 140, 760),
      item('Quảng Trị, ngày', 300, 760),
      item('tháng 12 năm 2026', 420, 760),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['Số -NQ/TU\tQuảng Trị, ngày tháng 12 năm 2026']);
  });

  it('keeps the title’s rule ("-----") out of the summary it follows', () => {
    const lines = linesOfPage([
      item('thành lập Ban Chỉ đạo công tác bầu cử đại biểu Quốc hội khóa XVI và bầu cử', 57, 700, 460),
      item('-----', 57, 685),
      item('- Căn cứ Điều lệ Đảng;', 57, 670),
    ]);
    expect(paragraphsOfPage(lines).map((l) => l.text)).toEqual([
      'thành lập Ban Chỉ đạo công tác bầu cử đại biểu Quốc hội khóa XVI và bầu cử',
      '-----',
      '- Căn cứ Điều lệ Đảng;',
    ]);
  });
});
