import type { DocumentKind } from '../contract/model/documentKind.ts';
import { documentKindForms } from '../format/documentKinds.ts';
import { rebuildFlatTables } from './layout/flatTables.ts';
import { attachTextFootnotes } from './layout/footnotes.ts';
import { findRegions, type Regions } from './layout/regions.ts';
import { applyPlainMarkup } from './layout/plainMarkup.ts';
import { takeSignatureStamps, type SignatureStamp } from './layout/stamp.ts';
import { groupTabTables } from './layout/tabTables.ts';
import { findAddressees, findTypeLine } from './layout/typeLine.ts';
import { readAppendix, type AppendixRead } from './parse/appendix.ts';
import { readBody, type BodyRead } from './parse/body.ts';
import { readClosing, type ClosingRead } from './parse/closing.ts';
import { readCopyBlock, type CopyBlock } from './parse/copyBlock.ts';
import { readHeader, type HeaderRead } from './parse/header.ts';
import { LETTER, readLetter } from './parse/letter.ts';
import { newRoles, type Roles } from './parse/roles.ts';
import { readTitle, type TitleRead } from './parse/title.ts';
import type { SourceBlock, SourceDocument } from './source.ts';

/**
 * Everything recognised in a source document, part by part, and the role of each paragraph.
 * Never fails. The kind of document is read from its type line ("NGHỊ QUYẾT", "KẾT LUẬN" …),
 * from "Kính gửi" (a công văn, which has none), else from the type code of its number; a party
 * document without any of them (a conversion that lost its title) still gets its header, body
 * and closing read, with the kind marked unsure. `title` is null only when nothing in the first
 * lines looks like a party document's header. Pure.
 */
export type Structure = {
  doc: SourceDocument;
  blocks: SourceBlock[];
  roles: Roles;
  regions: Regions | null;
  header: HeaderRead;
  /** The kind of document, and whether a type line (or "Kính gửi") says so. */
  kind: { kind: DocumentKind; sure: boolean } | null;
  title: TitleRead | null;
  /** A công văn's "Kính gửi" lines. */
  addressees: string[];
  body: BodyRead | null;
  closing: ClosingRead | null;
  appendix: AppendixRead | null;
  copy: CopyBlock | null;
  /** The e-office signature stamp: the document was signed (and issued) even if its number is blank. */
  stamp: SignatureStamp | null;
};

const slice = (blocks: readonly SourceBlock[], r: { start: number; end: number } | null): SourceBlock[] =>
  r ? blocks.slice(r.start, r.end) : [];

/** How many first blocks may hold a header when no title marks its end. */
const HEADER_WITHIN = 15;

/** The kind the number's type code names ("KL" -> kết luận; "QĐ" is read as a quyết định). */
function kindOfCode(typeCode: string | undefined): DocumentKind | null {
  return documentKindForms.find((f) => f.typeCode.toLocaleUpperCase('vi') === typeCode?.toLocaleUpperCase('vi'))?.kind ?? null;
}

/** A party document's header: "ĐẢNG CỘNG SẢN VIỆT NAM", a number and symbol, or an issuing body with its place and date. */
const partyHeader = (h: HeaderRead): boolean => h.partyTitle || h.number !== null || (h.issuingBody !== null && h.place !== null);

function untitled(blocks: readonly SourceBlock[]): { end: number; header: HeaderRead } | null {
  const probe = newRoles();
  const first = readHeader(blocks.slice(0, HEADER_WITHIN), probe);
  if (!partyHeader(first)) return null;
  let end = 0;
  blocks.slice(0, HEADER_WITHIN).forEach((b, i) => {
    if (b.kind === 'para' && probe.para.has(b.index)) end = i + 1;
  });
  return { end, header: first };
}

export function readStructure(doc: SourceDocument): Structure {
  const roles: Roles = newRoles();
  const tables = doc.blocks.filter((b) => b.kind === 'table').length;
  const marked = doc.format === 'docx' && doc.plain ? applyPlainMarkup(doc.blocks) : doc.blocks;
  const flat = rebuildFlatTables(marked, tables);
  let blocks = groupTabTables(flat, Math.max(tables, ...flat.map((b) => (b.kind === 'table' ? b.index : 0))));
  if (doc.plain) blocks = attachTextFootnotes(blocks);
  const stamped = takeSignatureStamps(blocks);
  blocks = stamped.blocks;
  const base = { doc, blocks, roles, stamp: stamped.stamp, addressees: [] as string[] };
  const type = findTypeLine(blocks);
  const letterAt = findAddressees(blocks);
  const letter = letterAt >= 0 && partyHeader(readHeader(blocks.slice(0, letterAt), newRoles()));
  let titleAt: number;
  let read: (regions: Regions, header: HeaderRead) => { title: TitleRead; kind: Structure['kind']; addressees: string[] };
  if (type && (!letter || type.at < letterAt)) {
    titleAt = type.at;
    read = (regions) => ({
      title: readTitle(blocks, type, regions.main.end, roles),
      kind: { kind: type.kind, sure: true },
      addressees: [],
    });
  } else if (letter) {
    titleAt = letterAt;
    read = (regions, header) => {
      const letter = readLetter(blocks, letterAt, regions.main.end, header, roles);
      return { title: letter, kind: { kind: 'cong-van', sure: true }, addressees: letter.addressees };
    };
  } else {
    const found = untitled(blocks);
    if (!found) {
      const header = readHeader(blocks.slice(0, HEADER_WITHIN), roles);
      return { ...base, regions: null, header, kind: null, title: null, body: null, closing: null, appendix: null, copy: null };
    }
    titleAt = found.end;
    read = (_regions, header) => {
      const kind = kindOfCode(header.number?.typeCode);
      const form = documentKindForms.find((f) => f.kind === kind);
      const title: TitleRead = {
        documentType: form?.typeLine ?? (kind === 'cong-van' ? LETTER : 'NGHỊ QUYẾT'),
        conferenceLines: [],
        summary: null,
        separator: false,
        preamble: [],
        decisionLine: null,
        bodyStart: titleAt,
      };
      return { title, kind: kind ? { kind, sure: false } : null, addressees: [] };
    };
  }
  const regions = findRegions(blocks, titleAt);
  const header = readHeader(slice(blocks, regions.header), roles);
  const { title, kind, addressees } = read(regions, header);
  const body = readBody(blocks.slice(Math.min(title.bodyStart, regions.main.end), regions.main.end), roles);
  const closing = regions.closing ? readClosing(slice(blocks, regions.closing), roles) : null;
  const appendix = regions.appendix ? readAppendix(slice(blocks, regions.appendix), roles) : null;
  const copy = regions.copy ? readCopyBlock(slice(blocks, regions.copy), roles) : null;
  return { ...base, regions, header, kind, title, addressees, body, closing, appendix, copy };
}
