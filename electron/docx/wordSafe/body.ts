/**
 * The body of word/document.xml without the two ends Word fills in by itself.
 *
 * - A section must end with a paragraph: when a document (or a section) ends with a table, Word
 *   adds an empty paragraph in the default size (14 pt here), which can push a blank numbered page
 *   when the table ends near the bottom margin. So a table that ends the document is followed by a
 *   tiny paragraph (1 pt, no spacing), and the empty paragraph that carries a section break (the
 *   `docx` package adds one after each section's last block) is made as tiny.
 * - LibreOffice (7.4) puts an empty paragraph in front of a table that opens the document when the
 *   section holds a footnote (its importer adds a paragraph to carry the page style and forgets to
 *   take it away once a footnote was read), so page 1 starts 16 pt low. Our body opens with the
 *   header table; in a document with footnotes it is preceded by a paragraph of 1 twip, which
 *   LibreOffice then keeps instead, and which moves nothing in Word.
 */

const TINY_PROPERTIES = (line: number): string =>
  `<w:spacing w:before="0" w:after="0" w:line="${line}" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>`;

/** An empty paragraph 1 pt high, with no spacing: ends a body whose last block is a table. */
export const TINY_PARAGRAPH = `<w:p><w:pPr>${TINY_PROPERTIES(20)}</w:pPr></w:p>`;
/** An empty paragraph 1 twip high: opens a body whose first block is a table (see above). */
const HAIRLINE_PARAGRAPH = `<w:p><w:pPr>${TINY_PROPERTIES(1)}</w:pPr></w:p>`;

/** document.xml with its body and its sections ending on a tiny paragraph rather than a table or a 14 pt one. */
export function bodyWithTinyEnds(xml: string): string {
  let out = xml.replace(/<\/w:tbl>(<w:sectPr[\s>])/g, `</w:tbl>${TINY_PARAGRAPH}$1`);
  out = out.replace(/<w:p><w:pPr>(<w:sectPr[\s>])/g, `<w:p><w:pPr>${TINY_PROPERTIES(20)}$1`);
  if (out.includes('<w:footnoteReference ')) out = out.replace(/<w:body><w:tbl>/, `<w:body>${HAIRLINE_PARAGRAPH}<w:tbl>`);
  return out;
}
