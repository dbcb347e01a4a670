// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../../renderer/editor/plugins/Paste/htmlToBlocks.ts';
import { textToBlocks } from '../../../renderer/editor/plugins/Paste/shapeBlocks.ts';

/** What Word puts on the clipboard (trimmed): fonts, sizes, colours, list markers in "Ignore" spans, an image. */
const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{font-family:"Times New Roman"}</style></head>
<body lang=VI><!--StartFragment-->
<p class=MsoNormal style='text-align:justify;text-indent:1.0cm'><span style='font-size:14.0pt;font-family:"Times New Roman";color:red'>Năm 2021 là năm <b>đầu tiên</b> thực hiện <i>Nghị quyết</i> nhiệm kỳ<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>-<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span style='font-size:14pt'>Gạch đầu dòng thứ nhất;</span></p>
<p class=MsoListParagraphCxSpLast style='margin-left:72.0pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>o<span>&nbsp;&nbsp; </span></span><![endif]><u>Ý con</u> gạch chân</p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>1.<span>&nbsp; </span></span>Đoạn có số</p>
<p class=MsoNormal><img src="file:///C:/x.png" width=10><o:p>&nbsp;</o:p></p>
<!--EndFragment--></body></html>`;

describe('paste from Word and the web', () => {
  it('keeps paragraphs, bullets, numbers and bold/italic/underline; drops fonts, colours, sizes, images', () => {
    expect(htmlToBlocks(word)).toEqual([
      {
        type: 'paragraph',
        runs: [
          { type: 'text', text: 'Năm 2021 là năm ' },
          { type: 'text', text: 'đầu tiên', bold: true },
          { type: 'text', text: ' thực hiện ' },
          { type: 'text', text: 'Nghị quyết', italic: true },
          { type: 'text', text: ' nhiệm kỳ' },
        ],
      },
      { type: 'bullet', marker: '-', runs: [{ type: 'text', text: 'Gạch đầu dòng thứ nhất;' }] },
      {
        type: 'bullet',
        marker: '+',
        runs: [
          { type: 'text', text: 'Ý con', underline: true },
          { type: 'text', text: ' gạch chân' },
        ],
      },
      { type: 'paragraph', label: '1.', runs: [{ type: 'text', text: 'Đoạn có số' }] },
    ]);
  });

  it('reads nested HTML lists as "-" and "+" bullets', () => {
    const html = '<ul><li>Một<ul><li>Một một</li></ul></li><li><strong>Hai</strong></li></ul>';
    expect(htmlToBlocks(html)).toEqual([
      { type: 'bullet', marker: '-', runs: [{ type: 'text', text: 'Một' }] },
      { type: 'bullet', marker: '+', runs: [{ type: 'text', text: 'Một một' }] },
      { type: 'bullet', marker: '-', runs: [{ type: 'text', text: 'Hai', bold: true }] },
    ]);
  });

  it('lets a style switch emphasis off (Google Docs wraps everything in <b style="font-weight:normal">)', () => {
    const html =
      '<b style="font-weight:normal" id="docs-internal-guid-1"><p><span style="font-weight:700">Đậm</span><span style="font-style:italic"> nghiêng</span></p></b>';
    expect(htmlToBlocks(html)).toEqual([
      {
        type: 'paragraph',
        runs: [
          { type: 'text', text: 'Đậm', bold: true },
          { type: 'text', text: ' nghiêng', italic: true },
        ],
      },
    ]);
  });

  it('joins neighbouring pieces of the same look into one run, leaving marks not set to the style (no false)', () => {
    expect(htmlToBlocks('<p>Một <span>hai</span> ba <b>bốn</b><strong> năm</strong></p>')).toEqual([
      {
        type: 'paragraph',
        runs: [
          { type: 'text', text: 'Một hai ba ' },
          { type: 'text', text: 'bốn năm', bold: true },
        ],
      },
    ]);
  });

  it('keeps tables as tables, header rows included', () => {
    const html =
      '<table><thead><tr><th>STT</th><th>Chỉ tiêu</th></tr></thead><tbody><tr><td>1</td><td><p>Thu</p><p><b>ngân sách</b></p></td></tr></tbody></table>';
    expect(htmlToBlocks(html)).toEqual([
      {
        type: 'table',
        headerRows: 1,
        rows: [
          [{ runs: [{ type: 'text', text: 'STT' }] }, { runs: [{ type: 'text', text: 'Chỉ tiêu' }] }],
          [
            { runs: [{ type: 'text', text: '1' }] },
            {
              runs: [
                { type: 'text', text: 'Thu' },
                { type: 'text', text: '\n' },
                { type: 'text', text: 'ngân sách', bold: true },
              ],
            },
          ],
        ],
      },
    ]);
  });

  it('splits plain text into paragraphs, bullets and numbered paragraphs', () => {
    expect(textToBlocks('Mở đầu\r\n- Ý một\n+ Ý con\n\n2. Đoạn hai')).toEqual([
      { type: 'paragraph', runs: [{ type: 'text', text: 'Mở đầu' }] },
      { type: 'bullet', marker: '-', runs: [{ type: 'text', text: 'Ý một' }] },
      { type: 'bullet', marker: '+', runs: [{ type: 'text', text: 'Ý con' }] },
      { type: 'paragraph', label: '2.', runs: [{ type: 'text', text: 'Đoạn hai' }] },
    ]);
  });
});
