import type { Resolution } from '../../contract/model/resolution.ts';
import { appendixColumns, appendixRows, type AppendixRow } from '../../format/printed.ts';
import type { FormatProfile } from '../../format/profile.ts';
import { escapeXml } from '../../ooxml/xml/entities.ts';

/**
 * Rows of the appendix table added or removed between two versions, marked as Word marks them:
 * an added row gets `w:trPr/w:ins` and its runs and paragraph marks inserted; a removed row comes
 * back where it stood, as a row with `w:trPr/w:del` and its cells' text deleted, shaped like its
 * neighbours. Rows are matched by the target's key; the cells of the rows kept are compared by
 * trackedParts.ts.
 */

export type RowMarks = { attrs: () => string };
type Row = { start: number; end: number; xml: string };

/** The target keys whose appendix rows were added and removed. */
export function rowChanges(before: Resolution, after: Resolution): { added: Set<string>; removed: Set<string> } {
  const had = new Set(before.appendix.include ? appendixRows(before.targets).map((r) => r.key) : []);
  const has = new Set(after.appendix.include ? appendixRows(after.targets).map((r) => r.key) : []);
  return { added: new Set([...has].filter((k) => !had.has(k))), removed: new Set([...had].filter((k) => !has.has(k))) };
}

/** The rows of the appendix table: the last table of the document whose first row starts "STT". */
function appendixTable(xml: string): Row[] | null {
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)];
  for (const t of tables.reverse()) {
    const rows = [...t[0].matchAll(/<w:tr(?: [^>]*)?>[\s\S]*?<\/w:tr>/g)].map((m) => ({
      start: t.index + m.index,
      end: t.index + m.index + m[0].length,
      xml: m[0],
    }));
    if (rows[0] && /<w:t(?: [^>]*)?>STT<\/w:t>/.test(rows[0].xml)) return rows;
  }
  return null;
}

/** The row-level mark inside w:trPr, last (created after w:tblPrEx when the row has none). */
function markRow(row: string, op: 'ins' | 'del', marks: RowMarks): string {
  const mark = `<w:${op} ${marks.attrs()}/>`;
  // CT_TrPr: w:ins / w:del come after the row's other properties.
  if (/<w:trPr>/.test(row)) return row.replace(/<\/w:trPr>/, `${mark}</w:trPr>`);
  if (/<w:trPr\/>/.test(row)) return row.replace(/<w:trPr\/>/, `<w:trPr>${mark}</w:trPr>`);
  const open = /^<w:tr(?: [^>]*)?>(?:<w:tblPrEx>[\s\S]*?<\/w:tblPrEx>)?/.exec(row)?.[0] ?? '<w:tr>';
  return `${open}<w:trPr>${mark}</w:trPr>${row.slice(open.length)}`;
}

/** A paragraph's pPr with its mark inserted or deleted. */
function markParagraphs(xml: string, op: 'ins' | 'del', marks: RowMarks): string {
  return xml.replace(/<w:p(?: [^>]*)?>(<w:pPr>[\s\S]*?<\/w:pPr>)?/g, (open: string, pPr: string | undefined) => {
    const head = open.slice(0, open.length - (pPr?.length ?? 0));
    const mark = `<w:${op} ${marks.attrs()}/>`;
    if (!pPr) return `${head}<w:pPr><w:rPr>${mark}</w:rPr></w:pPr>`;
    if (/<w:rPr>/.test(pPr)) return head + pPr.replace(/<w:rPr>/, `<w:rPr>${mark}`);
    return head + pPr.replace(/<\/w:pPr>$/, `<w:rPr>${mark}</w:rPr></w:pPr>`);
  });
}

function insertedRow(row: string, marks: RowMarks): string {
  const runs = row.replace(/<w:r>[\s\S]*?<\/w:r>/g, (r) => `<w:ins ${marks.attrs()}>${r}</w:ins>`);
  return markParagraphs(markRow(runs, 'ins', marks), 'ins', marks);
}

/** A removed row, cell by cell in the shape of `template` (a row of the newer table). */
function deletedRow(template: string, texts: readonly string[], marks: RowMarks): string {
  const cells = [...template.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
  const body = cells
    .map((cell, i) => {
      const tcPr = /<w:tcPr>[\s\S]*?<\/w:tcPr>/.exec(cell)?.[0] ?? '';
      const pPr = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(cell)?.[0] ?? '';
      const rPr = (/<w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)/.exec(cell)?.[1] ?? '').replace(/<w:b\/>|<w:bCs\/>/g, '');
      const text = texts[i] ?? '';
      const run =
        text === ''
          ? ''
          : `<w:del ${marks.attrs()}><w:r>${rPr}<w:delText xml:space="preserve">${escapeXml(text)}</w:delText></w:r></w:del>`;
      return `<w:tc>${tcPr}${markParagraphs(`<w:p>${pPr}`, 'del', marks)}${run}</w:p></w:tc>`;
    })
    .join('');
  return markRow(`<w:tr>${body}</w:tr>`, 'del', marks);
}

/** document.xml with the appendix rows added and removed since `before` marked (unchanged when the table is not found as written). */
export function markRowChanges(xml: string, before: Resolution, after: Resolution, profile: FormatProfile, marks: RowMarks): string {
  const { added, removed } = rowChanges(before, after);
  if (added.size === 0 && removed.size === 0) return xml;
  const table = appendixTable(xml);
  const newRows = after.appendix.include ? appendixRows(after.targets) : [];
  if (!table || table.length !== newRows.length + 1) return xml;
  const template = (table[1] ?? table[0])?.xml ?? '';
  const columns = appendixColumns(after, profile);
  const edits: { at: number; end: number; xml: string; order: number }[] = [];
  const edit = (at: number, end: number, text: string) => edits.push({ at, end, xml: text, order: edits.length });
  newRows.forEach((row, i) => {
    const tr = table[i + 1];
    if (tr && added.has(row.key)) edit(tr.start, tr.end, insertedRow(tr.xml, marks));
  });
  // A removed row goes after the row of the last key before it that the newer table still has.
  const rowAt = new Map(newRows.map((r, i) => [r.key, table[i + 1]]));
  let anchor = table[0];
  for (const old of appendixRows(before.targets)) {
    const kept = rowAt.get(old.key);
    if (kept) anchor = kept;
    else if (removed.has(old.key) && anchor) {
      const texts = columns.map((c) => old[c.key as keyof AppendixRow] as string);
      edit(anchor.end, anchor.end, deletedRow(template, texts, marks));
    }
  }
  let out = xml;
  // From the end, and at one place the later edit first, so that removed rows keep their order.
  for (const e of edits.sort((x, y) => y.at - x.at || y.order - x.order)) out = out.slice(0, e.at) + e.xml + out.slice(e.end);
  return out;
}
