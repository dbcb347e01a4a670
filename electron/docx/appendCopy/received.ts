import { fail, ok, type Result } from '../../contract/result.ts';
import { limits } from '../../ooxml/limits.ts';
import { importMessages, type ImportError } from '../../ooxml/readResult.ts';
import { sniff } from '../../ooxml/sniff.ts';
import { parseXml, type XmlElement } from '../../ooxml/xml/parse.ts';
import { child, children, numAttr } from '../../ooxml/xml/query.ts';
import { openZip, type ZipArchive } from '../../ooxml/zip.ts';
import { cleanOutsideLinks, type Cleaning } from './outsideLinks.ts';
import { findBodyPlace, rootNamespaces, wordPrefix, WORDML_STRICT, type BodyPlace } from './bodyScan.ts';
import { paragraphTexts } from './texts.ts';

/**
 * A .docx received from another body, read only as far as appending a copy block needs, and
 * safely: size cap, our own ZIP reader (entry count, inflate caps, CRC), every XML part screened
 * for DTDs and entities, the main part found through the package relationships (external ones
 * are never followed) and parsed by the strict parser. Nothing in the file is changed here.
 */
export type ReceivedDocx = {
  bytes: Uint8Array;
  /** Name of the main document part in the ZIP, as the file writes it ("word/document.xml"). */
  partName: string;
  /** Its text, exactly (a UTF-8 byte-order mark, if any, kept). */
  xml: string;
  place: BodyPlace;
  /** Whether the inserted XML must declare the w: prefix itself (the file binds it otherwise). */
  declareW: boolean;
  /** Width of the last section's text area in twips; null when the file does not say. */
  textWidthTwips: number | null;
  /** The first paragraphs' text, for naming the source in the copy register. */
  paragraphs: string[];
  /** Outside links, macros and embedded objects the copy leaves out (`xml` is already without them). */
  cleaning: Cleaning;
};

const MAIN_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function refuse(error: ImportError | string, details?: string[]): Result<never> {
  if (typeof error === 'string') return fail('INVALID_INPUT', error, details);
  const all = [...(error.details ?? []), ...(details ?? [])];
  return fail(error.code === 'READ_FAILED' ? 'READ_FAILED' : 'INVALID_INPUT', `Không dùng được tệp .docx nhận về: ${error.message}`, all);
}

function decode(bytes: Uint8Array): string | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

type Screened = { texts: Map<string, string>; names: Map<string, string> };

/** Reads every XML part once, refusing DTDs/entities, undecodable text and duplicate names. */
function screen(zip: ZipArchive): Result<Screened> {
  const texts = new Map<string, string>();
  const names = new Map<string, string>();
  for (const name of zip.names) {
    const key = name.toLowerCase();
    if (names.has(key)) return refuse({ code: 'CORRUPT_ZIP', message: importMessages.CORRUPT_ZIP }, [`phần "${name}" xuất hiện hai lần`]);
    names.set(key, name);
    if (!/\.(xml|rels)$/i.test(name)) continue;
    const bytes = zip.read(name);
    if (!bytes.ok) return refuse(bytes.error);
    const text = decode(bytes.value);
    if (text === null) return refuse('Tệp .docx có phần XML không ở mã UTF-8; hãy mở bằng Word và lưu lại rồi thử lại.', [name]);
    if (/<!DOCTYPE|<!ENTITY/i.test(text)) return refuse({ code: 'UNSAFE_XML', message: importMessages.UNSAFE_XML }, [name]);
    texts.set(key, text);
  }
  return ok({ texts, names });
}

function parsed(texts: Map<string, string>, name: string): Result<XmlElement> {
  const text = texts.get(name.toLowerCase());
  if (text === undefined) return refuse({ code: 'NOT_DOCX', message: importMessages.NOT_DOCX }, [`thiếu phần "${name}"`]);
  const root = parseXml(text);
  if (!root.ok) {
    return refuse(
      {
        code: root.error.kind === 'unsafe' ? 'UNSAFE_XML' : 'CORRUPT_XML',
        message: importMessages[root.error.kind === 'unsafe' ? 'UNSAFE_XML' : 'CORRUPT_XML'],
      },
      [`${name}: ${root.error.message}`],
    );
  }
  return ok(root.root);
}

/** The main part named by _rels/.rels (internal targets only). */
function mainPartPath(texts: Map<string, string>): Result<string> {
  const rels = parsed(texts, '_rels/.rels');
  if (!rels.ok) return rels;
  const main = children(rels.value, 'pr:Relationship').find(
    (r) => /\/officeDocument$/.test(r.attrs['Type'] ?? '') && !/^external$/i.test(r.attrs['TargetMode'] ?? ''),
  );
  const target = (main?.attrs['Target'] ?? 'word/document.xml').replace(/^\/+/, '');
  return ok(target);
}

