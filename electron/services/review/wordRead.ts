import { parseXml, type XmlElement } from '../../ooxml/xml/parse.ts';
import { child, children, toggle } from '../../ooxml/xml/query.ts';
import { openZip } from '../../ooxml/zip.ts';
import { runText } from '../../ooxml/runText.ts';
import { fail, ok, type Result } from '../../contract/result.ts';
import type { Emphasis } from '../../contract/model/inline.ts';

/**
 * Reads a .docx a reviewer returns: every paragraph of the main document (tables cell by cell) as
 * segments of kept, inserted and deleted text (w:ins / w:del, w:moveTo / w:moveFrom, inside runs
 * and around them), formatting changes (w:rPrChange), paragraph marks inserted or deleted, and the
 * comment ranges; then the comments (author, date, text) with their replies (commentsExtended).
 */

export type Change = { author: string; date: string | null };

export type WordSegment = {
  op: 'equal' | 'insert' | 'delete' | 'format';
  text: string;
  change: Change | null;
  /** A format change: the run's formatting now. */
  emphasis?: Emphasis;
};

export type WordParagraph = {
  segments: WordSegment[];
  /** The paragraph mark inserted or deleted (a paragraph added, or joined with the next). */
  mark: { op: 'insert' | 'delete'; change: Change } | null;
  /** Comment ranges in this paragraph: offsets in the original text (kept + deleted). */
  comments: { id: string; start: number; end: number }[];
};

export type WordComment = { id: string; author: string; date: string | null; text: string; paraIds: string[]; parentParaId: string | null };

export type WordReview = { paragraphs: WordParagraph[]; comments: WordComment[] };

const utf8 = new TextDecoder('utf-8');

/** The text before the change (kept and deleted text). */
export function originalText(p: WordParagraph): string {
  return p.segments.map((s) => (s.op === 'insert' ? '' : s.text)).join('');
}

/** The text after the change (kept and inserted text). */
export function changedText(p: WordParagraph): string {
  return p.segments.map((s) => (s.op === 'delete' ? '' : s.text)).join('');
}

function changeOf(el: XmlElement): Change {
  return { author: el.attrs['w:author'] ?? '', date: el.attrs['w:date'] ?? null };
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

function emphasisOf(rPr: XmlElement | null): Emphasis {
  const u = child(rPr, 'w:u');
  const e: Emphasis = {};
  const b = toggle(rPr, 'w:b');
  const i = toggle(rPr, 'w:i');
  if (b !== undefined) e.bold = b;
  if (i !== undefined) e.italic = i;
  if (u) e.underline = (u.attrs['w:val'] ?? 'single') !== 'none';
  return e;
}

type Walk = { para: WordParagraph; open: Map<string, number>; offset: number };

function push(w: Walk, seg: WordSegment): void {
  if (seg.text === '') return;
  const last = w.para.segments[w.para.segments.length - 1];
  const same =
    last &&
    last.op === seg.op &&
    last.change?.author === seg.change?.author &&
    last.change?.date === seg.change?.date &&
    JSON.stringify(last.emphasis) === JSON.stringify(seg.emphasis);
  if (same) last.text += seg.text;
  else w.para.segments.push(seg);
  if (seg.op !== 'insert') w.offset += seg.text.length;
}

function walkRun(run: XmlElement, w: Walk, op: 'equal' | 'insert' | 'delete', change: Change | null): void {
  const text = runText(run);
  const rPr = child(run, 'w:rPr');
  const formatChange = child(rPr, 'w:rPrChange');
  if (op === 'equal' && formatChange) {
    push(w, { op: 'format', text, change: changeOf(formatChange), emphasis: emphasisOf(rPr) });
    return;
  }
  push(w, { op, text, change });
}

function walkInline(el: XmlElement, w: Walk, op: 'equal' | 'insert' | 'delete', change: Change | null): void {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    switch (c.name) {
      case 'w:r':
        walkRun(c, w, op, change);
        break;
      case 'w:ins':
      case 'w:moveTo':
        walkInline(c, w, 'insert', changeOf(c));
        break;
      case 'w:del':
      case 'w:moveFrom':
        walkInline(c, w, 'delete', changeOf(c));
        break;
      case 'w:commentRangeStart':
        w.open.set(c.attrs['w:id'] ?? '', w.offset);
        w.para.comments.push({ id: c.attrs['w:id'] ?? '', start: w.offset, end: -1 });
        break;
      case 'w:commentRangeEnd': {
        const id = c.attrs['w:id'] ?? '';
        const mine = w.para.comments.find((x) => x.id === id && x.end === -1);
        if (mine) mine.end = w.offset;
        else w.para.comments.push({ id, start: 0, end: w.offset });
        w.open.delete(id);
        break;
      }
      case 'w:pPr':
      case 'w:rPr':
        break;
      default:
        // Hyperlinks, smart tags, content controls, fields, custom XML: their runs count as text.
        if (c.name.startsWith('w:')) walkInline(c, w, op, change);
    }
  }
}

