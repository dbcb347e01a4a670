import { attachTextFootnotes } from './layout/footnotes.ts';
import { findRegions, findTypeLine, type Regions } from './layout/regions.ts';
import { applyPlainMarkup } from './layout/plainMarkup.ts';
import { groupTabTables } from './layout/tabTables.ts';
import { readAppendix, type AppendixRead } from './parse/appendix.ts';
import { readBody, type BodyRead } from './parse/body.ts';
import { readClosing, type ClosingRead } from './parse/closing.ts';
import { readCopyBlock, type CopyBlock } from './parse/copyBlock.ts';
import { readHeader, type HeaderRead } from './parse/header.ts';
import { newRoles, type Roles } from './parse/roles.ts';
import { readTitle, type TitleRead } from './parse/title.ts';
import type { SourceBlock, SourceDocument } from './source.ts';

/**
 * Everything recognised in a source document, part by part, and the role of each paragraph.
 * Never fails: a document without the type line "NGHỊ QUYẾT" still gets its first lines read as
 * a header, so the caller can say what was found. Pure.
 */
export type Structure = {
  doc: SourceDocument;
  blocks: SourceBlock[];
  roles: Roles;
  regions: Regions | null;
  header: HeaderRead;
  title: TitleRead | null;
  body: BodyRead | null;
  closing: ClosingRead | null;
  appendix: AppendixRead | null;
  copy: CopyBlock | null;
};

const slice = (blocks: readonly SourceBlock[], r: { start: number; end: number } | null): SourceBlock[] =>
  r ? blocks.slice(r.start, r.end) : [];

export function readStructure(doc: SourceDocument): Structure {
  const roles: Roles = newRoles();
  const tables = doc.blocks.filter((b) => b.kind === 'table').length;
  let blocks = groupTabTables(doc.format === 'docx' && doc.plain ? applyPlainMarkup(doc.blocks) : doc.blocks, tables);
  if (doc.plain) blocks = attachTextFootnotes(blocks);
  const titleAt = findTypeLine(blocks);
  if (titleAt < 0) {
    const header = readHeader(blocks.slice(0, 15), roles);
    return { doc, blocks, roles, regions: null, header, title: null, body: null, closing: null, appendix: null, copy: null };
  }
  const regions = findRegions(blocks, titleAt);
  const header = readHeader(slice(blocks, regions.header), roles);
  const title = readTitle(blocks, titleAt, regions.main.end, roles);
  const body = readBody(blocks.slice(Math.min(title.bodyStart, regions.main.end), regions.main.end), roles);
  const closing = regions.closing ? readClosing(slice(blocks, regions.closing), roles) : null;
  const appendix = regions.appendix ? readAppendix(slice(blocks, regions.appendix), roles) : null;
  const copy = regions.copy ? readCopyBlock(slice(blocks, regions.copy), roles) : null;
  return { doc, blocks, roles, regions, header, title, body, closing, appendix, copy };
}
