/**
 * Vietnamese typed in the pre-Unicode fonts that archives are full of: TCVN3 (ABC; fonts
 * ".VnTime", ".VnArial", capitals in ".VnTimeH") and VNI ("VNI-Times"). Their bytes read as
 * Windows-1252 letters ("§¶ng", "Ñaûng" for "Đảng"); these tables turn them back into Unicode.
 * Pure.
 */

export type LegacyEncoding = 'tcvn3' | 'vni';

/** TCVN3 (TCVN 5712:1993, VN3): one byte per letter, tone and shape included. */
const TCVN3: Record<string, string> = {
  '¸': 'á',
  µ: 'à',
  '¶': 'ả',
  '·': 'ã',
  '¹': 'ạ',
  '¨': 'ă',
  '¾': 'ắ',
  '»': 'ằ',
  '¼': 'ẳ',
  '½': 'ẵ',
  Æ: 'ặ',
  '©': 'â',
  Ê: 'ấ',
  Ç: 'ầ',
  È: 'ẩ',
  É: 'ẫ',
  Ë: 'ậ',
  Ð: 'é',
  Ì: 'è',
  Î: 'ẻ',
  Ï: 'ẽ',
  Ñ: 'ẹ',
  ª: 'ê',
  Õ: 'ế',
  Ò: 'ề',
  Ó: 'ể',
  Ô: 'ễ',
  Ö: 'ệ',
  Ý: 'í',
  '×': 'ì',
  Ø: 'ỉ',
  Ü: 'ĩ',
  Þ: 'ị',
  ã: 'ó',
  ß: 'ò',
  á: 'ỏ',
  â: 'õ',
  ä: 'ọ',
  '«': 'ô',
  è: 'ố',
  å: 'ồ',
  æ: 'ổ',
  ç: 'ỗ',
  é: 'ộ',
  '¬': 'ơ',
  í: 'ớ',
  ê: 'ờ',
  ë: 'ở',
  ì: 'ỡ',
  î: 'ợ',
  ó: 'ú',
  ï: 'ù',
  ñ: 'ủ',
  ò: 'ũ',
  ô: 'ụ',
  '\u00ad': 'ư',
  ø: 'ứ',
  õ: 'ừ',
  ö: 'ử',
  '÷': 'ữ',
  ù: 'ự',
  ý: 'ý',
  ú: 'ỳ',
  û: 'ỷ',
  ü: 'ỹ',
  þ: 'ỵ',
  '®': 'đ',
  '¡': 'Ă',
  '¢': 'Â',
  '£': 'Ê',
  '¤': 'Ô',
  '¥': 'Ơ',
  '¦': 'Ư',
  '§': 'Đ',
};

/** VNI: a base letter followed by a mark byte (lower- and upper-case marks). */
const VNI_MARKS: Record<string, string> = {
  ù: '\u0301',
  ø: '\u0300',
  û: '\u0309',
  õ: '\u0303',
  ï: '\u0323',
  â: '\u0302',
  á: '\u0302\u0301',
  à: '\u0302\u0300',
  å: '\u0302\u0309',
  ã: '\u0302\u0303',
  ä: '\u0302\u0323',
  ê: '\u0306',
  é: '\u0306\u0301',
  è: '\u0306\u0300',
  ú: '\u0306\u0309',
  ü: '\u0306\u0303',
  ë: '\u0306\u0323',
  Ù: '\u0301',
  Ø: '\u0300',
  Û: '\u0309',
  Õ: '\u0303',
  Ï: '\u0323',
  Â: '\u0302',
  Á: '\u0302\u0301',
  À: '\u0302\u0300',
  Å: '\u0302\u0309',
  Ã: '\u0302\u0303',
  Ä: '\u0302\u0323',
  Ê: '\u0306',
  É: '\u0306\u0301',
  È: '\u0306\u0300',
  Ú: '\u0306\u0309',
  Ü: '\u0306\u0303',
  Ë: '\u0306\u0323',
};
/** VNI letters of their own: the i's, ơ, ư, ỵ, đ. */
const VNI_SINGLE: Record<string, string> = {
  í: 'í',
  ì: 'ì',
  æ: 'ỉ',
  ó: 'ĩ',
  ò: 'ị',
  ô: 'ơ',
  ö: 'ư',
  î: 'ỵ',
  ñ: 'đ',
  Í: 'Í',
  Ì: 'Ì',
  Æ: 'Ỉ',
  Ó: 'Ĩ',
  Ò: 'Ị',
  Ô: 'Ơ',
  Ö: 'Ư',
  Î: 'Ỵ',
  Ñ: 'Đ',
};
const TONES = new Set(['ù', 'ø', 'û', 'õ', 'ï', 'Ù', 'Ø', 'Û', 'Õ', 'Ï']);

