import type { Block } from '../../contract/model/body.ts';
import { runsToText, type Inline } from '../../contract/model/inline.ts';
import type { PlacedAnchor } from '../../contract/model/review.ts';
import type { Resolution } from '../../contract/model/resolution.ts';
import type { TargetNode } from '../../contract/model/targets.ts';
import { formatDocNumber } from '../../format/docNumber.ts';
import { headingLabels } from '../../format/headingNumbers.ts';
import {
  appendixColumns,
  appendixRows,
  attachedNoteText,
  authorityText,
  isGroup,
  markLines,
  placeDateText,
  printedRecipients,
  targetValueText,
} from '../../format/printed.ts';
import type { FormatProfile } from '../../format/profile.ts';
import { shortText } from '../../format/shortText.ts';

/**
 * The draft as the review copy prints it, paragraph by paragraph (tables cell by cell), each line
 * with the spans of it that are editable text of the model: where a span starts in the printed
 * line, the anchor it belongs to, and the offset in the model's text where it starts. A line
 * without spans is text the app writes itself (labels, the date line, "Nơi nhận:").
 */
export type Span = { start: number; length: number; base: number; anchor: (at: number) => PlacedAnchor; place: string };
export type SlotGroup = 'header' | 'title' | 'body' | 'closing' | 'appendix';
/** `row`: the target key of an appendix table cell's row. */
export type Slot = { text: string; spans: Span[]; where: string; bodyBlock?: number; group?: SlotGroup; row?: string };

/** A target's name in a line's place, cut at a word end past 40 characters (the place is also a comment's anchor: a shorter name is kept as it is). */
const short = (text: string): string => (text.length > 40 ? shortText(text, 40) : text);

function lead(text: string): number {
  return text.length - text.trimStart().length;
}

/** A whole line that is one field (printed trimmed, as the writer's centred lines are). */
function fieldLine(text: string, where: string, anchor: (at: number) => PlacedAnchor): Slot {
  const printed = text.trim();
  return { text: printed, where, spans: [{ start: 0, length: printed.length, base: lead(text), anchor, place: where }] };
}

const fixed = (text: string, where: string): Slot => ({ text, where, spans: [] });

function headerSlots(doc: Resolution, profile: FormatProfile): Slot[] {
  const h = doc.header;
  const out: Slot[] = [];
  if (h.superiorBody) out.push(fieldLine(h.superiorBody, 'Cơ quan cấp trên', (at) => ({ part: 'header', field: 'superiorBody', at })));
  out.push(fieldLine(h.issuingBody, 'Cơ quan ban hành', (at) => ({ part: 'header', field: 'issuingBody', at })));
  out.push(fixed('*', 'Phần đầu'), fixed(profile.header.partyTitle.text, 'Phần đầu'));
  out.push(fixed(formatDocNumber(h.number, profile.numbering), 'Số, ký hiệu (ứng dụng ghi)'));
  for (const line of markLines(doc.marks, profile)) {
    if (line.kind === 'circulation' && doc.marks.circulation) {
      out.push(fieldLine(doc.marks.circulation, 'Phạm vi lưu hành', (at) => ({ part: 'circulation', at })));
    } else out.push(fixed(line.text, 'Dấu chỉ mức độ (ứng dụng ghi)'));
  }
  const date = placeDateText(doc);
  const place = h.place.trim();
  out.push({
    text: date,
    where: 'Dòng địa danh, ngày tháng (ứng dụng ghi)',
    spans: place
      ? [
          {
            start: 0,
            length: place.length,
            base: lead(h.place),
            anchor: (at) => ({ part: 'header', field: 'place', at }),
            place: 'Địa danh',
          },
        ]
      : [],
  });
  return out;
}

function titleSlots(doc: Resolution, profile: FormatProfile): Slot[] {
  const t = doc.title;
  const out: Slot[] = [fixed(t.documentType, 'Tên loại văn bản')];
  t.conferenceLines.forEach((line, i) =>
    out.push(fieldLine(line, `Dòng hội nghị ${i + 1}`, (at) => ({ part: 'conference', line: i, at }))),
  );
  out.push(fieldLine(t.summary, 'Trích yếu', (at) => ({ part: 'summary', at })));
  if (profile.title.separator !== null) out.push(fixed(profile.title.separator, 'Phần đầu'));
  t.preamble.forEach((p, i) => {
    const label = p.label?.trim() ? `${p.label.trim()} ` : '';
    const text = runsToText(p.runs);
    out.push({
      text: `${label}${text}`,
      where: `Phần mở đầu, đoạn ${i + 1}`,
      spans: [
        {
          start: label.length,
          length: text.length,
          base: 0,
          anchor: (at) => ({ part: 'preamble', block: i, at }),
          place: `Phần mở đầu, đoạn ${i + 1}`,
        },
      ],
    });
  });
  if (t.decisionLine !== null) out.push(fixed(t.decisionLine, 'Phần đầu'));
  return out;
}

