import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/docx/index.ts';
import { unzipDocx } from '../../support/docxXml.ts';
import { profile, sample } from './helpers.ts';

const documentXml = async (keep?: number): Promise<string> => {
  const d = sample((doc) => ({
    ...doc,
    body: [
      { type: 'paragraph', runs: [{ type: 'text', text: 'Đoạn đầu.' }] },
      { type: 'paragraph', runs: [{ type: 'text', text: 'Đoạn áp chót.' }] },
      { type: 'paragraph', runs: [{ type: 'text', text: 'Nghị quyết này được phổ biến đến cán bộ, đảng viên.' }] },
    ],
    signature: { ...doc.signature, ...(keep ? { keepWithBody: keep } : {}) },
  }));
  return (await unzipDocx(await renderDocx(d, profile))).get('word/document.xml') ?? '';
};

/** The paragraph (w:p) holding `text`. */
const paragraphOf = (xml: string, text: string): string => {
  const at = xml.indexOf(text);
  return xml.slice(xml.lastIndexOf('<w:p>', at) >= 0 ? xml.lastIndexOf('<w:p>', at) : xml.lastIndexOf('<w:p ', at), at);
};

describe('signature.keepWithBody: the last paragraphs print on the signature page', () => {
  it('sets keep-with-next and keep-lines on the last paragraph(s) only', async () => {
    const none = await documentXml();
    expect(paragraphOf(none, 'Nghị quyết này')).not.toContain('<w:keepNext');
    const one = await documentXml(1);
    expect(paragraphOf(one, 'Nghị quyết này')).toContain('<w:keepNext');
    expect(paragraphOf(one, 'Nghị quyết này')).toContain('<w:keepLines');
    expect(paragraphOf(one, 'Đoạn áp chót.')).not.toContain('<w:keepNext');
    const two = await documentXml(2);
    expect(paragraphOf(two, 'Đoạn áp chót.')).toContain('<w:keepNext');
    expect(paragraphOf(two, 'Đoạn đầu.')).not.toContain('<w:keepNext');
  });
});
