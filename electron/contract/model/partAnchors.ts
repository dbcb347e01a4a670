import type { Block } from './body.ts';
import { runsToText, type Inline } from './inline.ts';
import type { CommentPart, PlacedAnchor } from './review.ts';
import type { Resolution } from './resolution.ts';
import { flattenTargets, type TargetNode } from './targets.ts';

/**
 * The texts of a draft an anchor names (model/review.ts `suggestionAnchorSchema`, the one list of
 * editable texts): their current words, their names in Vietnamese ("Chỉ tiêu 3", "Nơi nhận, dòng
 * 2", "Người ký"), and the parts a comment thread may be on besides the body's text, in the order
 * the document prints them. Pure, shared by the services, the .docx writer and the UI.
 */

/** A part of the draft other than the body's text (whose comment anchors are in its runs). */
export type PartAnchor = Exclude<PlacedAnchor, { part: 'body' | 'body-cell' | 'body-new' }>;
/** Everything of a document but its body. */
export type DocParts = Omit<Resolution, 'body'>;

export function isPartAnchor(anchor: PlacedAnchor | { part: 'none' }): anchor is PartAnchor {
  return anchor.part !== 'body' && anchor.part !== 'body-cell' && anchor.part !== 'body-new' && anchor.part !== 'none';
}

/** The target of `key` with its place: its label ("3", "2.1": the first under the second) as the list numbers it. */
function findTarget(nodes: readonly TargetNode[], key: string): { node: TargetNode; label: string } | null {
  const labels: string[] = [];
  for (const { node, depth, index } of flattenTargets(nodes)) {
    labels[depth] = depth === 0 ? String(index + 1) : `${labels[depth - 1] ?? ''}.${index + 1}`;
    if (node.key === key) return { node, label: labels[depth] ?? '' };
  }
  return null;
}

/** The current text of a part, or null when the draft no longer has it. */
export function partText(doc: DocParts, anchor: PartAnchor): string | null {
  switch (anchor.part) {
    case 'preamble': {
      const p = doc.title.preamble[anchor.block];
      return p ? runsToText(p.runs) : null;
    }
    case 'summary':
      return doc.title.summary;
    case 'conference':
      return doc.title.conferenceLines[anchor.line] ?? null;
    case 'circulation':
      return doc.marks.circulation;
    case 'production-note':
      return doc.marks.productionNote;
    case 'header':
      return doc.header[anchor.field] ?? null;
    case 'signature':
      return doc.signature[anchor.field];
    case 'appendix':
      return doc.appendix.include ? (doc.appendix[anchor.field] ?? null) : null;
    case 'target': {
      const node = findTarget(doc.targets, anchor.key)?.node;
      if (!node || (anchor.inAppendix && !doc.appendix.include)) return null;
      return anchor.field === 'name' ? node.name : anchor.field === 'unit' ? (node.unit ?? null) : (node.value?.written ?? null);
    }
    case 'recipient': {
      const line = doc.recipients.lines[anchor.line];
      return line ? (anchor.field === 'text' ? line.text : (line.note ?? null)) : null;
    }
  }
}

function blockRuns(block: Block | undefined): readonly Inline[] | null {
  return block && (block.type === 'heading' || block.type === 'paragraph' || block.type === 'bullet') ? block.runs : null;
}

/** The current text an anchor names, or null when the draft no longer has it. */
export function anchorText(doc: Resolution, anchor: PlacedAnchor): string | null {
  switch (anchor.part) {
    case 'body': {
      const runs = blockRuns(doc.body[anchor.block]);
      return runs ? runsToText(runs) : null;
    }
    case 'body-cell': {
      const block = doc.body[anchor.block];
      const cell = block?.type === 'table' ? block.rows[anchor.row]?.[anchor.col] : undefined;
      return cell ? runsToText(cell.runs) : null;
    }
    case 'body-new':
      return '';
    default:
      return partText(doc, anchor);
  }
}

