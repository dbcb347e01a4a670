import type { Marks } from '../contract/model/parts.ts';
import type { FormatProfile, TextStyle } from '../format/profile.ts';

/** A printed line and the profile style it takes. */
export type StyledLine = { text: string; style: TextStyle };

const secrecyText: Record<NonNullable<Marks['secrecy']>, string> = {
  mat: 'Mật',
  'toi-mat': 'Tối mật',
  'tuyet-mat': 'Tuyệt mật',
};
const urgencyText: Record<NonNullable<Marks['urgency']>, string> = {
  khan: 'Khẩn',
  'thuong-khan': 'Thượng khẩn',
  'hoa-toc': 'Hỏa tốc',
};

/**
 * The supplementary marks printed under "Số …" in the left header column, top to bottom:
 * mật (box 10a), khẩn under it (10b), "Dự thảo lần N" (11b), phạm vi lưu hành (11a).
 * Case comes from the profile styles (mật/khẩn are upper case in 36-HD).
 */
export function markLines(marks: Marks, profile: FormatProfile): StyledLine[] {
  const lines: StyledLine[] = [];
  if (marks.secrecy) lines.push({ text: secrecyText[marks.secrecy], style: profile.marks.secrecy });
  if (marks.urgency) lines.push({ text: urgencyText[marks.urgency], style: profile.marks.urgency });
  if (marks.draftRound !== null) lines.push({ text: `Dự thảo lần ${marks.draftRound}`, style: profile.marks.draft });
  if (marks.circulation) lines.push({ text: marks.circulation, style: profile.marks.circulation });
  return lines;
}