export function convertTcvn3(text: string, capitals = false): string {
  let out = '';
  for (const ch of text) out += TCVN3[ch] ?? ch;
  return capitals ? out.toLocaleUpperCase('vi') : out;
}

export function convertVni(text: string): string {
  let out = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    const next = chars[i + 1] ?? '';
    if (/[aeouyAEOUY]/u.test(ch) && VNI_MARKS[next] !== undefined) {
      // "â"/"ê" marks shape only a, e, o (circumflex) and a (breve); a tone fits any vowel.
      const mark = VNI_MARKS[next];
      if (TONES.has(next) || (/[aeoAEO]/u.test(ch) && mark.startsWith('\u0302')) || (/[aA]/u.test(ch) && mark.startsWith('\u0306'))) {
        out += (ch + mark).normalize('NFC');
        i += 1;
        continue;
      }
    }
    const single = VNI_SINGLE[ch];
    if (single !== undefined) {
      if (/[ơưƠƯ]/u.test(single) && TONES.has(next)) {
        out += (single + (VNI_MARKS[next] ?? '')).normalize('NFC');
        i += 1;
      } else out += single;
      continue;
    }
    out += ch;
  }
  return out;
}

/** Letters only Unicode Vietnamese has (ă ơ ư đ and the toned vowels of U+1EA0–U+1EF9). */
const UNICODE_VI = /[ăâđêôơưĂÂĐÊÔƠƯ\u1EA0-\u1EF9]/gu;
const TCVN3_SIGNS = /[µ¸¶·¹¨©ª«¬®§\u00ad]/gu;
const VNI_SIGNS = /[aeouyAEOUY][ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË]|[ñÑ]/gu;

/** Which legacy encoding a text is in, if it clearly is one (no Unicode Vietnamese, many of its signs). */
export function detectLegacy(text: string): LegacyEncoding | null {
  const sample = text.slice(0, 200_000);
  const unicode = (sample.match(UNICODE_VI) ?? []).length;
  const tcvn = (sample.match(TCVN3_SIGNS) ?? []).length;
  const vni = (sample.match(VNI_SIGNS) ?? []).length;
  const words = Math.max(1, sample.split(/\s+/u).length);
  const best = Math.max(tcvn, vni);
  if (best < 3 || best < words * 0.03 || unicode > best / 4) return null;
  return tcvn >= vni ? 'tcvn3' : 'vni';
}

const names: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3 (ABC, phông .VnTime)', vni: 'VNI (phông VNI-Times)' };

/** The text in Unicode when it was typed in a legacy encoding, with a note for the review. */
export function fromLegacyVietnamese(text: string): { text: string; encoding: LegacyEncoding | null; note: string | null } {
  const encoding = detectLegacy(text);
  if (!encoding) return { text, encoding: null, note: null };
  const converted = (encoding === 'tcvn3' ? convertTcvn3(text) : convertVni(text)).normalize('NFC');
  return {
    text: converted,
    encoding,
    note: `Văn bản gõ bằng bảng mã ${names[encoding]}: đã chuyển sang Unicode; hãy soát lại chữ có dấu.`,
  };
}

/** The font a run is typed in says its encoding: ".VnTime" / ".VnTimeH" (capitals) are TCVN3, "VNI-…" is VNI. */
export function legacyOfFont(font: string | null | undefined): { encoding: LegacyEncoding; capitals: boolean } | null {
  if (!font) return null;
  const f = font.trim();
  if (/^\.?vn/iu.test(f) && !/^vni/iu.test(f)) return { encoding: 'tcvn3', capitals: /h$/iu.test(f) };
  if (/^vni[-\s]/iu.test(f)) return { encoding: 'vni', capitals: false };
  return null;
}
