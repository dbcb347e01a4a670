import { describe, expect, it } from 'vitest';
import { checkDocxBytes, type DocxFinding } from '../../../electron/services/docxCheck/index.ts';
import { A4_SECTION, makeDocx, para, table } from './helpers/makeDocx.ts';

/** A small resolution with every element formatted as 36-HD/VPTW asks, by direct formatting; `change` edits the XML. */
function goodParts(change: (xml: string) => string = (x) => x, styles = '') {
  const body = [
    table([
      [
        para('ĐẢNG BỘ TỈNH LÂM ĐỒNG', { rPr: '<w:sz w:val="28"/>' }) +
          para('HUYỆN ỦY ĐỨC TRỌNG', { rPr: '<w:b/><w:sz w:val="28"/>' }) +
          para('*', { rPr: '<w:sz w:val="28"/>' }),
        para('ĐẢNG CỘNG SẢN VIỆT NAM', { rPr: '<w:b/><w:sz w:val="30"/>' }),
      ],
      [
        para('Số 04-NQ/HU', { rPr: '<w:sz w:val="28"/>' }),
        para('Đức Trọng, ngày 10 tháng 12 năm 2021', { rPr: '<w:i/><w:sz w:val="28"/>' }),
      ],
    ]),
    para('NGHỊ QUYẾT', { rPr: '<w:b/><w:sz w:val="30"/>', pPr: '<w:jc w:val="center"/>' }),
    para('về phát triển kinh tế - xã hội năm 2022', { rPr: '<w:b/><w:sz w:val="28"/>', pPr: '<w:jc w:val="center"/>' }),
    para('-----', { rPr: '<w:sz w:val="28"/>', pPr: '<w:jc w:val="center"/>' }),
    para('I. MỤC TIÊU', {
      rPr: '<w:b/><w:sz w:val="28"/>',
      pPr: '<w:jc w:val="both"/><w:spacing w:after="120" w:line="360" w:lineRule="exact"/>',
    }),
    para('Năm 2022 phát triển kinh tế nhanh, bền vững.', {
      rPr: '<w:sz w:val="28"/>',
      pPr: '<w:pStyle w:val="Body"/><w:jc w:val="both"/><w:spacing w:after="120" w:line="360" w:lineRule="exact"/>',
    }),
    table([
      [
        para('Nơi nhận:', { rPr: '<w:u w:val="single"/><w:sz w:val="28"/>' }) +
          para('- Tỉnh ủy,', { rPr: '<w:sz w:val="24"/>' }) +
          para('- Lưu Văn phòng.', { rPr: '<w:sz w:val="24"/>' }),
        para('T/M HUYỆN ỦY', { rPr: '<w:b/><w:sz w:val="28"/>' }) +
          para('BÍ THƯ', { rPr: '<w:sz w:val="28"/>' }) +
          para('Nguyễn Văn A', { rPr: '<w:b/><w:sz w:val="28"/>' }),
      ],
    ]),
    A4_SECTION,
  ].join('');
  return {
    body: change(body),
    styles: `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr></w:rPrDefault></w:docDefaults>${styles}`,
  };
}

async function findings(change?: (xml: string) => string, styles?: string): Promise<DocxFinding[]> {
  const r = checkDocxBytes(await makeDocx(goodParts(change, styles)));
  if (!r.ok) throw new Error(r.error.message);
  return r.value.findings;
}
const codes = (fs: readonly DocxFinding[]): string[] => fs.map((f) => `${f.severity}:${f.code}`);