function markOf(p: XmlElement): WordParagraph['mark'] {
  const rPr = child(child(p, 'w:pPr'), 'w:rPr');
  for (const c of rPr?.children ?? []) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:ins' || c.name === 'w:moveTo') return { op: 'insert', change: changeOf(c) };
    if (c.name === 'w:del' || c.name === 'w:moveFrom') return { op: 'delete', change: changeOf(c) };
  }
  return null;
}

function readParagraph(p: XmlElement, open: Map<string, number>): WordParagraph {
  const para: WordParagraph = { segments: [], mark: markOf(p), comments: [] };
  const w: Walk = { para, open, offset: 0 };
  // Comments still open from an earlier paragraph cover this one from its start.
  for (const id of open.keys()) para.comments.push({ id, start: 0, end: -1 });
  walkInline(p, w, 'equal', null);
  for (const c of para.comments) if (c.end === -1) c.end = w.offset;
  return para;
}

function walkBlocks(el: XmlElement, out: WordParagraph[], open: Map<string, number>): void {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:p') out.push(readParagraph(c, open));
    else if (c.name === 'w:tbl' || c.name === 'w:tr' || c.name === 'w:tc' || c.name === 'w:sdt' || c.name === 'w:sdtContent') {
      walkBlocks(c, out, open);
    } else if (c.name === 'w:ins' || c.name === 'w:del' || c.name === 'w:customXml') walkBlocks(c, out, open);
  }
}

function paragraphText(el: XmlElement): string {
  const lines: string[] = [];
  const visit = (node: XmlElement, into: string[]): void => {
    for (const c of node.children) {
      if (typeof c === 'string') continue;
      if (c.name === 'w:p') {
        const parts: string[] = [];
        visit(c, parts);
        lines.push(parts.join(''));
      } else if (c.name === 'w:r') into.push(runText(c));
      else visit(c, into);
    }
  };
  visit(el, []);
  return lines.join('\n').trim();
}

function paraIdsOf(comment: XmlElement): string[] {
  return children(comment, 'w:p')
    .map((p) => Object.entries(p.attrs).find(([k]) => localName(k) === 'paraId')?.[1] ?? '')
    .filter(Boolean);
}

function readComments(root: XmlElement | null, extended: XmlElement | null): WordComment[] {
  const parents = new Map<string, string>();
  for (const ex of extended?.children ?? []) {
    if (typeof ex === 'string' || localName(ex.name) !== 'commentEx') continue;
    const attr = (n: string) => Object.entries(ex.attrs).find(([k]) => localName(k) === n)?.[1];
    const id = attr('paraId');
    const parent = attr('paraIdParent');
    if (id && parent) parents.set(id, parent);
  }
  return children(root, 'w:comment').map((c) => {
    const paraIds = paraIdsOf(c);
    const last = paraIds[paraIds.length - 1];
    return {
      id: c.attrs['w:id'] ?? '',
      author: c.attrs['w:author'] ?? '',
      date: c.attrs['w:date'] ?? null,
      text: paragraphText(c),
      paraIds,
      parentParaId: last ? (parents.get(last) ?? null) : null,
    };
  });
}

function part(read: (name: string) => Result<string | null>, name: string): Result<XmlElement | null> {
  const text = read(name);
  if (!text.ok || text.value === null) return text as Result<null>;
  if (/<!DOCTYPE|<!ENTITY/i.test(text.value)) return fail('INVALID_INPUT', 'Tệp Word có phần không an toàn (khai báo DTD): không đọc.');
  const parsed = parseXml(text.value);
  return parsed.ok ? ok(parsed.root) : fail('INVALID_INPUT', `Tệp Word bị hỏng (${name}: ${parsed.error.message}).`);
}

/** Reads the reviewer's .docx; a file that is not a Word document fails with a Vietnamese message. */
export function readWordReview(bytes: Uint8Array): Result<WordReview> {
  const zip = openZip(bytes);
  if (!zip.ok) return fail('INVALID_INPUT', 'Tệp không phải tệp Word (.docx) đọc được.', zip.error.details);
  const read = (name: string): Result<string | null> => {
    const found = zip.value.names.find((n) => n.toLowerCase() === name);
    if (!found) return ok(null);
    const data = zip.value.read(found);
    return data.ok ? ok(utf8.decode(data.value)) : fail('INVALID_INPUT', `Tệp Word bị hỏng (${name}).`, data.error.details);
  };
  const doc = part(read, 'word/document.xml');
  if (!doc.ok) return doc;
  if (!doc.value) return fail('INVALID_INPUT', 'Tệp không có nội dung Word (thiếu word/document.xml).');
  const comments = part(read, 'word/comments.xml');
  if (!comments.ok) return comments;
  const extended = part(read, 'word/commentsextended.xml');
  if (!extended.ok) return extended;
  const body = child(doc.value, 'w:body');
  const paragraphs: WordParagraph[] = [];
  if (body) walkBlocks(body, paragraphs, new Map());
  return ok({ paragraphs, comments: readComments(comments.value, extended.value) });
}
