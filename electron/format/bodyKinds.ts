import type { BodyKind, Signature } from '../contract/model/parts.ts';
import { usualIssuerCode } from './partyRules.ts';
import { listProfiles } from './profiles/index.ts';

/**
 * What the kind of an issuing body suggests when an office sets itself up: the issuer code of its
 * numbers (the newest profile's table, `rules.issuerCodes`: 05-HD/VPTW cấp ủy by initials, ĐU for
 * every đảng uỷ, CB for a chi bộ; HU and QU only in historical documents) and the usual signing authorities.
 */
/** The usual issuer code of a kind of body ("ĐU" for a đảng uỷ xã); the office may change it. */
export function issuerCodeFor(kind: BodyKind): string {
  const latest = listProfiles().at(-1);
  return latest ? usualIssuerCode(latest, kind) : '';
}

/** Kinds that copy through an office of their own ("VĂN PHÒNG", "VPTU"); the others copy in their own name and code. */
const OWN_COPIER: ReadonlySet<BodyKind> = new Set(['chi-bo', 'ban-dang', 'van-phong']);

/**
 * The usual code of the office that makes a body's certified copies, in "Số 05-BS/VPTU": "VP" and
 * the issuer code for a cấp ủy or an ủy ban kiểm tra (VPTU, VPĐU), the body's own code for a chi bộ,
 * a ban or a văn phòng, which have no office of their own. The office may change it.
 */
export function officeCodeFor(kind: BodyKind): string {
  const code = issuerCodeFor(kind);
  return OWN_COPIER.has(kind) ? code : `VP${code}`;
}

const PLACE_UNITS: Partial<Record<BodyKind, string>> = {
  'tinh-uy': 'Tỉnh',
  'thanh-uy': 'Thành phố',
  'huyen-uy': 'Huyện',
  'quan-uy': 'Quận',
  'thi-uy': 'Thị xã',
  'dang-uy-xa': 'Xã',
  'dang-uy-phuong': 'Phường',
  'dang-uy-dac-khu': 'Đặc khu',
};

/**
 * The unit type 05-HD puts before a place name of one syllable, or one named like a person or its
 * province ("Thành phố Huế", "Xã Ea", "Phường Phú Thọ"), for the kind of body; null when the kind
 * names no unit of its own (a đảng ủy cơ quan, a chi bộ: the place is their commune's or province's).
 */
export function placeUnitFor(kind: BodyKind): string | null {
  return PLACE_UNITS[kind] ?? null;
}

/** "ĐẢNG UỶ XÃ CÔNG HẢI" -> "ĐẢNG UỶ": the collective named in "T/M ĐẢNG UỶ" (the kind words before the place). */
export function collectiveOf(name: string): string {
  const m =
    /^(TỈNH (?:ỦY|UỶ|UY)|THÀNH (?:ỦY|UỶ|UY)|HUYỆN (?:ỦY|UỶ|UY)|QUẬN (?:ỦY|UỶ|UY)|THỊ (?:ỦY|UỶ|UY)|ĐẢNG (?:ỦY|UỶ|UY)|CHI BỘ|(?:ỦY|UỶ|UY) BAN KIỂM TRA|BAN THƯỜNG VỤ)/u.exec(
      name.normalize('NFC').trim().toLocaleUpperCase('vi'),
    );
  return m?.[1] ?? name.trim();
}

/**
 * Signing authorities that fit the body: T/M of the committee, K/T of its head, Q. for an acting head;
 * then, for a cấp ủy with its own Văn phòng, who signs its certified copies (sao y, sao lục, trích sao:
 * "T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG", "K/T CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG"), so that the
 * clerk's first copy finds its signer. A chi bộ has no Văn phòng.
 */
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
    ...(kind === 'chi-bo' ? [] : COPY_SIGNERS),
  ];
}

const COPY_SIGNERS: Pick<Signature, 'authority' | 'authorityOf' | 'title'>[] = [
  { authority: 'T/L', authorityOf: 'BAN THƯỜNG VỤ', title: 'CHÁNH VĂN PHÒNG' },
  { authority: 'K/T', authorityOf: 'CHÁNH VĂN PHÒNG', title: 'PHÓ CHÁNH VĂN PHÒNG' },
];