function mainContentType(texts: Map<string, string>, path: string): string | null {
  const types = texts.get('[content_types].xml');
  const root = types === undefined ? null : parseXml(types);
  if (!root?.ok) return null;
  const part = children(root.root, 'ct:Override').find(
    (o) => (o.attrs['PartName'] ?? '').replace(/^\//, '').toLowerCase() === path.toLowerCase(),
  );
  return part?.attrs['ContentType'] ?? null;
}

/** Text width of the body's last section: page width − left − right margin − gutter. */
function lastSectionWidth(document: XmlElement): number | null {
  const body = child(document, 'w:body');
  const last = body?.children.filter((c): c is XmlElement => typeof c !== 'string').at(-1);
  if (!last || last.name !== 'w:sectPr') return null;
  const page = numAttr(child(last, 'w:pgSz'), 'w:w');
  const margins = child(last, 'w:pgMar');
  const [left, right, gutter] = [numAttr(margins, 'w:left'), numAttr(margins, 'w:right'), numAttr(margins, 'w:gutter') ?? 0];
  if (page === null || left === null || right === null) return null;
  const width = page - left - right - gutter;
  return width >= 1440 && width <= 31680 ? Math.round(width) : null;
}

/**
 * A received PDF (often the sender's digitally signed file): the copy block is written into the
 * received file itself, which only a .docx allows; the message says what to ask for instead.
 */
export const RECEIVED_PDF =
  'Tệp nhận về là PDF: sao lục từ tệp chỉ làm được với tệp Word (.docx), vì khối bản sao được ghi nối vào chính tệp nhận về. Hãy xin nơi gửi tệp .docx của văn bản (hoặc mở tệp PDF bằng Word, lưu thành .docx và đối chiếu với bản gốc), rồi sao lục từ tệp .docx đó.';

/** Opens a received .docx for a copy block to be appended into it. */
export function openReceivedDocx(bytes: Uint8Array): Result<ReceivedDocx> {
  if (bytes.byteLength === 0) return refuse({ code: 'EMPTY_FILE', message: importMessages.EMPTY_FILE });
  if (bytes.byteLength > limits.maxInputBytes) return refuse({ code: 'TOO_LARGE', message: importMessages.TOO_LARGE });
  const kind = sniff(bytes);
  if (kind === 'cfb-encrypted') return refuse({ code: 'ENCRYPTED', message: importMessages.ENCRYPTED });
  if (kind === 'cfb-doc') return refuse(`Đây là ${importMessages.LEGACY_DOC}, rồi sao lục từ tệp .docx đó.`);
  if (kind === 'pdf') return refuse(RECEIVED_PDF);
  if (kind !== 'zip') return refuse({ code: 'NOT_DOCX', message: importMessages.NOT_DOCX });
  const zip = openZip(bytes);
  if (!zip.ok) return refuse(zip.error);
  const screened = screen(zip.value);
  if (!screened.ok) return screened;
  const { names } = screened.value;
  const cleaning = cleanOutsideLinks(screened.value.texts, names);
  const texts = new Map(screened.value.texts);
  for (const [name, text] of cleaning.parts) texts.set(name.toLowerCase(), text);
  const path = mainPartPath(texts);
  if (!path.ok) return path;
  const partName = names.get(path.value.toLowerCase());
  const xml = texts.get(path.value.toLowerCase());
  if (partName === undefined || xml === undefined) {
    return refuse({ code: 'NOT_DOCX', message: importMessages.NOT_DOCX }, ['không có phần nội dung chính']);
  }
  const type = mainContentType(texts, path.value);
  if (type !== null && type !== MAIN_TYPE) {
    return refuse(
      'Tệp không phải tài liệu Word thường (.docx): có thể là tệp mẫu (.dotx, .dotm). Hãy mở bằng Word, lưu thành "Word Document (.docx)" rồi thử lại.',
      [type],
    );
  }
  const document = parsed(texts, path.value);
  if (!document.ok) return document;
  const namespaces = rootNamespaces(xml);
  if ([...namespaces.values()].includes(WORDML_STRICT)) {
    return refuse(
      'Tệp lưu ở dạng "Strict Open XML" nên chưa sao lục được; hãy mở bằng Word, lưu thành "Word Document (.docx)" rồi thử lại.',
    );
  }
  const prefix = wordPrefix(namespaces);
  const place = prefix === null ? null : findBodyPlace(xml, prefix);
  if (prefix === null || place === null) {
    return refuse({ code: 'NOT_DOCX', message: importMessages.NOT_DOCX }, ['không thấy phần thân (w:body) của văn bản']);
  }
  const declareW = namespaces.get('w') !== 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  if (declareW && namespaces.has('w')) {
    return refuse('Tệp .docx dùng tiền tố "w:" cho một không gian tên khác; hãy mở bằng Word và lưu lại rồi thử lại.');
  }
  return ok({
    bytes,
    partName,
    xml,
    place,
    declareW,
    textWidthTwips: lastSectionWidth(document.value),
    paragraphs: paragraphTexts(document.value, 40),
    cleaning,
  });
}
