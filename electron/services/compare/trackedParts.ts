import JSZip from 'jszip';
import type { Resolution } from '../../contract/model/resolution.ts';
import type { Revision } from '../../docx/trackedRuns.ts';
import type { FormatProfile } from '../../format/profile.ts';
import { lineKey } from '../review/align.ts';
import { paragraphSpans, paragraphText } from '../review/runXml.ts';
import { printedSlots, type SlotGroup } from '../review/slots.ts';
import { align } from './lcs.ts';
import { markRowChanges, rowChanges } from './trackedRows.ts';
import { diffTokens, similarity, tokenize, wordDiff } from './words.ts';
import { escapeXml } from '../../ooxml/xml/entities.ts';

/**
 * Tracked changes outside the body, on the written .docx of the newer version: header fields and
 * marks, the title's other lines, recipients, signature, and the appendix table (names, units and
 * values of the targets). Each part is compared line by line as the documents print (the review's
 * printed slots); a changed line is rewritten with w:ins / w:del word by word, an added line has
 * its runs and paragraph mark inserted, a removed line comes back as a deleted paragraph after its
 * neighbour. Every mark carries the newer version's person and time.
 */

type Piece = { op: 'equal' | 'insert' | 'delete'; text: string };
type LineChange =
  { kind: 'changed' | 'inserted'; after: string; pieces: Piece[] } | { kind: 'deleted'; anchor: string | null; text: string };

const GROUPS: readonly SlotGroup[] = ['header', 'title', 'closing', 'appendix'];
const FIRST_ID = 100_000;
const FIRST_ROW_ID = 200_000;

function words(a: string, b: string): Piece[] {
  const ta = tokenize(a);
  const tb = tokenize(b);
  const out: Piece[] = [];
  for (const op of diffTokens(ta, tb)) {
    const text = op.op === 'delete' ? (ta[op.a] ?? '') : op.op === 'insert' ? (tb[op.b] ?? '') : (tb[op.b] ?? '');
    const last = out[out.length - 1];
    if (last && last.op === op.op) last.text += text;
    else out.push({ op: op.op, text });
  }
  return out;
}

/**
 * The lines removed and added between two kept ones: a removed line pairs with the first added one
 * like it; in a part of fixed lines (a table's cells, the header) as many removed as added pair in order.
 */
function gapChanges(removed: readonly string[], added: readonly string[], anchor: string | null, fixedLines: boolean): LineChange[] {
  const out: LineChange[] = [];
  let next = 0;
  let last = anchor;
  const inOrder = fixedLines && removed.length === added.length;
  for (const text of added) {
    const k = inOrder ? next : removed.findIndex((old, i) => i >= next && similarity(wordDiff(old, text)) >= 0.4);
    if (k === -1) {
      out.push({ kind: 'inserted', after: text, pieces: [{ op: 'insert', text }] });
    } else {
      for (const gone of removed.slice(next, k)) out.push({ kind: 'deleted', anchor: last, text: gone });
      out.push({ kind: 'changed', after: text, pieces: words(removed[k] ?? '', text) });
      next = k + 1;
    }
    last = text;
  }
  for (const gone of removed.slice(next)) out.push({ kind: 'deleted', anchor: last, text: gone });
  return out;
}

/** The changed, added and removed lines of one part. */
function lineChanges(before: readonly string[], after: readonly string[], fixedLines: boolean): LineChange[] {
  const out: LineChange[] = [];
  let anchor: string | null = null;
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    out.push(...gapChanges(removed, added, anchor, fixedLines));
    removed = [];
    added = [];
  };
  for (const op of align(before.map(lineKey), after.map(lineKey))) {
    if (op.op === 'delete') removed.push(before[op.a] ?? '');
    else if (op.op === 'insert') added.push(after[op.b] ?? '');
    else {
      flush();
      anchor = after[op.b] ?? null;
    }
  }
  flush();
  return out;
}

type Para = { start: number; end: number; xml: string; text: string };

/** The document's paragraphs with their text as the review copy reads them (review/runXml.ts): tabs and line breaks count. */
function paragraphs(xml: string): Para[] {
  return paragraphSpans(xml).map(([start, end]) => {
    const para = xml.slice(start, end);
    return { start, end, xml: para, text: paragraphText(para) };
  });
}

type Marks = { attrs: () => string };

function runs(pieces: readonly Piece[], rPr: string, marks: Marks): string {
  const textXml = (text: string, tag: 'w:t' | 'w:delText') =>
    text
      .split('\n')
      .map((line, i) => `${i > 0 ? '<w:br/>' : ''}<${tag} xml:space="preserve">${escapeXml(line)}</${tag}>`)
      .join('');
  return pieces
    .filter((p) => p.text !== '')
    .map((p) => {
      if (p.op === 'equal') return `<w:r>${rPr}${textXml(p.text, 'w:t')}</w:r>`;
      if (p.op === 'insert') return `<w:ins ${marks.attrs()}><w:r>${rPr}${textXml(p.text, 'w:t')}</w:r></w:ins>`;
      return `<w:del ${marks.attrs()}><w:r>${rPr}${textXml(p.text, 'w:delText')}</w:r></w:del>`;
    })
    .join('');
}