function targetSlots(nodes: readonly TargetNode[]): Slot[] {
  const out: Slot[] = [];
  const walk = (siblings: readonly TargetNode[], depth: number): void => {
    siblings.forEach((node, i) => {
      const head = depth === 0 ? `${i + 1}. ` : depth === 1 ? '- ' : '+ ';
      const last = i === siblings.length - 1;
      const end = isGroup(node) ? ':' : depth === 0 || last ? '.' : ';';
      const name = node.name.trim().replace(/[:;.,]+$/, '');
      const value = targetValueText(node);
      const key = node.key;
      const where = `Chỉ tiêu: ${short(name)}`;
      const spans: Span[] = [
        {
          start: head.length,
          length: name.length,
          base: lead(node.name),
          anchor: (at) => ({ part: 'target', key, field: 'name', at }),
          place: `${where} (tên)`,
        },
      ];
      if (value && node.value) {
        const written = node.value.written.trim();
        spans.push({
          start: head.length + name.length + 2,
          length: written.length,
          base: lead(node.value.written),
          anchor: (at) => ({ part: 'target', key, field: 'value', at }),
          place: `${where} (giá trị)`,
        });
      }
      out.push({ text: `${head}${value ? `${name}: ${value}` : name}${end}`, where, spans });
      walk(node.children, depth + 1);
    });
  };
  walk(nodes, 0);
  return out;
}

function bodySlots(doc: Resolution, profile: FormatProfile): Slot[] {
  const labels = headingLabels(
    doc.body.filter((b) => b.type === 'heading').map((h) => ({ level: h.level, label: h.label ?? null })),
    profile,
  );
  let heading = 0;
  const out: Slot[] = [];
  doc.body.forEach((block: Block, index) => {
    const where = `Nội dung, đoạn ${index + 1}`;
    const runsSlot = (prefix: string, runs: readonly Inline[]): Slot => {
      const text = runsToText(runs);
      return {
        text: `${prefix}${text}`,
        where,
        bodyBlock: index,
        spans: [{ start: prefix.length, length: text.length, base: 0, anchor: (at) => ({ part: 'body', block: index, at }), place: where }],
      };
    };
    if (block.type === 'heading') {
      const label = labels[heading++] ?? '';
      if (block.level === 'part') out.push({ ...fixed(label, `${where} (số phần)`), bodyBlock: index }, runsSlot('', block.runs));
      else out.push(runsSlot(`${label} `, block.runs));
    } else if (block.type === 'paragraph') out.push(runsSlot(block.label?.trim() ? `${block.label.trim()} ` : '', block.runs));
    else if (block.type === 'bullet') out.push(runsSlot(`${block.marker} `, block.runs));
    else if (block.type === 'targets') out.push(...targetSlots(doc.targets).map((s) => ({ ...s, bodyBlock: index })));
    else if (block.type === 'table') {
      block.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          const text = runsToText(cell.runs);
          const place = `${where}, bảng: dòng ${r + 1}, cột ${c + 1}`;
          out.push({
            text,
            where: place,
            bodyBlock: index,
            spans: [
              { start: 0, length: text.length, base: 0, anchor: (at) => ({ part: 'body-cell', block: index, row: r, col: c, at }), place },
            ],
          });
        }),
      );
    }
  });
  return out;
}

