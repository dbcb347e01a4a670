import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { findBodyPlace, rootNamespaces, wordPrefix } from '../../../electron/docx/appendCopy/bodyScan.ts';
import { insertIntoBody, openReceivedDocx, receivedLabel } from '../../../electron/docx/appendCopy/index.ts';
import { paragraphTexts } from '../../../electron/docx/appendCopy/texts.ts';
import { parseXml } from '../../../electron/ooxml/xml/parse.ts';
import { provincialResolutionDocx } from '../../fixtures/copies/provincialResolution.ts';
import { must } from './kit.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

describe('where the block goes in a received body', () => {
  it("goes before the body's own final sectPr, not before a section break inside a paragraph", () => {
    const xml = `<?xml version="1.0"?><w:document ${W}><w:body><w:p><w:pPr><w:sectPr><w:pgSz w:w="1"/></w:sectPr></w:pPr></w:p><w:p/><w:sectPr w:rsidR="00A1"><w:pgSz w:w="11906"/></w:sectPr></w:body></w:document>`;
    const place = findBodyPlace(xml, 'w');
    expect(place).toEqual({ insertAt: xml.lastIndexOf('<w:sectPr w:rsidR'), beforeSectPr: true });
  });

  it('goes before </w:body> when the body has no sectPr, and skips comments and ">" inside attribute values', () => {
    const xml = `<w:document ${W}><!-- <w:body> --><w:body><w:p w:x="a>b"><w:r><w:t>x</w:t></w:r></w:p><w:tbl/></w:body></w:document>`;
    expect(findBodyPlace(xml, 'w')).toEqual({ insertAt: xml.indexOf('</w:body>'), beforeSectPr: false });
  });

  it('reads the prefix the file binds to WordprocessingML', () => {
    const xml = `<ns0:document xmlns:ns0="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><ns0:body><ns0:p/><ns0:sectPr/></ns0:body></ns0:document>`;
    const prefix = wordPrefix(rootNamespaces(xml));
    expect(prefix).toBe('ns0');
    const place = findBodyPlace(xml, prefix ?? '');
    expect(place?.insertAt).toBe(xml.indexOf('<ns0:sectPr/>'));
    const out = insertIntoBody(
      { xml, place: place ?? { insertAt: 0, beforeSectPr: false }, declareW: true },
      '<w:p><w:r/></w:p><w:tbl></w:tbl>',
    );
    expect(out).toContain(`<ns0:p/><w:p ${W}><w:r/></w:p><w:tbl ${W}></w:tbl><ns0:sectPr/>`);
  });
});

describe('a received .docx', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await provincialResolutionDocx(4);
  });

  it("is opened without changing anything, with its last section's text width", () => {
    const received = must(openReceivedDocx(bytes));
    expect(received.partName).toBe('word/document.xml');
    expect(received.place.beforeSectPr).toBe(true);
    expect(received.declareW).toBe(false);
    expect(received.textWidthTwips).toBe(11906 - 1701 - 850);
    expect(received.xml.slice(received.place.insertAt)).toMatch(/^<w:sectPr/);
    expect(receivedLabel(received.paragraphs, 'tinh-uy.docx')).toBe('Nghị quyết số 12-NQ/TU');
    expect(receivedLabel(['Kính gửi'], 'tinh-uy.docx')).toBe('Tệp tinh-uy.docx');
  });

  const withPart = async (name: string, text: string): Promise<Uint8Array> => {
    const zip = await JSZip.loadAsync(bytes);
    zip.file(name, text);
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  };
  const refused = (result: ReturnType<typeof openReceivedDocx>): string =>
    result.ok ? 'mở được' : [result.error.message, ...(result.error.details ?? [])].join(' | ');

  it('is refused when a part declares a DTD or an entity', async () => {
    const evil = await withPart('word/styles.xml', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><w:styles/>');
    expect(refused(openReceivedDocx(evil))).toContain('DTD');
  });

  it('is refused when it is empty, not a .docx, an old .doc or Strict Open XML', async () => {
    expect(refused(openReceivedDocx(new Uint8Array()))).toContain('rỗng');
    expect(refused(openReceivedDocx(new TextEncoder().encode('Nghị quyết')))).toContain('không phải .docx');
    expect(refused(openReceivedDocx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])))).toContain('.doc cũ');
    const types = (await JSZip.loadAsync(bytes)).file('[Content_Types].xml');
    const macro =
      (await types?.async('string'))?.replace(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
        'application/vnd.ms-word.document.macroEnabled.main+xml',
      ) ?? '';
    const docm = openReceivedDocx(await withPart('[Content_Types].xml', macro));
    expect(docm.ok && docm.value.cleaning.notes.join(' ')).toContain('.docm');
    const doc = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
    const strict = doc.replace(
      'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
      'http://purl.oclc.org/ooxml/wordprocessingml/main',
    );
    expect(refused(openReceivedDocx(await withPart('word/document.xml', strict)))).toContain('Strict Open XML');
  });

  it('is refused when its ZIP is damaged or its XML broken', async () => {
    const cut = bytes.slice(0, Math.floor(bytes.length / 2));
    expect(refused(openReceivedDocx(cut))).toMatch(/hỏng/);
    expect(refused(openReceivedDocx(await withPart('word/document.xml', '<w:document><w:body>')))).toMatch(/XML/);
  });
});

describe("a received document's first lines", () => {
  it('read runs as Word shows them: a line break a space, a non-breaking hyphen a hyphen, deleted text left out', () => {
    const run = (inner: string) => `<w:r><w:rPr><w:b/></w:rPr>${inner}</w:r>`;
    const xml =
      `<w:body><w:p>${run('<w:t>NGHỊ</w:t><w:br/><w:t>QUYẾT</w:t>')}</w:p>` +
      `<w:p><w:hyperlink>${run('<w:t xml:space="preserve">Số 12</w:t><w:noBreakHyphen/><w:t>NQ/TU</w:t>')}</w:hyperlink>` +
      `<w:del w:author="A">${run('<w:delText>-cũ</w:delText>')}</w:del></w:p><w:p/></w:body>`;
    const parsed = parseXml(xml);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const lines = paragraphTexts(parsed.root, 40);
    // Before ooxml/runText.ts: "NGHỊQUYẾT" (a break read as nothing) and "Số 12NQ/TU" (the hyphen dropped): "Tệp tinh-uy.docx".
    expect(lines).toEqual(['NGHỊ QUYẾT', 'Số 12\u2011NQ/TU']);
    expect(receivedLabel(lines, 'tinh-uy.docx')).toBe('Nghị quyết số 12-NQ/TU');
  });
});

describe('a received PDF', () => {
  it('is refused saying it is a PDF and what to ask for, not that it is no PDF', async () => {
    const { readFileSync } = await import('node:fs');
    const pdf = new Uint8Array(readFileSync(new URL('../../fixtures/unseen/u12-cqsnnmt-quangninh-2026-nq-du-kyso.pdf', import.meta.url)));
    const r = openReceivedDocx(pdf);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toMatch(/^Tệp nhận về là PDF: /u);
    expect(r.error.message).toContain('xin nơi gửi tệp .docx');
    expect(r.error.message).not.toContain('không phải');
  });
});