describe('format check of any .docx', () => {
  it('finds nothing wrong in a well-formatted resolution', async () => {
    expect(codes(await findings())).toEqual([]);
  });

  it('says where, what is expected and what was found', async () => {
    const fs = await findings((x) => x.replace('<w:i/><w:sz w:val="28"/>', '<w:sz w:val="28"/>'));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      code: 'header.place-date.italic',
      severity: 'error',
      excerpt: 'Đức Trọng, ngày 10 tháng 12 năm 2021',
      expected: 'nghiêng',
      found: 'nghiêng: không',
      message: expect.stringMatching(/^Đoạn \d+ «Đức Trọng, ngày 10 tháng 12 năm 2021»: .* — cần nghiêng, thấy nghiêng: không\.$/),
    });
    expect(fs[0]?.paragraph).toBeGreaterThan(0);
  });

  it('checks the header elements, the number form and the title block', async () => {
    expect(codes(await findings((x) => x.replace('Số 04-NQ/HU', 'Số: 4-NQ/HU')))).toEqual([
      'error:header.number.colon',
      'warning:header.number.zero',
    ]);
    expect(
      codes(
        await findings((x) =>
          x.replace(
            '<w:b/><w:sz w:val="30"/></w:rPr><w:t xml:space="preserve">ĐẢNG',
            '<w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">ĐẢNG',
          ),
        ),
      ),
    ).toEqual(['error:header.party-title.size', 'error:header.party-title.bold']);
    expect(
      codes(
        await findings((x) =>
          x
            .replace('NGHỊ QUYẾT</w:t>', 'NGHỊ QUYẾT</w:t>')
            .replace(
              '<w:b/><w:sz w:val="30"/></w:rPr><w:t xml:space="preserve">NGHỊ',
              '<w:b/><w:sz w:val="36"/></w:rPr><w:t xml:space="preserve">NGHỊ',
            ),
        ),
      ),
    ).toEqual(['error:title.type.size']);
    expect(
      codes(
        await findings((x) =>
          x.replace(
            /<w:p><w:pPr><w:jc w:val="center"\/><\/w:pPr><w:r><w:rPr><w:sz w:val="28"\/><\/w:rPr><w:t xml:space="preserve">-----<\/w:t><\/w:r><\/w:p>/,
            '',
          ),
        ),
      ),
    ).toEqual(['warning:title.separator']);
  });

  it('checks "Nơi nhận", its lines and the signature block', async () => {
    expect(codes(await findings((x) => x.replace('<w:u w:val="single"/><w:sz w:val="28"/>', '<w:b/><w:i/><w:sz w:val="28"/>')))).toEqual([
      'error:closing.recipients-label.bold',
      'error:closing.recipients-label.italic',
      'error:closing.recipients-label.underline',
    ]);
    expect(codes(await findings((x) => x.replace('- Lưu Văn phòng.', '- Lưu: VT.')))).toEqual(['warning:closing.recipient.storage-colon']);
    expect(
      codes(
        await findings((x) =>
          x.replace(
            '<w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">BÍ THƯ',
            '<w:b/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">BÍ THƯ',
          ),
        ),
      ),
    ).toEqual(['error:closing.signer-title.bold']);
  });

  it('checks page size, margins and font', async () => {
    const letter = (x: string) => x.replace('w:w="11906" w:h="16838"', 'w:w="12240" w:h="15840"').replace('w:left="1701"', 'w:left="1418"');
    expect(codes(await findings(letter))).toEqual(['error:page.size', 'error:page.margins']);
    const arial = await findings((x) =>
      x.replace(
        '<w:b/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">HUYỆN',
        '<w:rFonts w:ascii="Arial"/><w:b/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">HUYỆN',
      ),
    );
    expect(arial.map((f) => [f.code, f.found])).toEqual([['font.family', 'Arial']]);
  });

  it("resolves the body's formatting through its style chain, not only direct formatting", async () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="Base"><w:rPr><w:sz w:val="26"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Body"><w:basedOn w:val="Base"/><w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr></w:style>';
    const fs = await findings(
      (x) =>
        x
          .replace('<w:rPr><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">Năm 2022', '<w:t xml:space="preserve">Năm 2022')
          .replace(
            '<w:pStyle w:val="Body"/><w:jc w:val="both"/><w:spacing w:after="120" w:line="360" w:lineRule="exact"/>',
            '<w:pStyle w:val="Body"/><w:jc w:val="both"/><w:spacing w:after="120"/>',
          ),
      styles,
    );
    expect(fs.map((f) => [f.code, f.found])).toEqual([
      ['body.size', '13 pt'],
      ['body.line-spacing', '1 dòng'],
    ]);
  });

  it('refuses what is not a .docx, and still checks a .docx that is not a resolution', async () => {
    expect(checkDocxBytes(new TextEncoder().encode('NGHỊ QUYẾT'))).toMatchObject({ ok: false, error: { code: 'NOT_DOCX' } });
    const r = checkDocxBytes(await makeDocx({ body: para('Thư mời họp') }));
    expect(r.ok && r.value.resolution).toBe(false);
    expect(r.ok && codes(r.value.findings)).toEqual(expect.arrayContaining(['error:title.type.missing', 'warning:page.missing']));
  });
});
