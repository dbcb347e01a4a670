import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../electron/import/docx/index.ts';
import type { SourceDocument, SourcePara } from '../../../electron/import/source.ts';
import { A4_SECTION, makeDocx, para, table } from './helpers/makeDocx.ts';

async function read(parts: Parameters<typeof makeDocx>[0]): Promise<SourceDocument> {
  const r = readDocx(await makeDocx(parts));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const paras = (d: SourceDocument): SourcePara[] => d.blocks.filter((b): b is SourcePara => b.kind === 'para');

const numbering = `
<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%3"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
  <w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`;

const listItem = (text: string, numId: number, ilvl: number): string =>
  para(text, { pPr: `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>` });

describe('reading a .docx', () => {
  it('turns list numbering into the labels Word draws', async () => {
    const d = await read({
      numbering,
      body: [
        listItem('Mục tiêu', 1, 0),
        listItem('Kinh tế', 1, 1),
        listItem('Nông nghiệp', 1, 2),
        listItem('Công nghiệp', 1, 2),
        listItem('Xã hội', 1, 1),
        listItem('Nhiệm vụ', 1, 0),
        listItem('Một', 2, 0),
        listItem('Hai', 2, 1),
      ].join(''),
    });
    expect(paras(d).map((p) => [p.label, p.bullet, p.text])).toEqual([
      ['I.', false, 'Mục tiêu'],
      ['1.', false, 'Kinh tế'],
      ['1.1', false, 'Nông nghiệp'],
      ['1.2', false, 'Công nghiệp'],
      ['2.', false, 'Xã hội'],
      ['II.', false, 'Nhiệm vụ'],
      ['-', true, 'Một'],
      ['', true, 'Hai'],
    ]);
  });

  it('resolves formatting through document defaults, style chains (basedOn), character styles and direct formatting', async () => {
    const styles = `
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:pPr><w:jc w:val="both"/><w:spacing w:line="360" w:lineRule="exact" w:after="120"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Base"><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title2"><w:basedOn w:val="Base"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:caps/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Em"><w:rPr><w:i/></w:rPr></w:style>`;
    const d = await read({
      styles,
      body: [
        para('nghị quyết', { pPr: '<w:pStyle w:val="Title2"/>' }),
        '<w:p><w:r><w:t xml:space="preserve">thường </w:t></w:r><w:r><w:rPr><w:rStyle w:val="Em"/></w:rPr><w:t>nghiêng</w:t></w:r><w:r><w:rPr><w:b w:val="0"/><w:sz w:val="26"/></w:rPr><w:t>nhỏ</w:t></w:r></w:p>',
        A4_SECTION,
      ].join(''),
    });
    const [title, body] = paras(d);
    expect(title?.runs[0]).toMatchObject({ bold: true, italic: false, format: { sizePt: 15, font: 'Times New Roman', caps: true } });
    expect(title?.format).toMatchObject({ align: 'center', lineRule: 'exact', line: 18, afterPt: 6 });
    expect(body?.runs.map((r) => [r.text, r.bold, r.italic, r.format?.sizePt])).toEqual([
      ['thường ', false, false, 14],
      ['nghiêng', false, true, 14],
      ['nhỏ', false, false, 13],
    ]);
    expect(body?.format?.align).toBe('justify');
    expect(d.pages).toEqual([
      {
        widthMm: expect.closeTo(210, 0),
        heightMm: expect.closeTo(297, 0),
        margins: { top: expect.closeTo(20, 0), bottom: expect.closeTo(20, 0), left: expect.closeTo(30, 0), right: expect.closeTo(15, 0) },
      },
    ]);
  });

  it('reads footnotes, tabs, line breaks, fields (result only), hyperlinks, insertions, and skips deletions', async () => {
    const d = await read({
      footnotes:
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Ghi chú một.</w:t></w:r></w:p></w:footnote>',
      body: [
        '<w:p><w:r><w:t>Con người</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:tab/><w:t>A</w:t><w:br/><w:t>B</w:t></w:r></w:p>',
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
        '<w:hyperlink r:id="rIdX"><w:r><w:t xml:space="preserve"> liên kết</w:t></w:r></w:hyperlink><w:ins><w:r><w:t xml:space="preserve"> thêm</w:t></w:r></w:ins><w:del><w:r><w:delText> bỏ</w:delText></w:r></w:del></w:p>',
      ].join(''),
    });
    const [first, second] = paras(d);
    expect(first?.text).toBe('Con người\tA\nB');
    expect(first?.runs[1]?.footnote?.map((r) => r.text)).toEqual(['Ghi chú một.']);
    expect(second?.text).toBe('7 liên kết thêm');
  });

  it('reads tables cell by cell, merged cells kept in their columns, text boxes and any namespace prefix', async () => {
    const merged = '<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>AB</w:t></w:r></w:p></w:tc>';
    const box =
      '<w:p><w:r><w:drawing><wp:anchor xmlns:wp="urn:wp"><w:txbxContent><w:p><w:r><w:t>Trong hộp</w:t></w:r></w:p></w:txbxContent></wp:anchor></w:drawing></w:r></w:p>';
    const d = await read({
      prefix: 'ns0',
      body: `${table([[para('1'), para('2'), para('3')]])}<w:tbl><w:tr>${merged}<w:tc><w:p><w:r><w:t>C</w:t></w:r></w:p></w:tc></w:tr></w:tbl>${box}`,
    });
    const [t1, t2, rest] = d.blocks;
    expect(t1?.kind === 'table' && t1.rows[0]?.map((c) => c.map((p) => p.text).join())).toEqual(['1', '2', '3']);
    expect(t2?.kind === 'table' && t2.rows[0]?.map((c) => c.map((p) => p.text).join())).toEqual(['AB', '', 'C']);
    expect(rest?.kind === 'para' && rest.text).toBe('Trong hộp');
  });
});
