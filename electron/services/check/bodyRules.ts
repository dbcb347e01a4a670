import type { BodyKind } from '../../contract/model/parts.ts';

/** Bodies that lead collectively (cấp ủy, ủy ban kiểm tra): they sign T/M, never K/T. */
const collectiveKinds: ReadonlySet<BodyKind> = new Set([
  'tinh-uy',
  'thanh-uy',
  'huyen-uy',
  'quan-uy',
  'thi-uy',
  'dang-uy-xa',
  'dang-uy-phuong',
  'dang-uy-dac-khu',
  'dang-uy-co-quan',
  'dang-uy-khoi',
  'chi-bo',
  'uy-ban-kiem-tra',
]);

export function isCollective(kind: BodyKind): boolean {
  return collectiveKinds.has(kind);
}

/** Issuer codes seen for each kind of body (36-HD/VPTW and common practice). */
const issuerCodes: Record<BodyKind, RegExp> = {
  'tinh-uy': /^TU$/,
  'thanh-uy': /^(TU|ThU)$/,
  'thi-uy': /^(TU|ThU)$/,
  'huyen-uy': /^HU$/,
  'quan-uy': /^QU$/,
  'dang-uy-xa': /^ĐU$/,
  'dang-uy-phuong': /^ĐU$/,
  'dang-uy-dac-khu': /^ĐU$/,
  'dang-uy-co-quan': /^ĐU$/,
  'dang-uy-khoi': /^ĐU$/,
  'chi-bo': /^CB$/,
  'uy-ban-kiem-tra': /^UBKT\p{Lu}*$/u,
  'ban-dang': /^B\p{Lu}+$/u,
  'van-phong': /^VP\p{Lu}*$/u,
};

export function issuerCodeFits(kind: BodyKind, code: string): boolean {
  return issuerCodes[kind].test(code);
}

export const expectedIssuerHint: Record<BodyKind, string> = {
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
  'uy-ban-kiem-tra': 'UBKTTU, UBKTHU…',
  'ban-dang': 'BTCTU, BTGHU…',
  'van-phong': 'VPTU, VPHU…',
};

/** Type codes of Party documents (36-HD/VPTW; QĐ for both Quyết định and Quy định). */
export const typeCodes: Record<string, string> = {
  'NGHỊ QUYẾT': 'NQ',
  'QUYẾT ĐỊNH': 'QĐ',
  'QUY ĐỊNH': 'QĐ',
  'CHỈ THỊ': 'CT',
  'KẾT LUẬN': 'KL',
  'QUY CHẾ': 'QC',
  'HƯỚNG DẪN': 'HD',
  'THÔNG BÁO': 'TB',
  'BÁO CÁO': 'BC',
  'KẾ HOẠCH': 'KH',
  'CHƯƠNG TRÌNH': 'CTr',
  'THÔNG TRI': 'TT',
  'TỜ TRÌNH': 'TTr',
  'ĐỀ ÁN': 'ĐA',
  'PHƯƠNG ÁN': 'PA',
  'BIÊN BẢN': 'BB',
};
