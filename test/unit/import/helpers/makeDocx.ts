import JSZip from 'jszip';

/**
 * Small .docx packages written by hand for reader tests: the body XML (paragraphs and tables),
 * and optionally styles, numbering, footnotes, extra relationships or any other part.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export type DocxParts = {
  body: string;
  styles?: string;
  numbering?: string;
  footnotes?: string;
  /** Extra <Relationship/> elements of the document. */
  rels?: string;
  /** Any other part, by path (replaces a generated one with the same path). */
  parts?: Record<string, string>;
  /** Prefix used for the WordprocessingML namespace (default "w"). */
  prefix?: string;
};

export const A4_SECTION =
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>';

const wrap = (tag: string, inner: string, prefix: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${prefix}:${tag} xmlns:${prefix}="${W}" xmlns:r="${R}">${inner}</${prefix}:${tag}>`;

export async function makeDocx(p: DocxParts): Promise<Uint8Array> {
  const prefix = p.prefix ?? 'w';
  const body = prefix === 'w' ? p.body : p.body.replace(/(<\/?)w:/g, `$1${prefix}:`).replace(/ w:/g, ` ${prefix}:`);
  const zip = new JSZip();
  const rels = [
    p.styles
      ? '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
      : '',
    p.numbering
      ? '<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
      : '',
    p.footnotes
      ? '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
      : '',
    p.rels ?? '',
  ].join('');
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
  );
  zip.file('word/document.xml', wrap('document', `<${prefix}:body>${body}</${prefix}:body>`, prefix));
  if (p.styles) zip.file('word/styles.xml', wrap('styles', p.styles, 'w'));
  if (p.numbering) zip.file('word/numbering.xml', wrap('numbering', p.numbering, 'w'));
  if (p.footnotes) zip.file('word/footnotes.xml', wrap('footnotes', p.footnotes, 'w'));
  for (const [path, text] of Object.entries(p.parts ?? {})) zip.file(path, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A paragraph: text with optional run properties (rPr inner XML) and paragraph properties. */
export function para(text: string, opts: { rPr?: string; pPr?: string } = {}): string {
  const runs = text
    .split('\t')
    .map(
      (t, i) =>
        `${i > 0 ? '<w:r><w:tab/></w:r>' : ''}${t ? `<w:r>${opts.rPr ? `<w:rPr>${opts.rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r>` : ''}`,
    );
  return `<w:p>${opts.pPr ? `<w:pPr>${opts.pPr}</w:pPr>` : ''}${runs.join('')}</w:p>`;
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A borderless table of paragraphs (each cell: its paragraphs' XML). */
export function table(rows: string[][]): string {
  return `<w:tbl><w:tblPr/>${rows.map((r) => `<w:tr>${r.map((c) => `<w:tc>${c || '<w:p/>'}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;
}
