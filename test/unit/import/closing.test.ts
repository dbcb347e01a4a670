import { describe, expect, it } from 'vitest';
import { importText, resolutionText } from './helpers/texts.ts';

describe('the closing: recipients and signature', () => {
  it("joins a recipient wrapped over two lines, keeps punctuation as written and reads the typist's note", () => {
    const closing =
      'Nơi nhận:\n- Thường trực Tỉnh ủy,\n- Đ/c Nguyễn Sỹ Quang – UVTVTU,\nGiám đốc công an tỉnh, phụ trách huyện,\n- Lưu.\n\n-NQ(VP/HU)\n\n**T/M HUYỆN ỦY\nBÍ THƯ**\n\n\n\nLê Thành Mỹ';
    const m = importText(resolutionText({ closing })).model;
    expect(m.recipients).toEqual({
      punctuation: 'as-written',
      lines: [
        { text: 'Thường trực Tỉnh ủy,' },
        { text: 'Đ/c Nguyễn Sỹ Quang – UVTVTU,\nGiám đốc công an tỉnh, phụ trách huyện,' },
        { text: 'Lưu.' },
      ],
    });
    expect(m.marks.productionNote).toBe('-NQ(VP/HU)');
    expect(m.signature).toEqual({ authority: 'T/M', authorityOf: 'HUYỆN ỦY', title: 'BÍ THƯ', name: 'Lê Thành Mỹ' });
  });

  it('reads a closing laid out with tabs (recipients left, signature right)', () => {
    const closing = 'Nơi nhận:\t\tT/M BAN THƯỜNG VỤ\n- Tỉnh ủy,\t\tPHÓ BÍ THƯ\n- Lưu Văn phòng.\n\n\t\t(Đã ký)\n\t\tTrần Thị Bình';
    const m = importText(resolutionText({ closing })).model;
    expect(m.recipients.lines.map((l) => l.text)).toEqual(['Tỉnh ủy,', 'Lưu Văn phòng.']);
    expect(m.signature).toEqual({ authority: 'T/M', authorityOf: 'BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ', name: 'Trần Thị Bình' });
  });

  it('reads a closing whose columns were run together with single spaces (pandoc, a text layer)', () => {
    const closing =
      'Nơi nhận: T/M BAN THƯỜNG VỤ\n- Như trên (t/h); PHÓ BÍ THƯ\n- TT/HU, HĐND, UBND\n- Thường trực Tỉnh ủy (để b/c);\n- Lưu Văn phòng.\n\n\nNguyễn Hữu Long';
    const m = importText(resolutionText({ closing })).model;
    expect(m.recipients.lines.map((l) => l.text)).toEqual([
      'Như trên (t/h);',
      'TT/HU, HĐND, UBND',
      'Thường trực Tỉnh ủy (để b/c);',
      'Lưu Văn phòng.',
    ]);
    expect(m.signature).toEqual({ authority: 'T/M', authorityOf: 'BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ', name: 'Nguyễn Hữu Long' });
  });

  it('reads a head signing directly, and keeps what is missing visible', () => {
    const m = importText(resolutionText({ closing: 'Nơi nhận:\n- Lưu.\n\nCHÁNH VĂN PHÒNG\n\nNguyễn Văn C' })).model;
    expect(m.signature).toEqual({ authority: 'none', authorityOf: '', title: 'CHÁNH VĂN PHÒNG', name: 'Nguyễn Văn C' });
    const bare = importText(resolutionText({ closing: 'Nơi nhận:\n- Lưu.' }));
    expect(bare.model.signature.name).toBe('(chưa đọc được họ tên người ký)');
    expect(bare.confidence['signature']).toBe(0);
    expect(bare.notes).toContain('Không đọc được họ tên người ký.');
  });

  it('reads a copy block (sao lục) after a full-width rule, apart from the copied text', () => {
    const after = [
      '________________________________________________',
      'HUYỆN ỦY ĐỨC CƠ\nVĂN PHÒNG\n*\nSố 26-BS/VPHU',
      'SAO LỤC',
      'Đức Cơ, ngày 20 tháng 01 năm 2024',
      'Nơi nhận:\n- Các chi, đảng bộ cơ sở,\n- Lưu VP.',
      'K/T CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nNguyễn Văn C',
    ].join('\n\n');
    const r = importText(resolutionText({ after }));
    expect(r.copy).toEqual({
      kind: 'sao-luc',
      kindText: 'SAO LỤC',
      copyingBody: { superior: 'HUYỆN ỦY ĐỨC CƠ', name: 'VĂN PHÒNG' },
      number: { seq: 26, typeCode: 'BS', issuerCode: 'VPHU' },
      place: 'Đức Cơ',
      date: '2024-01-20',
      recipients: [{ text: 'Các chi, đảng bộ cơ sở,' }, { text: 'Lưu VP.' }],
      signature: { authority: 'K/T', authorityOf: 'CHÁNH VĂN PHÒNG', title: 'PHÓ CHÁNH VĂN PHÒNG', name: 'Nguyễn Văn C' },
    });
    expect(r.model.recipients.lines.map((l) => l.text)).toEqual(['Tỉnh ủy,', 'Lưu Văn phòng.']);
    expect(r.model.signature.name).toBe('Nguyễn Văn A');
    expect(r.notes.join(' ')).toMatch(/sao lục số 26-BS\/VPHU/);
  });
});
