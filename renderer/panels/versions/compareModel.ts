import { statusNames } from '../../../electron/contract/model/status.ts';
import type {
  BlockDiff,
  BlockType,
  ComparisonSummary,
  TargetFieldChange,
  VersionRef,
  WordOp,
} from '../../../electron/contract/workflow.ts';
import { dateTimeVi } from '../../app/format.ts';

/** The comparison of two versions, arranged for the screen. */

/** The older side of a word diff (kept and removed words) and the newer side (kept and added words). */
export function sides(words: readonly WordOp[]): { before: WordOp[]; after: WordOp[] } {
  return { before: words.filter((w) => w.op !== 'insert'), after: words.filter((w) => w.op !== 'delete') };
}

export const blockTypeNames: Record<BlockType, string> = {
  heading: 'Đề mục',
  paragraph: 'Đoạn',
  bullet: 'Gạch đầu dòng',
  table: 'Bảng',
  targets: 'Danh sách chỉ tiêu',
  'page-break': 'Ngắt trang',
};

export const targetFieldNames: Record<TargetFieldChange['field'], string> = {
  name: 'Tên',
  unit: 'Đơn vị',
  value: 'Giá trị',
  better: 'Chiều tốt hơn',
  previous: 'Năm trước',
  position: 'Vị trí',
};

/** One line saying what changed: "2 đoạn sửa, 1 đoạn thêm · 1 chỉ tiêu sửa · 3 trường · nơi nhận". */
export function summaryText(s: ComparisonSummary): string {
  if (s.same) return 'Hai phiên bản có nội dung giống hệt nhau.';
  const parts = [
    [s.blocksChanged, 'đoạn sửa'],
    [s.blocksAdded, 'đoạn thêm'],
    [s.blocksRemoved, 'đoạn bỏ'],
    [s.blocksMoved, 'đoạn chuyển chỗ'],
    [s.targetsChanged, 'chỉ tiêu sửa'],
    [s.targetsAdded, 'chỉ tiêu thêm'],
    [s.targetsRemoved, 'chỉ tiêu bỏ'],
    [s.fieldsChanged, 'mục khác (đầu văn bản, tên, người ký…) thay đổi'],
    [s.recipientsChanged, 'dòng nơi nhận thay đổi'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
  return said.length > 0 ? `${said.join(', ')}.` : 'Chỉ khác về định dạng (đậm, nghiêng…), chữ không đổi.';
}

/** A stretch of the body: a changed block, or a run of unchanged ones (folded when only changes are shown). */
export type BodyRow = { kind: 'diff'; diff: BlockDiff } | { kind: 'same'; diffs: Extract<BlockDiff, { kind: 'equal' }>[] };

export function bodyRows(body: readonly BlockDiff[], onlyChanges: boolean): BodyRow[] {
  if (!onlyChanges) return body.map((diff) => ({ kind: 'diff', diff }));
  const rows: BodyRow[] = [];
  for (const diff of body) {
    const last = rows[rows.length - 1];
    if (diff.kind !== 'equal') rows.push({ kind: 'diff', diff });
    else if (last?.kind === 'same') last.diffs.push(diff);
    else rows.push({ kind: 'same', diffs: [diff] });
  }
  return rows;
}

/** Where a moved block went or came from, in words (block numbers from 1). */
export function moveNote(diff: BlockDiff): string | null {
  if (diff.kind === 'moved') return `chuyển đến đây từ vị trí ${diff.before + 1}`;
  if (diff.kind === 'moved-away') return `đã chuyển đến vị trí ${diff.after + 1}`;
  return null;
}

/** A version as the compare pickers name it: "Phiên bản 3 — Trình duyệt — Nguyễn Văn A, 06/12/2026 09:15". */
export function versionLabel(v: VersionRef): string {
  return `Phiên bản ${v.version} — ${statusNames[v.status]} — ${v.createdBy}, ${dateTimeVi(v.createdAt)}`;
}
