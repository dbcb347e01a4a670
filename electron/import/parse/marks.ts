import type { Marks } from '../../contract/model/parts.ts';

/** Supplementary marks printed in the header: "Dự thảo lần 2", MẬT, KHẨN, phạm vi lưu hành. */
export type MarkHit =
  | { kind: 'draft'; round: number }
  | { kind: 'secrecy'; level: NonNullable<Marks['secrecy']> }
  | { kind: 'urgency'; level: NonNullable<Marks['urgency']> }
  | { kind: 'circulation'; text: string };

const secrecy: Record<string, NonNullable<Marks['secrecy']>> = { MẬT: 'mat', 'TỐI MẬT': 'toi-mat', 'TUYỆT MẬT': 'tuyet-mat' };
const urgency: Record<string, NonNullable<Marks['urgency']>> = {
  KHẨN: 'khan',
  'THƯỢNG KHẨN': 'thuong-khan',
  'HỎA TỐC': 'hoa-toc',
  'HOẢ TỐC': 'hoa-toc',
};

export function readMark(text: string): MarkHit | null {
  const t = text.trim();
  const draft = /^Dự thảo(?:\s+lần\s+(\d{1,2}))?$/iu.exec(t);
  if (draft) return { kind: 'draft', round: Number(draft[1] ?? 1) || 1 };
  const upper = t.toLocaleUpperCase('vi');
  const s = secrecy[upper];
  if (s) return { kind: 'secrecy', level: s };
  const u = urgency[upper];
  if (u) return { kind: 'urgency', level: u };
  if (/^(xong hội nghị trả lại|xem xong trả lại|tài liệu thu hồi|lưu hành nội bộ|tài liệu hội nghị)$/iu.test(t)) {
    // Printed in capitals by the profile; stored as a sentence.
    const lower = t.toLocaleLowerCase('vi');
    return { kind: 'circulation', text: t === upper ? lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1) : t };
  }
  return null;
}

/** The marks of the model from what the header (and the closing) showed. */
export function marksOf(hits: readonly MarkHit[], productionNote: string | null): Marks {
  const marks: Marks = { draftRound: null, secrecy: null, urgency: null, circulation: null, productionNote, contact: null };
  for (const h of hits) {
    if (h.kind === 'draft') marks.draftRound = h.round;
    if (h.kind === 'secrecy') marks.secrecy = h.level;
    if (h.kind === 'urgency') marks.urgency = h.level;
    if (h.kind === 'circulation') marks.circulation = h.text;
  }
  return marks;
}
