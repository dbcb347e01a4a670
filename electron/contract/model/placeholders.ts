import type { Block } from './body.ts';
import { runsToText, type Inline } from './inline.ts';
import type { Resolution } from './resolution.ts';
import { walkTargets, type TargetNode } from './targets.ts';

/**
 * What is left to write: the one home of what a placeholder is, used by the templates and the
 * next-year draft (which write them), the editor (which highlights them), the check (which lists
 * each as an error before submission) and the .docx writer (which prints them highlighted, never
 * as if they were text).
 *
 * A placeholder is either a bare "…" standing for a value not yet set ("HỘI NGHỊ LẦN THỨ …",
 * "Ngày … tháng …", a target without a value), or a prompt the secretary replaces, written
 * "[… Nêu mục tiêu tổng quát năm 2027]". A "…" right after a letter, a digit or a full stop is an
 * ellipsis of the text ("v.v…"), and one after a comma or semicolon ends a list ("vé điện tử,…)",
 * "học bạ, giáo án, …"): neither is a placeholder.
 */
export const PLACEHOLDER = '…';

/** The finding code of a placeholder left unfilled (the check's; submission asks a reason while any remain). */
export const PLACEHOLDER_FINDING = 'placeholder.unfilled';

/** "[… Nêu mục tiêu tổng quát năm 2027]": a prompt in place of a section not yet written. */
export function promptText(what: string): string {
  return `[${PLACEHOLDER} ${what}]`;
}

export type PlaceholderSpan = { start: number; end: number; text: string };

const SPANS = /\[…[^[\]\n]*\]|(?<![\p{L}\p{N}.,;])(?<![,;]\s)…/gu;

/** The placeholders in one piece of text, in order, with their offsets (UTF-16, as the DOM counts). */
export function placeholderSpans(text: string): PlaceholderSpan[] {
  return [...text.matchAll(SPANS)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

export function hasPlaceholder(text: string): boolean {
  return placeholderSpans(text).length > 0;
}

/**
 * How a printed document shows its placeholders: a draft marks them (highlighted: what is left to
 * write); an issued document (it carries its number, given at issue, even when it was issued with
 * a reason while some remained) and its copies print them as the text they are, without the
 * draft's marking. The one home of that rule; the .docx writer asks it once per document.
 */
export type PlaceholderPrint = 'marked' | 'as-text';

export function placeholderPrint(doc: Pick<Resolution, 'header'>): PlaceholderPrint {
  return doc.header.number.seq === null ? 'marked' : 'as-text';
}

/** Text cut into plain pieces and placeholders, for writers that mark the placeholders. */
export function splitPlaceholders(text: string): { text: string; placeholder: boolean }[] {
  const out: { text: string; placeholder: boolean }[] = [];
  let at = 0;
  for (const span of placeholderSpans(text)) {
    if (span.start > at) out.push({ text: text.slice(at, span.start), placeholder: false });
    out.push({ text: span.text, placeholder: true });
    at = span.end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), placeholder: false });
  return out;
}

/**
 * A target still waiting for this year's value: its value is a placeholder, or it had a figure
 * last year and has none yet. A row without a value and without last year's figure is a group
 * or a qualitative target whose name says it all ("Giữ vững ổn định chính trị").
 */
export function targetNeedsValue(node: TargetNode): boolean {
  if (node.value && node.value.written.trim() !== '') return hasPlaceholder(node.value.written);
  return node.previous?.target !== undefined && node.previous.target.trim() !== '';
}

/** One place still to fill: where (a finding path), what part of the document, the placeholder. */
export type PlaceholderSpot = { path: string; part: string; text: string };

function spotsIn(path: string, part: string, text: string): PlaceholderSpot[] {
  return placeholderSpans(text).map((s) => ({ path, part, text: s.text }));
}

const runsText = (runs: readonly Inline[]): string => runsToText(runs, (t) => t);

function blockSpots(block: Block, path: string): PlaceholderSpot[] {
  if (block.type === 'paragraph' || block.type === 'bullet') return spotsIn(path, 'nội dung', runsText(block.runs));
  if (block.type === 'heading') return spotsIn(path, 'đề mục', `${block.label ?? ''} ${runsText(block.runs)}`);
  if (block.type === 'table') {
    return block.rows.flatMap((row, r) => row.flatMap((cell, c) => spotsIn(`${path}.rows[${r}][${c}]`, 'bảng', runsText(cell.runs))));
  }
  return [];
}

/** Every placeholder still in a document, in reading order. */
export function findPlaceholders(doc: Resolution): PlaceholderSpot[] {
  const { header, title, signature } = doc;
  return [
    ...spotsIn('header.superiorBody', 'tên cơ quan cấp trên', header.superiorBody ?? ''),
    ...spotsIn('header.issuingBody', 'tên cơ quan ban hành', header.issuingBody),
    ...spotsIn('header.place', 'địa danh', header.place),
    ...title.conferenceLines.flatMap((line, i) => spotsIn(`title.conferenceLines[${i}]`, 'dòng hội nghị', line)),
    ...spotsIn('title.summary', 'trích yếu', title.summary),
    ...title.preamble.flatMap((p, i) => spotsIn(`title.preamble[${i}]`, 'phần mở đầu', runsText(p.runs))),
    ...doc.body.flatMap((block, i) => blockSpots(block, `body[${i}]`)),
    ...[...walkTargets(doc.targets)].flatMap(([node]) => [
      ...spotsIn(`targets[${node.key}]`, 'tên chỉ tiêu', node.name),
      ...(targetNeedsValue(node) ? [{ path: `targets[${node.key}]`, part: `giá trị chỉ tiêu "${node.name}"`, text: PLACEHOLDER }] : []),
    ]),
    ...doc.recipients.lines.flatMap((line, i) => spotsIn(`recipients[${i}]`, 'nơi nhận', `${line.text} ${line.note ?? ''}`)),
    ...spotsIn('signature', 'người ký', `${signature.authorityOf} ${signature.title} ${signature.name}`),
  ];
}
