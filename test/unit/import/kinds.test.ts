import { describe, expect, it } from 'vitest';
import { importText, resolutionText } from './helpers/texts.ts';

/**
 * Real party documents of every type, as their text reaches an office (text layers of signed
 * PDFs, conversions that merged or lost lines): each is imported, its type read from the page.
 */

const header = 'ĐẢNG BỘ TỈNH QUẢNG NGÃI\nĐẢNG ỦY XÃ BÌNH SƠN\n*\nSố 15-KL/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nBình Sơn, ngày 03 tháng 3 năm 2026';
const closing = 'Nơi nhận:\n- Ban Thường vụ Tỉnh ủy,\n- Lưu Văn phòng.\nT/M ĐẢNG ỦY\nBÍ THƯ\nLê Văn Tám';

describe('the document type is read, not assumed', () => {
  it('a kết luận whose body starts a line with "Nghị quyết …" stays a kết luận', () => {
    const r = importText(
      resolutionText({
        header,
        title: 'KẾT LUẬN\ncủa Ban Thường vụ về công tác cán bộ quý I',
        body: 'Nghị quyết số 12-NQ/ĐU đã được triển khai.\nNGHỊ QUYẾT CỦA ĐẢNG ỦY LÀ ĐỊNH HƯỚNG\n1. Tiếp tục thực hiện tốt nhiệm vụ.',
        closing,
      }),
    );
    expect(r.model.kind).toBe('ket-luan');
    expect(r.model.title.documentType).toBe('KẾT LUẬN');
    expect(r.model.header.issuingBody).toBe('ĐẢNG ỦY XÃ BÌNH SƠN');
    expect(r.model.title.summary).toBe('của Ban Thường vụ về công tác cán bộ quý I');
  });

  it('a thông báo, a quyết định with its grounds and enacting line, a chương trình hành động', () => {
    const tb = importText(resolutionText({ header, title: 'THÔNG BÁO\nÝ KIẾN CỦA THƯỜNG TRỰC\nvề lịch công tác tháng 4', closing }));
    expect(tb.model).toMatchObject({ kind: 'thong-bao', title: { documentType: 'THÔNG BÁO', summary: 'về lịch công tác tháng 4' } });
    const qd = importText(
      resolutionText({
        header,
        title:
          'QUYẾT ĐỊNH\nvề việc thành lập Tổ công tác\n-----\n- Căn cứĐiều lệ Đảng;\n- Xét đề nghị của Văn phòng,\nBAN THƯỜNG VỤ ĐẢNG ỦY QUYẾT ĐỊNH:',
        body: 'Điều 1. Thành lập Tổ công tác.\nĐiều 2. Quyết định có hiệu lực từ ngày ký.',
        closing,
      }),
    );
    expect(qd.model).toMatchObject({ kind: 'quyet-dinh', title: { decisionLine: 'BAN THƯỜNG VỤ ĐẢNG ỦY QUYẾT ĐỊNH:' } });
    expect(qd.model.title.preamble).toHaveLength(2);
    const ctr = importText(resolutionText({ header, title: 'CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết Đại hội', closing }));
    expect(ctr.model.kind).toBe('chuong-trinh');
  });

  it('a công văn: no type line, the summary under the number, "Kính gửi" kept apart from the body', () => {
    const r = importText(
      'ĐẢNG BỘ TỈNH A\nĐẢNG ỦY XÃ B\n*\nSố 07-CV/ĐU\nV/v chuẩn bị hội nghị\nsơ kết quý I\nĐẢNG CỘNG SẢN VIỆT NAM\nB, ngày 02 tháng 4 năm 2026\n' +
        'Kính gửi: - Các chi bộ trực thuộc,\n- Ủy ban Mặt trận Tổ quốc\nViệt Nam xã.\nĐể chuẩn bị hội nghị, Ban Thường vụ đề nghị:\n1. Báo cáo trước ngày 10/4.\n' +
        closing,
    );
    expect(r.model).toMatchObject({
      kind: 'cong-van',
      header: { issuingBody: 'ĐẢNG ỦY XÃ B', number: { seq: 7, typeCode: 'CV' } },
      title: { documentType: 'CÔNG VĂN', summary: 'V/v chuẩn bị hội nghị\nsơ kết quý I' },
    });
    expect(r.model.title.addressees).toEqual(['Các chi bộ trực thuộc,', 'Ủy ban Mặt trận Tổ quốc\nViệt Nam xã.']);
    expect(JSON.stringify(r.model.body)).toContain('Để chuẩn bị hội nghị');
    expect(JSON.stringify(r.model.body)).not.toContain('Kính gửi');
  });

  it('with no type line at all, the kind comes from the number and the review is told', () => {
    const r = importText(resolutionText({ header, title: '', body: 'Ban Thường vụ kết luận như sau:\n1. Tốt.', closing }));
    expect(r.model.kind).toBe('ket-luan');
    expect(r.confidence['kind']).toBeLessThan(0.9);
    expect(r.notes.join(' ')).toContain('suy ra từ ký hiệu');
  });
});

