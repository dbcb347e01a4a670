import type { Organization } from '../contract/model/office.ts';
import type { BodyKind, Recipient } from '../contract/model/parts.ts';
import { collectiveOf } from './bodyKinds.ts';
import { bodyNameInText, joinNames, vietnameseUpper } from './bodyNames.ts';
import { isCollective } from './partyRules.ts';

/**
 * The "Nơi nhận" a body's new document starts with when it has no earlier one and no saved list:
 * the one home of what the lines say (the profile adds the punctuation when it prints: ";" and a
 * final "." under 05-HD 9.2.5, "," under 36-HD). The last line keeps the document in the body's
 * office, named for the body: "Lưu Văn phòng Đảng ủy" (05-HD's example "- Lưu Văn phòng Tỉnh uỷ.").
 */
type Body = Pick<Organization, 'name' | 'bodyKind' | 'officeName' | 'superiorBody'>;

/** "ủy" or "uỷ", as the body writes its own name (ĐẢNG UỶ → uỷ). */
function uy(name: string): string {
  return /UỶ/u.test(vietnameseUpper(name)) ? 'uỷ' : 'ủy';
}

/** The office's name in running text: "VĂN PHÒNG" → "Văn phòng". */
function officeInText(officeName: string): string {
  return bodyNameInText(officeName, 'van-phong');
}

/** "Lưu Văn phòng Đảng ủy": the storage line of a body (a chi bộ, which has no office, keeps its own: "Lưu Chi bộ"). */
export function storageRecipient(org: Body): Recipient {
  if (org.bodyKind === 'chi-bo') return { text: `Lưu ${bodyNameInText(collectiveOf(org.name), org.bodyKind)}` };
  if (!isCollective(org.bodyKind)) return { text: `Lưu ${officeInText(org.officeName)}` };
  return { text: `Lưu ${joinNames(officeInText(org.officeName), bodyNameInText(collectiveOf(org.name), org.bodyKind))}` };
}

/** "ĐẢNG BỘ TỈNH KHÁNH HOÀ" → "Tỉnh ủy": the committee of the superior party organisation, as running text. */
function superiorCommittee(superior: string, spelling: string): string | null {
  const upper = vietnameseUpper(superior).replace(/\s+/gu, ' ').trim();
  if (upper.startsWith('ĐẢNG BỘ TỈNH ')) return `Tỉnh ${spelling}`;
  if (upper.startsWith('ĐẢNG BỘ THÀNH PHỐ ')) return `Thành ${spelling}`;
  if (upper.startsWith('ĐẢNG BỘ ')) return `Đảng ${spelling} ${bodyNameInText(upper.slice('ĐẢNG BỘ '.length), 'dang-uy-co-quan')}`;
  return null;
}

/** "Các đồng chí Đảng ủy viên": the members of the body's committee. */
const memberTitles: Partial<Record<BodyKind, string>> = {
  'tinh-uy': 'Tỉnh',
  'thanh-uy': 'Thành',
  'huyen-uy': 'Huyện',
  'quan-uy': 'Quận',
  'thi-uy': 'Thị',
  'dang-uy-xa': 'Đảng',
  'dang-uy-phuong': 'Đảng',
  'dang-uy-dac-khu': 'Đảng',
  'dang-uy-co-quan': 'Đảng',
  'dang-uy-khoi': 'Đảng',
};

/** The lines a new document of the body starts with, without punctuation, the storage line last. */
export function defaultRecipients(org: Body): Recipient[] {
  const spelling = uy(org.name);
  const lines: Recipient[] = [];
  const superior = org.superiorBody ? superiorCommittee(org.superiorBody, spelling) : null;
  if (superior && isCollective(org.bodyKind)) lines.push({ text: `Thường trực ${superior}`, note: '(để báo cáo)' });
  const member = memberTitles[org.bodyKind];
  if (member) lines.push({ text: `Các đồng chí ${member} ${spelling} viên` });
  lines.push(...subordinates(org));
  lines.push(storageRecipient(org));
  return lines;
}

/** "Các đảng ủy trực thuộc" (a Tỉnh ủy, a Thành ủy), "Các chi bộ, đảng bộ trực thuộc" (a đảng ủy); none for a chi bộ or an office. */
function subordinates(org: Body): Recipient[] {
  if (org.bodyKind === 'tinh-uy' || org.bodyKind === 'thanh-uy') return [{ text: `Các đảng ${uy(org.name)} trực thuộc` }];
  return memberTitles[org.bodyKind] ? [{ text: 'Các chi bộ, đảng bộ trực thuộc' }] : [];
}

/**
 * Where a certified copy goes when the office has saved no list for copies: the bodies under it
 * and its own storage line ("Các đảng ủy trực thuộc" / "Lưu Văn phòng Thành ủy" for a Thành ủy).
 */
export function defaultCopyRecipients(org: Body): Recipient[] {
  return [...subordinates(org), storageRecipient(org)];
}
