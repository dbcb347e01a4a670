/**
 * Units that Vietnamese party and government plans write after a figure, in a sentence
 * ("Bê tông hóa thêm 1,2 km đường giao thông") or in a targets table's "ĐƠN VỊ TÍNH" column.
 * One home for the list: the target value reader (`targetValue.ts`) and the importer's table
 * rebuilder (`import/layout/units.ts`) both read it. Pure.
 *
 * A measure ("km", "ha", "tỷ đồng", "%") is not part of the indicator's name: the words after it
 * name what is measured ("1,2 km đường …" -> "đường …"). A counted noun ("xã", "hộ", "trường")
 * is what is counted and stays in the name too ("02 xã đạt chuẩn" -> "xã đạt chuẩn").
 */

const MEASURES = [
  '%',
  '‰',
  'tỷ đồng',
  'tỉ đồng',
  'triệu đồng',
  'nghìn đồng',
  'ngàn đồng',
  'đồng',
  'triệu USD',
  'tỷ USD',
  'USD',
  'ha',
  'héc ta',
  'hecta',
  'km',
  'km²',
  'km2',
  'm',
  'm²',
  'm2',
  'm³',
  'm3',
  'tấn',
  'tạ',
  'kg',
  'tạ/ha',
  'tấn/ha',
  'kWh',
  'MW',
  'lít',
  'lượt',
  'lượt người',
  'lượt khách',
];

const COUNTED = [
  'lao động',
  'người',
  'hộ',
  'hộ gia đình',
  'xã',
  'phường',
  'thị trấn',
  'xã, thị trấn',
  'thôn',
  'ấp',
  'bản',
  'tổ dân phố',
  'đơn vị',
  'trường',
  'trường học',
  'lớp',
  'học sinh',
  'bác sĩ',
  'bác sỹ',
  'giường bệnh',
  'giường',
  'trạm',
  'cơ sở',
  'doanh nghiệp',
  'hợp tác xã',
  'công trình',
  'dự án',
  'con',
  'cái',
  'chiếc',
  'căn',
  'căn nhà',
  'nhà',
  'thuê bao',
  'đảng viên',
  'tổ chức',
  'tổ chức đảng',
  'chi bộ',
  'đảng bộ',
  'hội viên',
  'đoàn viên',
  'cuộc',
  'vụ',
  'lần',
  'hồ sơ',
  'thủ tục',
  'sản phẩm',
  'mô hình',
  'câu lạc bộ',
];

/** Every unit, as written (the importer matches them at the end of a flattened table row). */
export const COMMON_UNITS: readonly string[] = [...MEASURES, ...COUNTED];

/** A unit as compared: NFC, lower case, single spaces ("Tỷ  đồng" -> "tỷ đồng"). */
export const foldUnit = (s: string): string => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
const MEASURE_SET = new Set(MEASURES.map(foldUnit));
/** Longest first, so that "tỷ đồng" wins over "đồng" and "km²" over "km". */
const BY_LENGTH = COMMON_UNITS.map(foldUnit).sort((a, b) => b.length - a.length);

/** Whether `unit` is a measure ("km", "tỷ đồng/năm", "%"), not a counted noun. */
export function isMeasureUnit(unit: string): boolean {
  return MEASURE_SET.has(foldUnit(unit).split('/')[0]?.trim() ?? '');
}

/** "/người/năm", "/ha", "/1 vạn dân", "/10.000 dân", "/năm": what a unit is per. */
const PER = /^\s*\/\s*(?:\d[\d.,]*\s*)?(?:(?:vạn|nghìn|ngàn|triệu)\s+)?[\p{L}\d²³]+/u;

/**
 * The length of the unit that `lower` (lower-case text) starts with: the longest known unit
 * that ends at a word boundary, with what it is per ("triệu đồng/người/năm"); 0 when none.
 */
export function knownUnitLength(lower: string): number {
  for (const u of BY_LENGTH) {
    if (!lower.startsWith(u)) continue;
    const next = lower.charAt(u.length);
    if (/[\p{L}\p{N}²³]/u.test(next) && u !== '%' && u !== '‰') continue;
    let end = u.length;
    for (let per = PER.exec(lower.slice(end)); per; per = PER.exec(lower.slice(end))) end += per[0].length;
    return end;
  }
  return 0;
}
