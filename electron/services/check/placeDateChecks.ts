import type { Resolution } from '../../contract/model/resolution.ts';
import { placeDateFits } from '../../format/headerLayout.ts';
import { placeDateText } from '../../format/printed.ts';
import type { FormatProfile } from '../../format/profile.ts';
import { warning, type Finding } from './finding.ts';

/** Unit words the 2026 rules let a place name abbreviate (05-HD: "TP", "ĐK"). */
const ABBREVIATIONS: readonly (readonly [RegExp, string])[] = [
  [/^thành phố\s+/iu, 'TP. '],
  [/^đặc khu\s+/iu, 'ĐK. '],
];

/** "Thành phố Hồ Chí Minh" -> "TP. Hồ Chí Minh", "Đặc khu Phú Quốc" -> "ĐK. Phú Quốc"; null when nothing to shorten. */
export function abbreviatePlace(place: string): string | null {
  const trimmed = place.trim();
  for (const [unit, short] of ABBREVIATIONS) if (unit.test(trimmed)) return trimmed.replace(unit, short);
  return null;
}

function fits(doc: Resolution, place: string, profile: FormatProfile): boolean {
  const header = { ...doc.header, place };
  return placeDateFits({ ...header, placeDate: placeDateText({ header, planYear: doc.planYear }) }, profile);
}

/**
 * The place-and-date line wider than the header's right column (as format/headerLayout.ts lays
 * it out) wraps, "năm 2026" alone on a second line; the fix abbreviates the place when that fits.
 */
export function checkPlaceDate(doc: Resolution, profile: FormatProfile): Finding[] {
  const { place } = doc.header;
  if (place.trim() === '' || fits(doc, place, profile)) return [];
  const short = abbreviatePlace(place);
  const helps = short !== null && fits(doc, short, profile);
  const finding = warning(
    'place.wraps',
    'header.place',
    `Dòng địa danh, ngày tháng "${placeDateText(doc)}" dài hơn cột bên phải của phần đầu: khi in sẽ xuống dòng.`,
    helps
      ? `Viết tắt địa danh thành "${short}" (thể thức cho phép viết tắt TP, ĐK).`
      : `${short ? `Viết tắt "${short}" vẫn chưa vừa một dòng. ` : ''}Rút gọn địa danh nếu được (chỉ ghi tên xã, phường, đặc khu hoặc tỉnh, thành phố nơi cơ quan đóng; viết tắt TP, ĐK); nếu không, kiểm tra dòng này trên bản in.`,
  );
  return [helps ? { ...finding, edit: { path: 'header.place', value: short, label: `Viết tắt thành "${short}"` } } : finding];
}
