import { formatDocSymbol, plainNumbering } from '../../format/docNumber.ts';
import { secrecyNames, urgencyNames } from '../../contract/model/parts.ts';
import type { Resolution } from '../../contract/model/resolution.ts';
import type { FieldDiff, LineDiff } from '../../contract/workflow.ts';
import { align } from './lcs.ts';
import { inlinePlain } from './blocks.ts';

type Field = [path: string, label: string, read: (d: Resolution) => string];

/** Every field outside the body and the targets that a reader sees, with its Vietnamese name. */
const FIELDS: readonly Field[] = [
  ['planYear', 'Năm kế hoạch', (d) => String(d.planYear)],
  ['profileId', 'Thể thức', (d) => d.profileId],
  ['header.superiorBody', 'Cơ quan cấp trên', (d) => d.header.superiorBody ?? ''],
  ['header.issuingBody', 'Cơ quan ban hành', (d) => d.header.issuingBody],
  ['header.number', 'Số và ký hiệu', (d) => formatDocSymbol(d.header.number, plainNumbering)],
  ['header.place', 'Địa danh', (d) => d.header.place],
  ['header.date', 'Ngày ban hành', (d) => d.header.date ?? ''],
  ['title.documentType', 'Tên loại', (d) => d.title.documentType],
  ['title.conferenceLines', 'Dòng hội nghị', (d) => d.title.conferenceLines.join(' / ')],
  ['title.summary', 'Trích yếu', (d) => d.title.summary.replace(/\s*\n\s*/g, ' ')],
  ['title.preamble', 'Phần mở đầu', (d) => d.title.preamble.map((p) => inlinePlain(p.runs)).join('\n')],
  ['title.decisionLine', 'Dòng quyết nghị', (d) => d.title.decisionLine ?? ''],
  ['marks.draftRound', 'Dự thảo lần', (d) => (d.marks.draftRound === null ? '' : String(d.marks.draftRound))],
  ['marks.secrecy', 'Độ mật', (d) => (d.marks.secrecy ? secrecyNames[d.marks.secrecy] : '')],
  ['marks.urgency', 'Độ khẩn', (d) => (d.marks.urgency ? urgencyNames[d.marks.urgency] : '')],
  ['marks.circulation', 'Phạm vi lưu hành', (d) => d.marks.circulation ?? ''],
  ['marks.contact', 'Thông tin liên hệ', (d) => d.marks.contact ?? ''],
  ['marks.productionNote', 'Ký hiệu người đánh máy, số lượng bản', (d) => d.marks.productionNote ?? ''],
  [
    'signature.authority',
    'Thẩm quyền ký',
    (d) => (d.signature.authority === 'none' ? '' : `${d.signature.authority} ${d.signature.authorityOf}`.trim()),
  ],
  ['signature.title', 'Chức vụ người ký', (d) => d.signature.title],
  ['signature.name', 'Người ký', (d) => d.signature.name],
  ['appendix.include', 'Phụ lục', (d) => (d.appendix.include ? 'Có' : 'Không')],
  ['appendix.title', 'Tên phụ lục', (d) => d.appendix.title],
  ['appendix.orientation', 'Hướng trang phụ lục', (d) => (d.appendix.orientation === 'landscape' ? 'Ngang' : 'Dọc')],
];

/** Header, title, marks, signature and appendix fields that differ. */
export function diffFields(before: Resolution, after: Resolution): FieldDiff[] {
  return FIELDS.flatMap(([path, label, read]) => {
    const a = read(before);
    const b = read(after);
    return a === b ? [] : [{ path, label, before: a, after: b }];
  });
}

const lineText = (l: Resolution['recipients']['lines'][number]): string =>
  [l.text.replace(/\s*\n\s*/g, ' '), l.note].filter(Boolean).join(' ');

/** The "Nơi nhận" lists line by line. */
export function diffRecipients(before: Resolution, after: Resolution): LineDiff[] {
  const a = before.recipients.lines.map(lineText);
  const b = after.recipients.lines.map(lineText);
  return align(a, b).map((op) =>
    op.op === 'equal'
      ? { op: 'equal', text: b[op.b] ?? '' }
      : op.op === 'delete'
        ? { op: 'delete', text: a[op.a] ?? '' }
        : { op: 'insert', text: b[op.b] ?? '' },
  );
}