/** The paragraph's pPr with its mark inserted or deleted (w:rPr/w:ins or w:del, before any w:sectPr). */
function markedPPr(pPr: string, op: 'ins' | 'del', marks: Marks): string {
  const mark = `<w:${op} ${marks.attrs()}/>`;
  if (pPr === '') return `<w:pPr><w:rPr>${mark}</w:rPr></w:pPr>`;
  if (/<w:rPr>/.test(pPr)) return pPr.replace(/<w:rPr>/, `<w:rPr>${mark}`);
  const cut = pPr.search(/<w:sectPr|<w:pPrChange|<\/w:pPr>/);
  return `${pPr.slice(0, cut)}<w:rPr>${mark}</w:rPr>${pPr.slice(cut)}`;
}

function rewrite(para: Para, change: Exclude<LineChange, { kind: 'deleted' }>, marks: Marks): string {
  const open = /^<w:p(?: [^>]*)?>/.exec(para.xml)?.[0] ?? '<w:p>';
  const pPr = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(para.xml)?.[0] ?? '';
  const rPr = /<w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)/.exec(para.xml)?.[1] ?? '';
  const caps = para.text !== change.after && para.text === change.after.toLocaleUpperCase('vi');
  const pieces = caps ? change.pieces.map((p) => ({ ...p, text: p.text.toLocaleUpperCase('vi') })) : change.pieces;
  return `${open}${change.kind === 'inserted' ? markedPPr(pPr, 'ins', marks) : pPr}${runs(pieces, rPr, marks)}</w:p>`;
}

function deletedParagraph(neighbour: Para | undefined, text: string, marks: Marks): string {
  const pPr = neighbour ? (/<w:pPr>[\s\S]*?<\/w:pPr>/.exec(neighbour.xml)?.[0] ?? '') : '';
  const rPr = neighbour ? (/<w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)/.exec(neighbour.xml)?.[1] ?? '') : '';
  const caps = neighbour !== undefined && neighbour.text !== '' && neighbour.text === neighbour.text.toLocaleUpperCase('vi');
  return `<w:p>${markedPPr(pPr, 'del', marks)}${runs([{ op: 'delete', text: caps ? text.toLocaleUpperCase('vi') : text }], rPr, marks)}</w:p>`;
}

/** document.xml of the newer version with the changes outside the body marked. */
export function markPartChanges(xml: string, before: Resolution, after: Resolution, profile: FormatProfile, revision: Revision): string {
  let id = FIRST_ID;
  const marks: Marks = { attrs: () => `w:id="${id++}" w:author="${escapeXml(revision.author)}" w:date="${revision.date}"` };
  // Appendix rows added or removed are marked whole (trackedRows.ts); only the kept rows' cells are compared here.
  const { added, removed } = rowChanges(before, after);
  const kept = (s: { row?: string }) => s.row === undefined || (!added.has(s.row) && !removed.has(s.row));
  const a = printedSlots(before, profile).filter(kept);
  const b = printedSlots(after, profile).filter(kept);
  const paras = paragraphs(xml);
  const edits: { start: number; end: number; xml: string }[] = [];
  let cursor = 0;
  const locate = (text: string): number => {
    const key = lineKey(text);
    for (let i = cursor; i < paras.length; i += 1) {
      if (lineKey(paras[i]?.text ?? '') === key) return i;
    }
    return -1;
  };
  for (const group of GROUPS) {
    const inGroup = (s: { group?: SlotGroup; where: string }) => s.group === group && !(group === 'title' && s.where === 'Trích yếu');
    const olds = a.filter(inGroup).map((s) => s.text);
    const news = b.filter(inGroup).map((s) => s.text);
    const found = new Map<string, number>();
    const start = cursor;
    for (const text of news) {
      const i = locate(text);
      if (i === -1) continue;
      if (!found.has(text)) found.set(text, i);
      cursor = i + 1;
    }
    cursor = start;
    for (const change of lineChanges(olds, news, group !== 'closing')) {
      if (change.kind === 'deleted') {
        const at = change.anchor === null ? -1 : locate(change.anchor);
        const neighbour = paras[at === -1 ? cursor : at];
        if (group === 'appendix' || !neighbour) continue;
        const pos = at === -1 ? neighbour.start : neighbour.end;
        edits.push({ start: pos, end: pos, xml: deletedParagraph(neighbour, change.text, marks) });
        continue;
      }
      const i = locate(change.after);
      const para = paras[i];
      if (i === -1 || !para) continue;
      edits.push({ start: para.start, end: para.end, xml: rewrite(para, change, marks) });
      cursor = i + 1;
    }
    cursor = Math.max(cursor, ...[...found.values()].map((i) => i + 1));
  }
  let out = xml;
  for (const e of [...edits].sort((x, y) => y.start - x.start || y.end - x.end)) out = out.slice(0, e.start) + e.xml + out.slice(e.end);
  return out;
}

/** The packed tracked-changes .docx with `markPartChanges` and the appendix rows' marks applied to its main part. */
export async function withPartChanges(
  bytes: Uint8Array,
  before: Resolution,
  after: Resolution,
  profile: FormatProfile,
  revision: Revision,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file('word/document.xml');
  if (!part) return bytes;
  const parts = markPartChanges(await part.async('string'), before, after, profile, revision);
  let id = FIRST_ROW_ID;
  const marks = { attrs: () => `w:id="${id++}" w:author="${escapeXml(revision.author)}" w:date="${revision.date}"` };
  zip.file('word/document.xml', markRowChanges(parts, before, after, profile, marks));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