const signatureNames = { authorityOf: 'Thẩm quyền ký', title: 'Chức vụ người ký', name: 'Người ký' } as const;
const headerNames = { superiorBody: 'Cơ quan cấp trên', issuingBody: 'Cơ quan ban hành', place: 'Địa danh' } as const;
const appendixNames = { heading: 'Phụ lục (tiêu đề)', title: 'Phụ lục (tên)', attachedNote: 'Phụ lục (dòng kèm theo)' } as const;
const targetFields = { name: '', value: ' (giá trị)', unit: ' (đơn vị)' } as const;

/** The part's name as a person says it ("Chỉ tiêu 3 (giá trị)", "Nơi nhận, dòng 2", "Người ký"); null when it is gone. */
export function partName(doc: DocParts, anchor: PartAnchor): string | null {
  if (partText(doc, anchor) === null) return null;
  switch (anchor.part) {
    case 'preamble':
      return `Phần mở đầu, đoạn ${anchor.block + 1}`;
    case 'summary':
      return 'Trích yếu';
    case 'conference':
      return `Dòng hội nghị ${anchor.line + 1}`;
    case 'circulation':
      return 'Phạm vi lưu hành';
    case 'production-note':
      return 'Ký hiệu người đánh máy';
    case 'header':
      return headerNames[anchor.field];
    case 'signature':
      return signatureNames[anchor.field];
    case 'appendix':
      return appendixNames[anchor.field];
    case 'target': {
      const label = findTarget(doc.targets, anchor.key)?.label ?? '';
      return `${anchor.inAppendix ? 'Phụ lục, chỉ tiêu' : 'Chỉ tiêu'} ${label}${targetFields[anchor.field]}`;
    }
    case 'recipient':
      return `Nơi nhận, dòng ${anchor.line + 1}${anchor.field === 'note' ? ' (ghi chú)' : ''}`;
  }
}

/** Where in the document a part prints: the page's header, the title, the body (targets), the closing, the appendix. */
export type PartGroup = 'header' | 'title' | 'body' | 'closing' | 'appendix';

export function partGroup(anchor: PartAnchor): PartGroup {
  if (anchor.part === 'header' || anchor.part === 'circulation') return 'header';
  if (anchor.part === 'summary' || anchor.part === 'conference' || anchor.part === 'preamble') return 'title';
  if (anchor.part === 'target') return anchor.inAppendix ? 'appendix' : 'body';
  if (anchor.part === 'appendix') return 'appendix';
  return 'closing';
}

/** Every part a comment may be on, with its name, in the order the document prints them. */
export function commentableParts(doc: DocParts): { anchor: PartAnchor; name: string }[] {
  const anchors: PartAnchor[] = [];
  for (const field of ['superiorBody', 'issuingBody', 'place'] as const) anchors.push({ part: 'header', field, at: 0 });
  anchors.push({ part: 'circulation', at: 0 });
  doc.title.conferenceLines.forEach((_, line) => anchors.push({ part: 'conference', line, at: 0 }));
  anchors.push({ part: 'summary', at: 0 });
  doc.title.preamble.forEach((_, block) => anchors.push({ part: 'preamble', block, at: 0 }));
  const targets = flattenTargets(doc.targets);
  for (const { node } of targets) {
    anchors.push({ part: 'target', key: node.key, field: 'name', at: 0 });
    if (node.value) anchors.push({ part: 'target', key: node.key, field: 'value', at: 0 });
  }
  doc.recipients.lines.forEach((line, i) => {
    anchors.push({ part: 'recipient', line: i, field: 'text', at: 0 });
    if (line.note) anchors.push({ part: 'recipient', line: i, field: 'note', at: 0 });
  });
  anchors.push({ part: 'production-note', at: 0 });
  for (const field of ['authorityOf', 'title', 'name'] as const) anchors.push({ part: 'signature', field, at: 0 });
  for (const field of ['heading', 'title', 'attachedNote'] as const) anchors.push({ part: 'appendix', field, at: 0 });
  for (const { node } of targets) anchors.push({ part: 'target', key: node.key, field: 'name', at: 0, inAppendix: true });
  return anchors.flatMap((anchor) => {
    const name = commentablePartName(doc, anchor);
    return name === null ? [] : [{ anchor, name }];
  });
}

