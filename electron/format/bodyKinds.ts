import type { BodyKind, Signature } from '../contract/model/parts.ts';

/**
 * What the kind of an issuing body suggests when an office sets itself up: the issuer code of its
 * numbers (05-HD/VPTW: cấp ủy by initials, ĐU for every đảng uỷ, CB for a chi bộ; HU and QU only
 * in historical documents) and the usual signing authorities.
 */
const issuerCodes: Record<BodyKind, string> = {
  'tinh-uy': 'TU',
  'thanh-uy': 'TU',
  'thi-uy': 'TU',
  'huyen-uy': 'HU',
  'quan-uy': 'QU',
  'dang-uy-xa': 'ĐU',
  'dang-uy-phuong': 'ĐU',
  'dang-uy-dac-khu': 'ĐU',
  'dang-uy-co-quan': 'ĐU',
  'dang-uy-khoi': 'ĐU',
  'chi-bo': 'CB',
  'uy-ban-kiem-tra': 'UBKT',
  'ban-dang': 'BTC',
  'van-phong': 'VP',
};

/** The usual issuer code of a kind of body ("ĐU" for a đảng uỷ xã); the office may change it. */
export function issuerCodeFor(kind: BodyKind): string {
  return issuerCodes[kind];
}

/** "ĐẢNG UỶ XÃ CÔNG HẢI" -> "ĐẢNG UỶ": the collective named in "T/M ĐẢNG UỶ" (the kind words before the place). */
export function collectiveOf(name: string): string {
  const m = /^(TỈNH [UỦỶ]Y|THÀNH [UỦỶ]Y|HUYỆN [UỦỶ]Y|QUẬN [UỦỶ]Y|THỊ [UỦỶ]Y|ĐẢNG [UỦỶ]Y|CHI BỘ|[UỦỶ]Y BAN KIỂM TRA|BAN THƯỜNG VỤ)/u.exec(
    name.normalize('NFC').trim().toLocaleUpperCase('vi'),
  );
  return m?.[1] ?? name.trim();
}

/** Signing authorities that fit the body: T/M of the committee, K/T of its head, Q. for an acting head. */
export function authoritySuggestions(kind: BodyKind, name: string): Pick<Signature, 'authority' | 'authorityOf' | 'title'>[] {
  const collective = collectiveOf(name);
  if (kind === 'van-phong' || kind === 'ban-dang') {
    return [
      { authority: 'none', authorityOf: '', title: kind === 'van-phong' ? 'CHÁNH VĂN PHÒNG' : 'TRƯỞNG BAN' },
      {
        authority: 'K/T',
        authorityOf: kind === 'van-phong' ? 'CHÁNH VĂN PHÒNG' : 'TRƯỞNG BAN',
        title: kind === 'van-phong' ? 'PHÓ CHÁNH VĂN PHÒNG' : 'PHÓ TRƯỞNG BAN',
      },
    ];
  }
  const head = 'BÍ THƯ';
  return [
    { authority: 'T/M', authorityOf: collective, title: head },
    { authority: 'T/M', authorityOf: collective, title: `PHÓ ${head}` },
    { authority: 'T/M', authorityOf: 'BAN THƯỜNG VỤ', title: head },
    { authority: 'Q.', authorityOf: head, title: `PHÓ ${head}` },
  ];
}
