import type { BodyKind } from '../../contract/model/parts.ts';

/**
 * The kind of an issuing body from its printed name ("HUYỆN ỦY ĐỨC TRỌNG" -> huyen-uy), or from
 * the issuer code of its number when the name says nothing ("HU" -> huyen-uy).
 */

/** Old and new tone placement compare equal: "UỶ" = "ỦY". */
const fold = (s: string): string => s.normalize('NFC').toLocaleUpperCase('vi').replace(/UỶ/g, 'ỦY').replace(/\s+/g, ' ').trim();

const byName: ReadonlyArray<[RegExp, BodyKind]> = [
  [/^TỈNH ỦY\b/u, 'tinh-uy'],
  [/^THÀNH ỦY\b/u, 'thanh-uy'],
  [/^HUYỆN ỦY\b/u, 'huyen-uy'],
  [/^QUẬN ỦY\b/u, 'quan-uy'],
  [/^THỊ ỦY\b/u, 'thi-uy'],
  [/^ĐẢNG ỦY XÃ(?![\p{L}\p{N}])/u, 'dang-uy-xa'],
  [/^ĐẢNG ỦY PHƯỜNG\b/u, 'dang-uy-phuong'],
  [/^ĐẢNG ỦY THỊ TRẤN\b/u, 'dang-uy-xa'],
  [/^ĐẢNG ỦY ĐẶC KHU\b/u, 'dang-uy-dac-khu'],
  [/^ĐẢNG ỦY KHỐI\b/u, 'dang-uy-khoi'],
  [/^ĐẢNG ỦY\b/u, 'dang-uy-co-quan'],
  [/^CHI BỘ(?![\p{L}\p{N}])/u, 'chi-bo'],
  [/^ỦY BAN KIỂM TRA\b/u, 'uy-ban-kiem-tra'],
  [/^VĂN PHÒNG\b/u, 'van-phong'],
  [/^BAN\b/u, 'ban-dang'],
];

const byCode: ReadonlyArray<[RegExp, BodyKind]> = [
  [/^TU$/u, 'tinh-uy'],
  [/^ThU$/u, 'thanh-uy'],
  [/^HU$/u, 'huyen-uy'],
  [/^QU$/u, 'quan-uy'],
  [/^ĐU$/u, 'dang-uy-xa'],
  [/^CB$/u, 'chi-bo'],
  [/^UBKT/u, 'uy-ban-kiem-tra'],
  [/^VP/u, 'van-phong'],
  [/^B\p{Lu}+$/u, 'ban-dang'],
];

export function bodyKindOf(issuingBody: string | null, issuerCode: string | null): { kind: BodyKind; sure: boolean } | null {
  if (issuingBody) {
    const hit = byName.find(([re]) => re.test(fold(issuingBody)));
    if (hit) return { kind: hit[1], sure: true };
  }
  if (issuerCode) {
    const hit = byCode.find(([re]) => re.test(issuerCode));
    if (hit) return { kind: hit[1], sure: false };
  }
  return null;
}

/** Does this printed line name an issuing body (rather than a superior "ĐẢNG BỘ …" line)? */
export function namesIssuer(line: string): boolean {
  return byName.some(([re]) => re.test(fold(line))) || /^BAN CHẤP HÀNH\b/u.test(fold(line));
}
