import { readOk, type ReadResult } from '../result.ts';
import type { SourceBlock, SourceDocument } from '../source.ts';
import { readDocumentBody, readFootnotes } from './document.ts';
import { readNumbering } from './numbering.ts';
import { readDocxParts } from './package.ts';
import { readStyles, readThemeFonts } from './styles.ts';

function hasEmphasis(blocks: readonly SourceBlock[]): boolean {
  const paras = blocks.flatMap((b) => (b.kind === 'para' ? [b] : b.rows.flat(2)));
  return paras.some((p) => p.runs.some((r) => (r.bold || r.italic || r.underline) && r.text.trim() !== ''));
}

/** A .docx file as paragraphs and tables with their effective formatting. */
export function readDocx(bytes: Uint8Array): ReadResult<SourceDocument> {
  const parts = readDocxParts(bytes);
  if (!parts.ok) return parts;
  const { document, styles: stylesXml, numbering: numberingXml, footnotes: footnotesXml, theme, notes } = parts.value;
  const styles = readStyles(stylesXml, readThemeFonts(theme));
  const footnotes = readFootnotes(footnotesXml, styles, readNumbering(numberingXml));
  const { blocks, pages } = readDocumentBody(document, { styles, numbering: readNumbering(numberingXml), footnotes });
  return readOk({ format: 'docx', blocks, pages, plain: !hasEmphasis(blocks), notes: [...notes] });
}
