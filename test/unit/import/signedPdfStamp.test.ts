import { describe, expect, it } from 'vitest';
import { importText, resolutionText, structureOf } from './helpers/texts.ts';

/**
 * A PDF signed with a CA token (VNPT-CA, Viettel-CA …) draws its signature's appearance over the
 * signature column as labelled lines: "Ký bởi: <cơ quan>" and "Thời gian ký: 19/12/2025 16:42:10 +07:00"
 * (or "Ngày ký: …"). In the text layer those lines fall between the recipients, and the signer's name
 * can come before the last recipient line.
 */
const header =
  'ĐẢNG BỘ TỈNH AN GIANG\nĐẢNG ỦY ĐẶC KHU PHÚ QUỐC\n*\nSố 05-NQ/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\nPhú Quốc, ngày 19 tháng 12 năm 2025';
const title = 'NGHỊ QUYẾT\nvề nhiệm vụ năm 2026';

describe('a digitally signed PDF’s labelled signature stamp', () => {
  it('is neither a recipient nor lost: every recipient line is read, the stamp names its body and day', () => {
    const closing = [
      'Nơi nhận:\tT/M ĐẢNG ỦY',
      '- Thường trực Tỉnh ủy (để báo cáo),\tBÍ THƯ',
      '- Các đồng chí Đảng ủy viên,\tKý bởi: Đảng ủy đặc khu Phú Quốc',
      'Thời gian ký: 19/12/2025 16:42:10 +07:00',
      '- Các chi bộ, đảng bộ trực thuộc,',
      'Nguyễn Văn Hùng',
      '- Lưu Văn phòng Đảng ủy.',
    ].join('\n');
    const text = resolutionText({ header, title, closing });
    expect(structureOf(text).stamp).toEqual({ body: 'Đảng ủy đặc khu Phú Quốc', date: '2025-12-19' });
    const r = importText(text);
    expect(r.model.recipients.lines.map((l) => l.text)).toEqual([
      'Thường trực Tỉnh ủy (để báo cáo),',
      'Các đồng chí Đảng ủy viên,',
      'Các chi bộ, đảng bộ trực thuộc,',
      'Lưu Văn phòng Đảng ủy.',
    ]);
    expect(r.model.signature).toMatchObject({ authority: 'T/M', authorityOf: 'ĐẢNG ỦY', title: 'BÍ THƯ', name: 'Nguyễn Văn Hùng' });
    expect(r.status).toBe('ban-hanh');
  });

  it('on lines of its own under the signer’s title ("Ký bởi:", "Cơ quan:", "Ngày ký:") is taken out too', () => {
    const closing = [
      'Nơi nhận:',
      '- Ban Thường vụ Tỉnh ủy (để báo cáo);',
      '- Lưu Văn phòng Đảng ủy.',
      '',
      'T/M ĐẢNG ỦY',
      'BÍ THƯ',
      'Ký bởi: Văn phòng Đảng ủy',
      'Cơ quan: Đảng ủy đặc khu Phú Quốc',
      'Ngày ký: 19-12-2025 16:42',
      'Nguyễn Văn Hùng',
    ].join('\n');
    const text = resolutionText({ header, title, closing });
    expect(structureOf(text).stamp).toEqual({ body: 'Đảng ủy đặc khu Phú Quốc', date: '2025-12-19' });
    const r = importText(text);
    expect(r.model.recipients.lines.map((l) => l.text)).toEqual(['Ban Thường vụ Tỉnh ủy (để báo cáo);', 'Lưu Văn phòng Đảng ủy.']);
    expect(r.model.signature.name).toBe('Nguyễn Văn Hùng');
  });
});
