import { Document, Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { copyBlockChildren, copyBlockLines } from '../../../electron/docx/copyBlock.ts';
import { copyBlockOf, copyKindLabels, xmlSafeText, type CopyBlockInput } from '../../../electron/docx/copyTexts.ts';
import { textWidthTwips } from '../../../electron/docx/page.ts';
import { unzipDocx } from '../../support/docxXml.ts';
import { profile } from '../docx/helpers.ts';

const input: CopyBlockInput = {
  kind: 'sao-luc',
  org: { name: 'HUYỆN ỦY ĐỨC TRỌNG', place: 'Đức Trọng', officeName: 'VĂN PHÒNG', officeCode: 'VPHU' },
  seq: 26,
  date: '2026-02-05',
  recipients: {
    punctuation: 'profile',
    lines: [
      { text: 'Các chi bộ, đảng bộ trực thuộc' },
      { text: 'Ban Thường vụ Huyện ủy', note: '(để báo cáo)' },
      { text: 'Lưu Văn phòng.' },
    ],
  },
  signature: { authority: 'K/T', authorityOf: 'CHÁNH VĂN PHÒNG', title: 'PHÓ CHÁNH VĂN PHÒNG', name: 'Lê Văn Hùng' },
};

const text = (lines: { pieces: { text: string }[] }[]): string[] => lines.map((l) => l.pieces.map((p) => p.text).join(''));

describe('the copy block texts', () => {
  it('names the copying body, the kind, the number, the place and date, the list and the signer', () => {
    expect(copyBlockOf(input, profile)).toMatchObject({
      superiorBody: 'HUYỆN ỦY ĐỨC TRỌNG',
      copyingBody: 'VĂN PHÒNG',
      number: 'Số 26-BS/VPHU',
      kind: 'SAO LỤC',
      placeDate: 'Đức Trọng, ngày 05 tháng 02 năm 2026',
      recipients: [
        { text: '- Các chi bộ, đảng bộ trực thuộc', note: undefined, end: ',' },
        { text: '- Ban Thường vụ Huyện ủy', note: '(để báo cáo)', end: ',' },
        { text: '- Lưu Văn phòng', note: undefined, end: '.' },
      ],
      authority: 'K/T CHÁNH VĂN PHÒNG',
      title: 'PHÓ CHÁNH VĂN PHÒNG',
      name: 'Lê Văn Hùng',
      copyingBodyText: 'Văn phòng Huyện ủy Đức Trọng',
      kindText: 'Sao lục',
      mark: { form: 'typed-block' },
    });
  });

  it('names an office set up with its full name once: "Văn phòng Đảng ủy phường An Hội"', () => {
    const org = { name: 'ĐẢNG ỦY PHƯỜNG AN HỘI', place: 'An Hội', officeName: 'VĂN PHÒNG ĐẢNG UỶ', officeCode: 'VPĐU' };
    expect(copyBlockOf({ ...input, org }, profile).copyingBodyText).toBe('Văn phòng Đảng uỷ phường An Hội');
  });

  it('prints the three kinds in capitals', () => {
    expect(copyKindLabels).toEqual({ 'sao-y': 'SAO Y BẢN CHÍNH', 'sao-luc': 'SAO LỤC', 'trich-sao': 'TRÍCH SAO' });
    expect(copyBlockOf({ ...input, kind: 'sao-y', seq: 3 }, profile)).toMatchObject({ kind: 'SAO Y BẢN CHÍNH', number: 'Số 03-BS/VPHU' });
  });

  it('leaves the authority line out when the head of the office signs', () => {
    const block = copyBlockOf(
      { ...input, signature: { authority: 'none', authorityOf: '', title: 'CHÁNH VĂN PHÒNG', name: 'Phạm Thị Thu' } },
      profile,
    );
    expect(block.authority).toBeNull();
    expect(text(copyBlockLines(block, profile).closing[1])).toEqual(['CHÁNH VĂN PHÒNG', '', '', '', '', 'Phạm Thị Thu']);
  });

  it('drops characters a .docx cannot hold', () => {
    expect(xmlSafeText('Lê\u0007 Văn\uFFFE Hùng')).toBe('Lê Văn Hùng');
    expect(xmlSafeText('Le\u0301')).toBe('Lé');
  });
});

describe('the copy block layout', () => {
  const block = copyBlockOf(input, profile);

  it('lays the cells out like the header and the closing of the original', () => {
    const lines = copyBlockLines(block, profile);
    expect(lines.header.map(([l, r]) => [text(l), text(r)])).toEqual([
      [['HUYỆN ỦY ĐỨC TRỌNG', 'VĂN PHÒNG', '*'], ['SAO LỤC']],
      [['Số 26-BS/VPHU'], ['Đức Trọng, ngày 05 tháng 02 năm 2026']],
    ]);
    expect(text(lines.closing[0])).toEqual([
      'Nơi nhận:',
      '- Các chi bộ, đảng bộ trực thuộc,',
      '- Ban Thường vụ Huyện ủy (để báo cáo),',
      '- Lưu Văn phòng.',
    ]);
    expect(text(lines.closing[1])).toEqual(['K/T CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', '', '', '', '', 'Lê Văn Hùng']);
    const [bodies, kind] = lines.header[0] ?? [[], []];
    expect(bodies.map((l) => l.pieces[0]?.style)).toEqual([
      profile.header.superiorBody,
      profile.header.issuingBody,
      profile.header.asterisk,
    ]);
    expect(kind[0]?.pieces[0]?.style).toMatchObject({ sizePt: 14, bold: true, caps: true });
    expect(lines.header[1]?.[1][0]?.pieces[0]?.style).toMatchObject({ sizePt: 14, italic: true });
    expect(lines.closing[0][0]?.pieces[0]?.style).toMatchObject({ sizePt: 14, underline: true });
    expect(lines.closing[0][1]?.pieces[0]?.style.sizePt).toBe(12);
  });

  it('writes a full-width rule, then tables that never split, with direct formatting only', async () => {
    const width = textWidthTwips(profile);
    const doc = new Document({ sections: [{ children: copyBlockChildren(block, profile, width) }] });
    const xml = (await unzipDocx(new Uint8Array(await Packer.toBuffer(doc)))).get('word/document.xml') ?? '';
    const body = xml.slice(xml.indexOf('<w:body>'), xml.lastIndexOf('<w:sectPr'));
    // The rule: the first paragraph, indents 0 on both sides, a single top border.
    expect(body).toMatch(
      /^<w:body><w:p><w:pPr><w:keepNext\/><w:keepLines\/><w:pBdr><w:top w:val="single" w:color="auto" w:sz="6" w:space="0"\/><\/w:pBdr>.*?<w:ind w:left="0" w:right="0" w:firstLine="0"\/>/,
    );
    expect([...body.matchAll(/<w:tblW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))).toEqual([width, width]);
    const paragraphs = body.match(/<w:p>/g)?.length ?? 0;
    expect(body.match(/<w:keepNext\/><w:keepLines\/>/g)?.length).toBe(paragraphs);
    expect(body.match(/<w:cantSplit\/>/g)?.length).toBe(3);
    expect(body).not.toMatch(/w:pStyle|w:rStyle|w:tblStyle|w:numPr|r:id/);
    expect(body.match(/<w:rFonts w:ascii="Times New Roman"/g)?.length).toBe(body.match(/<w:r>/g)?.length);
    expect(body).toContain('Số 26-BS/VPHU');
  });
});