/** The part's name when it has words to comment on; null for a part with no text yet, or gone. */
export function commentablePartName(doc: DocParts, anchor: PartAnchor): string | null {
  return partText(doc, anchor)?.trim() ? partName(doc, anchor) : null;
}

/** Whether two anchors name the same text (their offsets aside; `printing` false: a target's list line and appendix row alike). */
export function samePart(a: PlacedAnchor, b: PlacedAnchor, printing = true): boolean {
  const key = (x: PlacedAnchor): string =>
    JSON.stringify(
      Object.entries({ ...x, at: 0 })
        .filter(([k]) => printing || k !== 'inAppendix')
        .sort(([k], [l]) => k.localeCompare(l)),
    );
  return key(a) === key(b);
}

/** A line's anchor moved to `index` (the recipients, the conference lines, the preamble's paragraphs). */
function movedTo(anchor: PartAnchor, index: number): PartAnchor {
  if (anchor.part === 'recipient' || anchor.part === 'conference') return { ...anchor, line: index };
  if (anchor.part === 'preamble') return { ...anchor, block: index };
  return anchor;
}

/** How many lines the list of a line's part has (the recipients, the conference lines, the preamble); undefined for other parts. */
export function partLines(doc: DocParts, anchor: PartAnchor): number | undefined {
  return lineTexts(doc, anchor)?.length;
}

function lineTexts(doc: DocParts, anchor: PartAnchor): string[] | null {
  if (anchor.part === 'recipient') return doc.recipients.lines.map((l) => (anchor.field === 'text' ? l.text : (l.note ?? '')));
  if (anchor.part === 'conference') return doc.title.conferenceLines;
  if (anchor.part === 'preamble') return doc.title.preamble.map((p) => runsToText(p.runs));
  return null;
}

const lineOf = (anchor: PartAnchor): number => (anchor.part === 'preamble' ? anchor.block : 'line' in anchor ? anchor.line : 0);

const words = (text: string): string[] =>
  text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** How alike two lines read, by their words (Dice: 1 the same words, 0 none shared). */
function likeness(a: string, b: string): number {
  const [x, y] = [words(a), words(b)];
  if (x.length + y.length === 0) return 0;
  const pool = [...y];
  let shared = 0;
  for (const w of x) {
    const i = pool.indexOf(w);
    if (i !== -1) [shared, pool[i]] = [shared + 1, ''];
  }
  return (2 * shared) / (x.length + y.length);
}

/**
 * Where a thread's part is in the draft now, or null when it was deleted ("phần đã xóa"). A line
 * of a list (a recipient, a conference line) is found by its words when lines were added or
 * removed above it, or by most of its words when it was also edited; a target by its key,
 * whatever its number now.
 */
export function locatePart(doc: DocParts, part: CommentPart): PartAnchor | null {
  const anchor = part.anchor;
  if (!isPartAnchor(anchor)) return null;
  const lines = lineTexts(doc, anchor);
  if (lines === null || part.text === '') return partText(doc, anchor) === null ? null : anchor;
  const at = lineOf(anchor);
  if (lines[at]?.includes(part.text)) return anchor;
  const moved = lines.indexOf(part.text);
  if (moved !== -1) return movedTo(anchor, moved);
  const scores = lines.map((line) => likeness(line, part.text));
  const best = scores.indexOf(Math.max(...scores));
  if (best !== -1 && (scores[best] ?? 0) >= 0.5) return movedTo(anchor, (scores[at] ?? 0) === scores[best] ? at : best);
  // Rewritten in place while the list kept its length (or grew); a shorter list lost it.
  return lines[at] !== undefined && lines.length >= (part.lines ?? 0) ? anchor : null;
}