function closingSlots(doc: Resolution, profile: FormatProfile): Slot[] {
  const out: Slot[] = [fixed(profile.recipients.label.text, 'Nơi nhận')];
  printedRecipients(doc.recipients, profile).forEach((line) => {
    const i = line.line;
    const model = doc.recipients.lines[i];
    const where = `Nơi nhận, dòng ${i + 1}`;
    const spans: Span[] = [
      {
        start: 2,
        length: line.text.length - 2,
        base: 0,
        anchor: (at) => ({ part: 'recipient', line: i, field: 'text', at }),
        place: where,
      },
    ];
    let text = line.text;
    if (line.note && model?.note) {
      spans.push({
        start: text.length + 1,
        length: line.note.length,
        base: 0,
        anchor: (at) => ({ part: 'recipient', line: i, field: 'note', at }),
        place: `${where} (ghi chú)`,
      });
      text += ` ${line.note}`;
    }
    out.push({ text: `${text}${line.end}`, where, spans });
  });
  if (doc.marks.productionNote) {
    out.push(fieldLine(doc.marks.productionNote, 'Ký hiệu người đánh máy', (at) => ({ part: 'production-note', at })));
  }
  const authority = authorityText(doc.signature);
  if (authority !== null) {
    const prefix = `${doc.signature.authority} `;
    out.push({
      text: authority,
      where: 'Thẩm quyền ký',
      spans: [
        {
          start: prefix.length,
          length: authority.length - prefix.length,
          base: lead(doc.signature.authorityOf),
          anchor: (at) => ({ part: 'signature', field: 'authorityOf', at }),
          place: 'Thẩm quyền ký',
        },
      ],
    });
  }
  out.push(fieldLine(doc.signature.title, 'Chức vụ người ký', (at) => ({ part: 'signature', field: 'title', at })));
  out.push(fieldLine(doc.signature.name, 'Họ tên người ký', (at) => ({ part: 'signature', field: 'name', at })));
  return out;
}

function appendixSlots(doc: Resolution, profile: FormatProfile): Slot[] {
  if (!doc.appendix.include) return [];
  const a = doc.appendix;
  const out: Slot[] = [fieldLine(a.heading, 'Phụ lục (tiêu đề)', (at) => ({ part: 'appendix', field: 'heading', at }))];
  if (a.title.trim()) out.push(fieldLine(a.title, 'Phụ lục (tên)', (at) => ({ part: 'appendix', field: 'title', at })));
  const note = attachedNoteText(doc, profile);
  out.push(
    a.attachedNote?.trim()
      ? fieldLine(a.attachedNote, 'Phụ lục (dòng kèm theo)', (at) => ({ part: 'appendix', field: 'attachedNote', at }))
      : fixed(note, 'Phụ lục (dòng kèm theo, ứng dụng ghi)'),
  );
  const columns = appendixColumns(doc, profile);
  for (const c of columns) out.push(fixed(c.header, 'Phụ lục (tiêu đề cột)'));
  const nodes = new Map<string, TargetNode>();
  const collect = (list: readonly TargetNode[]): void => list.forEach((n) => (nodes.set(n.key, n), collect(n.children)));
  collect(doc.targets);
  for (const row of appendixRows(doc.targets)) {
    const node = nodes.get(row.key);
    const where = `Phụ lục, chỉ tiêu: ${short(row.name)}`;
    for (const c of columns) {
      const text = row[c.key];
      const field = c.key === 'name' ? 'name' : c.key === 'value' ? 'value' : c.key === 'unit' && node?.unit !== undefined ? 'unit' : null;
      if (field === null) {
        out.push({ ...fixed(text, `${where} (${c.header.toLocaleLowerCase('vi')})`), row: row.key });
        continue;
      }
      const key = row.key;
      out.push({
        text,
        where,
        row: key,
        spans: [
          {
            start: 0,
            length: text.length,
            base: 0,
            anchor: (at) => ({ part: 'target', key, field, at }),
            place: `${where} (${field === 'name' ? 'tên' : field === 'value' ? 'giá trị' : 'đơn vị'})`,
          },
        ],
      });
    }
  }
  return out;
}

/** Every printed line of the review copy of `doc`, in print order (empty lines left out). */
export function printedSlots(doc: Resolution, profile: FormatProfile): Slot[] {
  const groups: [SlotGroup, Slot[]][] = [
    ['header', headerSlots(doc, profile)],
    ['title', titleSlots(doc, profile)],
    ['body', bodySlots(doc, profile)],
    ['closing', closingSlots(doc, profile)],
    ['appendix', appendixSlots(doc, profile)],
  ];
  return groups.flatMap(([group, slots]) => slots.map((s) => ({ ...s, group }))).filter((s) => s.text.trim() !== '');
}
