import type { IssuerCodes } from '../profileRules.ts';

/**
 * Issuer codes of the number ("Số 04-NQ/HU": HU) per kind of body, the one table of each guidance.
 * `pattern` is what the checker accepts, `usual` what the writer and the importer suggest.
 */

/** 36-HD/VPTW (2018) and practice: TU, HU, QU, ĐU, CB …; ThU seen for thành ủy/thị ủy (spec §6, L). */
export const issuerCodesHd36: IssuerCodes = {
  'tinh-uy': { pattern: '^TU$', usual: 'TU', historical: false },
  'thanh-uy': { pattern: '^(TU|ThU)$', usual: 'TU', historical: false },
  'thi-uy': { pattern: '^(TU|ThU)$', usual: 'TU', historical: false },
  'huyen-uy': { pattern: '^HU$', usual: 'HU', historical: false },
  'quan-uy': { pattern: '^QU$', usual: 'QU', historical: false },
  'dang-uy-xa': { pattern: '^ĐU$', usual: 'ĐU', historical: false },
  'dang-uy-phuong': { pattern: '^ĐU$', usual: 'ĐU', historical: false },
  'dang-uy-dac-khu': { pattern: '^ĐU$', usual: 'ĐU', historical: false },
  'dang-uy-co-quan': { pattern: '^ĐU$', usual: 'ĐU', historical: false },
  'dang-uy-khoi': { pattern: '^ĐU$', usual: 'ĐU', historical: false },
  'chi-bo': { pattern: '^CB$', usual: 'CB', historical: false },
  'uy-ban-kiem-tra': { pattern: '^UBKT\\p{Lu}*$', usual: 'UBKT', historical: false },
  'ban-dang': { pattern: '^B\\p{Lu}+$', usual: 'BTC', historical: false },
  'van-phong': { pattern: '^VP\\p{Lu}*$', usual: 'VP', historical: false },
};

/**
 * 05-HD/VPTW (2026): cấp ủy by initials (TU, ĐU …); fixed codes ĐU, CB, BTGDV (Ban Tuyên giáo và
 * Dân vận), BXDĐ (Ban Xây dựng Đảng), UBKT, ĐH; HU, QU, ĐĐ, BCSĐ only in historical documents.
 */
export const issuerCodesHd05: IssuerCodes = {
  ...issuerCodesHd36,
  'thanh-uy': { pattern: '^TU$', usual: 'TU', historical: false },
  'thi-uy': { pattern: '^TU$', usual: 'TU', historical: true },
  'huyen-uy': { pattern: '^HU$', usual: 'HU', historical: true },
  'quan-uy': { pattern: '^QU$', usual: 'QU', historical: true },
  'ban-dang': { pattern: '^(B\\p{Lu}+|BTGDV|BXDĐ)$', usual: 'BXDĐ', historical: false },
};
