import { failWith, readOk, type ReadResult } from '../result.ts';
import { checkXmlShape } from '../shape.ts';
import { parseXml, type XmlElement } from '../../ooxml/xml/parse.ts';
import { children } from '../../ooxml/xml/query.ts';
import { openZip, type ZipArchive } from '../../ooxml/zip.ts';

/**
 * The parts of a .docx package the reader needs, found through the relationships (not by
 * guessing names): the main document, its styles, numbering, footnotes and theme. Every XML
 * part of the package is screened for DTDs first. External relationships (linked images,
 * templates, hyperlinks to the web) are never followed; they are only counted in a note.
 */

export type DocxParts = {
  document: XmlElement;
  styles: XmlElement | null;
  numbering: XmlElement | null;
  footnotes: XmlElement | null;
  theme: XmlElement | null;
  notes: string[];
};

type Rel = { type: string; target: string; external: boolean };

const utf8 = new TextDecoder('utf-8');
const utf16 = new TextDecoder('utf-16le');

function decodeXml(bytes: Uint8Array): string {
  return bytes[0] === 0xff && bytes[1] === 0xfe ? utf16.decode(bytes) : utf8.decode(bytes);
}

/** Decoded XML parts by lower-case name (every XML part is read once, when screened). */
type Texts = Map<string, string>;

function readXml(texts: Texts, name: string): ReadResult<XmlElement> {
  const text = texts.get(name.toLowerCase());
  if (text === undefined) return failWith('CORRUPT_ZIP', [`thiếu phần "${name}"`]);
  const shape = checkXmlShape(text, name);
  if (!shape.ok) return shape;
  const parsed = parseXml(text);
  if (!parsed.ok) return failWith(parsed.error.kind === 'unsafe' ? 'UNSAFE_XML' : 'CORRUPT_XML', [`${name}: ${parsed.error.message}`]);
  return readOk(parsed.root);
}

function readRels(texts: Texts, name: string): ReadResult<Rel[]> {
  if (!texts.has(name.toLowerCase())) return readOk([]);
  const root = readXml(texts, name);
  if (!root.ok) return root;
  return readOk(
    children(root.value, 'pr:Relationship').map((r) => ({
      type: r.attrs['Type'] ?? '',
      target: r.attrs['Target'] ?? '',
      external: /^external$/i.test(r.attrs['TargetMode'] ?? ''),
    })),
  );
}

/** "word/document.xml" + "styles.xml" -> "word/styles.xml"; "/word/x.xml" -> "word/x.xml". */
function resolvePath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** Reads every XML part once; refuses the package when any of them declares a DTD or an entity. */
function screen(zip: ZipArchive): ReadResult<Texts> {
  const texts: Texts = new Map();
  for (const name of zip.names) {
    if (!/\.(xml|rels)$/i.test(name)) continue;
    const bytes = zip.read(name);
    if (!bytes.ok) return bytes;
    const text = decodeXml(bytes.value);
    if (/<!DOCTYPE|<!ENTITY/i.test(text)) return failWith('UNSAFE_XML', [`phần "${name}"`]);
    texts.set(name.toLowerCase(), text);
  }
  return readOk(texts);
}

export function readDocxParts(bytes: Uint8Array): ReadResult<DocxParts> {
  const zip = openZip(bytes);
  if (!zip.ok) return zip;
  const screened = screen(zip.value);
  if (!screened.ok) return screened;
  const texts = screened.value;
  const rootRels = readRels(texts, '_rels/.rels');
  if (!rootRels.ok) return rootRels;
  const main = rootRels.value.find((r) => /\/officeDocument$/.test(r.type) && !r.external);
  const documentPath = main ? resolvePath('', main.target) : 'word/document.xml';
  if (!texts.has(documentPath.toLowerCase())) return failWith('NOT_DOCX', ['không có phần nội dung chính (word/document.xml)']);
  const document = readXml(texts, documentPath);
  if (!document.ok) return document;
  const relsPath = resolvePath(documentPath, `_rels/${documentPath.split('/').pop() ?? ''}.rels`);
  const rels = readRels(texts, relsPath);
  if (!rels.ok) return rels;
  const notes: string[] = [];
  const external = rels.value.filter((r) => r.external).length + rootRels.value.filter((r) => r.external).length;
  if (external > 0) notes.push(`Tệp có ${external} liên kết ra ngoài (ảnh, mẫu hoặc trang web): đã bỏ qua, không tải về.`);
  const part = (kind: string): ReadResult<XmlElement | null> => {
    const rel = rels.value.find((r) => r.type.endsWith(`/${kind}`) && !r.external);
    if (!rel) return readOk(null);
    const path = resolvePath(documentPath, rel.target);
    return texts.has(path.toLowerCase()) ? readXml(texts, path) : readOk(null);
  };
  const styles = part('styles');
  if (!styles.ok) return styles;
  const numbering = part('numbering');
  if (!numbering.ok) return numbering;
  const footnotes = part('footnotes');
  if (!footnotes.ok) return footnotes;
  const theme = part('theme');
  if (!theme.ok) return theme;
  return readOk({
    document: document.value,
    styles: styles.value,
    numbering: numbering.value,
    footnotes: footnotes.value,
    theme: theme.value,
    notes,
  });
}