describe('headers and closings as conversions leave them', () => {
  it('lines merged: the body and the party title on one line, the number and the date on one line', () => {
    const r = importText(
      resolutionText({
        header: 'ĐẢNG BỘ TỈNH LÀO CAI\nTỈNH ỦY LÀO CAI ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 26-NQ/TU Lào Cai, ngày 05 tháng 12 năm 2025',
        closing: 'Nơi nhận: T/M TỈNH ỦY\n- Ban Bí thư,\n- Lưu VPTU. BÍ THƯ\nBÍ THƯ\nĐặng Xuân Phong',
      }),
    );
    expect(r.model.header).toMatchObject({
      superiorBody: 'ĐẢNG BỘ TỈNH LÀO CAI',
      issuingBody: 'TỈNH ỦY LÀO CAI',
      number: { seq: 26, typeCode: 'NQ', issuerCode: 'TU' },
      place: 'Lào Cai',
      date: '2025-12-05',
    });
    expect(r.model.signature).toMatchObject({ authority: 'T/M', authorityOf: 'TỈNH ỦY', name: 'Đặng Xuân Phong' });
    expect(r.model.recipients.lines.map((l) => l.text)).not.toContain('T/M TỈNH ỦY');
  });

  it('no issuing body: imported, the field marked for the reviewer, never refused', () => {
    const r = importText(resolutionText({ header: 'ĐẢNG CỘNG SẢN VIỆT NAM\nSố 26-NQ/TU\nLào Cai, ngày 05 tháng 12 năm 2025' }));
    expect(r.confidence['header.issuingBody']).toBe(0);
    expect(r.model.header.issuingBody).toContain('chưa đọc được');
    expect(r.notes.join(' ')).toContain('không có tên cơ quan ban hành');
  });

  it('the e-office signature stamp is no recipient nor signer, and a signed document with a blank number is issued', () => {
    const r = importText(
      resolutionText({
        header: 'ĐẢNG BỘ TỈNH A\nĐẢNG ỦY XÃ B\n*\nSố -NQ/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nB, ngày tháng 8 năm 2025',
        closing: `${closing}\nĐẢNG ỦY XÃ B\n03-09-2025 15:15:14 +07:00`,
      }),
    );
    expect(r.status).toBe('ban-hanh');
    expect(r.model.header.number.seq).toBeNull();
    expect(r.model.signature.name).toBe('Lê Văn Tám');
    expect(r.model.recipients.lines).toHaveLength(2);
    const draft = importText(resolutionText({ header: 'ĐẢNG ỦY XÃ B\n*\nSố -NQ/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nB, ngày tháng 8 năm 2025' }));
    expect(draft.status).toBe('du-thao');
  });

  it('a certified-copy block without a rule line keeps its recipients and signer apart from the document’s', () => {
    const r = importText(
      resolutionText({
        closing,
        after:
          'TỈNH ỦY LÀO CAI\nVĂN PHÒNG\n*\nSố 26-BS/VPTU\nSAO LỤC\nLào Cai, ngày 08 tháng 12 năm 2025\nNơi nhận:\n- Các huyện ủy,\n- Lưu VPTU.\nT/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nNguyễn Văn Hùng',
      }),
    );
    expect(r.model.recipients.lines.map((l) => l.text)).toEqual(['Ban Thường vụ Tỉnh ủy,', 'Lưu Văn phòng.']);
    expect(r.model.signature.name).toBe('Lê Văn Tám');
    expect(r.copy).toMatchObject({
      kind: 'sao-luc',
      number: { seq: 26, typeCode: 'BS', issuerCode: 'VPTU' },
      recipients: [{ text: 'Các huyện ủy,' }, { text: 'Lưu VPTU.' }],
      signature: { authority: 'T/L', title: 'CHÁNH VĂN PHÒNG', name: 'Nguyễn Văn Hùng' },
    });
    expect(r.copy?.copyingBody.name).toContain('VĂN PHÒNG');
  });
});
