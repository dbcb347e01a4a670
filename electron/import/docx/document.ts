import { paraText, type CellPlace, type PageSetup, type SourceBlock, type SourcePara, type SourceRun } from '../source.ts';
import type { XmlElement } from '../../ooxml/xml/parse.ts';
import { child, children, numAttr, val } from '../../ooxml/xml/query.ts';
import { pageSetup, paraFormat } from './format.ts';
import type { Numbering } from './numbering.ts';
import { mergePara, mergeRun, readParaProps } from './props.ts';
import { readParagraphContent } from './runs.ts';
import type { Styles } from './styles.ts';
import { pushAll } from '../pushAll.ts';

/**
 * document.xml's body in reading order: paragraphs (with list labels and effective formatting)
 * and tables (rows of cells of paragraphs; a nested table's paragraphs join its cell). Empty
 * paragraphs are not kept but mark a gap before the next one. Every w:p counts for `index`.
 */

type Ctx = {
  styles: Styles;
  numbering: Numbering;
  footnotes: ReadonlyMap<string, SourceRun[]>;
  pages: PageSetup[];
  index: number;
  tables: number;
  gap: boolean;
  pageBreak: boolean;
};

type Where = { cell: CellPlace | null; tableStyle: string | null };

function readParagraph(p: XmlElement, ctx: Ctx, where: Where, out: SourcePara[]): void {
  ctx.index += 1;
  const index = ctx.index;
  const pPr = child(p, 'w:pPr');
  const sect = child(pPr, 'w:sectPr');
  if (sect) ctx.pages.push(pageSetup(sect));
  const direct = readParaProps(pPr);
  const table = ctx.styles.tableStyle(where.tableStyle);
  const styleId = direct.pStyle ?? null;
  const props = mergePara(ctx.styles.defaults.para, where.cell ? table.para : {}, ctx.styles.paraStyle(styleId), direct);
  const base = mergeRun(ctx.styles.defaults.run, where.cell ? table.run : {}, ctx.styles.paraStyleRun(styleId));
  const content = readParagraphContent(p, { styles: ctx.styles, base, footnotes: ctx.footnotes });
  const numbered = props.numId !== undefined ? ctx.numbering.next(props.numId, props.ilvl ?? 0) : null;
  const text = paraText(content.runs);
  const pageBreakBefore = ctx.pageBreak || content.pageBreak || (props.pageBreakBefore ?? false);
  const hasContent =
    text.trim() !== '' || content.runs.some((r) => r.footnote) || (numbered !== null && numbered.label.trim() !== '' && !numbered.bullet);
  const format = { ...paraFormat(props), styleId };
  if (hasContent || format.border) {
    out.push({
      kind: 'para',
      index,
      runs: content.runs,
      text,
      label: numbered?.label ?? null,
      listLevel: numbered ? (props.ilvl ?? 0) : null,
      bullet: numbered?.bullet ?? false,
      format,
      gapBefore: ctx.gap,
      pageBreakBefore,
      cell: where.cell,
    });
    ctx.gap = false;
    ctx.pageBreak = false;
  } else {
    ctx.gap = true;
    ctx.pageBreak = pageBreakBefore;
  }
  for (const box of content.textBoxes) readContainer(box, ctx, where, out);
}

function readTable(tbl: XmlElement, ctx: Ctx, out: SourceBlock[], depth: number): void {
  ctx.tables += 1;
  const number = ctx.tables;
  const tableStyle = val(child(tbl, 'w:tblPr'), 'w:tblStyle');
  const rows: SourcePara[][][] = [];
  for (const tr of children(tbl, 'w:tr')) {
    const row: SourcePara[][] = [];
    let col = 0;
    for (const tc of children(tr, 'w:tc')) {
      const tcPr = child(tc, 'w:tcPr');
      const span = Math.max(1, Math.min(64, numAttr(child(tcPr, 'w:gridSpan'), 'w:val') ?? 1));
      const merged = child(tcPr, 'w:vMerge');
      const continues = merged !== null && merged.attrs['w:val'] !== 'restart';
      const paras: SourcePara[] = [];
      if (!continues) readContainer(tc, ctx, { cell: { table: number, row: rows.length, col }, tableStyle }, paras, depth + 1);
      row.push(paras);
      for (let k = 1; k < span; k++) row.push([]);
      col += span;
    }
    rows.push(row);
  }
  out.push({ kind: 'table', index: number, rows });
  ctx.gap = false;
}

/** Paragraphs of a cell or text box (nested tables flattened into it). */
function readContainer(el: XmlElement, ctx: Ctx, where: Where, out: SourcePara[], depth = 0): void {
  if (depth > 20) return;
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:p') readParagraph(c, ctx, where, out);
    else if (c.name === 'w:tbl') {
      const nested: SourceBlock[] = [];
      readTable(c, ctx, nested, depth + 1);
      for (const b of nested) if (b.kind === 'table') for (const row of b.rows) for (const cell of row) pushAll(out, cell);
    } else if (c.name === 'w:sdt') readContainer(child(c, 'w:sdtContent') ?? c, ctx, where, out, depth + 1);
    else if (c.name === 'w:customXml') readContainer(c, ctx, where, out, depth + 1);
  }
}

function readBody(el: XmlElement, ctx: Ctx, out: SourceBlock[], depth: number): void {
  if (depth > 20) return;
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:p') {
      const paras: SourcePara[] = [];
      readParagraph(c, ctx, { cell: null, tableStyle: null }, paras);
      pushAll(out, paras);
    } else if (c.name === 'w:tbl') readTable(c, ctx, out, depth);
    else if (c.name === 'w:sdt') readBody(child(c, 'w:sdtContent') ?? c, ctx, out, depth + 1);
    else if (c.name === 'w:customXml') readBody(c, ctx, out, depth + 1);
    else if (c.name === 'w:sectPr') ctx.pages.push(pageSetup(c));
  }
}

export function readDocumentBody(
  document: XmlElement,
  parts: { styles: Styles; numbering: Numbering; footnotes: ReadonlyMap<string, SourceRun[]> },
): { blocks: SourceBlock[]; pages: PageSetup[] } {
  const ctx: Ctx = { ...parts, pages: [], index: 0, tables: 0, gap: false, pageBreak: false };
  const blocks: SourceBlock[] = [];
  const body = child(document, 'w:body');
  if (body) readBody(body, ctx, blocks, 0);
  return { blocks, pages: ctx.pages };
}

/** Footnote id -> its text as runs (separators left out; the leading space trimmed). */
export function readFootnotes(root: XmlElement | null, styles: Styles, numbering: Numbering): Map<string, SourceRun[]> {
  const out = new Map<string, SourceRun[]>();
  for (const note of children(root, 'w:footnote')) {
    const id = note.attrs['w:id'];
    if (id === undefined || /separator/i.test(note.attrs['w:type'] ?? '')) continue;
    const ctx: Ctx = { styles, numbering, footnotes: new Map(), pages: [], index: 0, tables: 0, gap: false, pageBreak: false };
    const paras: SourcePara[] = [];
    readContainer(note, ctx, { cell: null, tableStyle: null }, paras);
    const runs = paras.flatMap((p, i) =>
      i === 0 ? p.runs : [{ ...(p.runs[0] ?? { bold: false, italic: false, underline: false }), text: '\n' }, ...p.runs],
    );
    const first = runs[0];
    if (first) first.text = first.text.replace(/^\s+/, '');
    out.set(
      id,
      runs.filter((r) => r.text !== ''),
    );
  }
  return out;
}
