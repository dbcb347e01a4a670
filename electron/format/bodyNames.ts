import { foldText } from './fold.ts';
import type { BodyKind } from '../contract/model/parts.ts';

/**
 * Names of party bodies as written in running text. The header prints them in capitals
 * ("HUYỆN ỦY ĐỨC TRỌNG"); the body, the appendix note and the recipients list write
 * "Huyện ủy Đức Trọng": the words naming the kind of body keep only their first capital
 * (with the capitals usage fixes: "Ban Chấp hành", "Ủy ban Kiểm tra", "Đảng"), levels stay
 * lower case ("xã", "huyện", "thôn"), place names take a capital on every syllable, and
 * abbreviations stay as they are ("UBND", "THPT").
 */

/** NFC and upper case with Vietnamese rules. */
export function vietnameseUpper(s: string): string {
  return s.normalize('NFC').toLocaleUpperCase('vi');
}

/** NFC and lower case with Vietnamese rules. */
export function vietnameseLower(s: string): string {
  return s.normalize('NFC').toLocaleLowerCase('vi');
}

/** What follows a phrase: a place name ("Đức Trọng"), or common words that depend on the body's kind. */
type Then = 'place' | 'common' | 'kind';
type Phrase = { words: string[]; caps: boolean[]; then: Then };

/** "1" marks a syllable that takes a capital; the phrase is written with the new tone placement ("ủy"). */
const phraseTable: ReadonlyArray<[string, string, Then]> = [
  ['tỉnh ủy', '10', 'place'],
  ['thành ủy', '10', 'place'],
  ['huyện ủy', '10', 'place'],
  ['quận ủy', '10', 'place'],
  ['thị ủy', '10', 'place'],
  ['đặc khu ủy', '100', 'place'],
  ['đảng ủy khối', '101', 'common'],
  ['đảng ủy', '10', 'kind'],
  ['đảng bộ', '10', 'kind'],
  ['chi bộ', '10', 'kind'],
  ['ban chấp hành', '110', 'kind'],
  ['ban thường vụ', '110', 'kind'],
  ['ủy ban kiểm tra', '1010', 'kind'],
  ['ban tuyên giáo và dân vận', '110010', 'kind'],
  ['ban tuyên giáo', '110', 'kind'],
  ['ban tổ chức', '110', 'kind'],
  ['ban dân vận', '110', 'kind'],
  ['ban nội chính', '110', 'kind'],
  ['ban kinh tế', '110', 'kind'],
  ['văn phòng', '10', 'kind'],
  ['trung ương', '11', 'common'],
  ['ủy ban nhân dân', '1000', 'common'],
  ['hội đồng nhân dân', '1000', 'common'],
  ['mặt trận tổ quốc', '1010', 'common'],
  ['bộ chỉ huy quân sự', '10010', 'common'],
  ['quân sự', '10', 'common'],
  ['công an', '10', 'common'],
  ['thành phố hồ chí minh', '10111', 'common'],
  ['đảng', '1', 'common'],
];

const phrases: Phrase[] = phraseTable
  .map(([text, caps, then]) => ({ words: text.split(' '), caps: [...caps].map((c) => c === '1'), then }))
  .sort((a, b) => b.words.length - a.words.length);

/** Territorial levels: a place name follows ("xã Tân Hội", "thôn 3"). */
const levels = [
  'tổ dân phố',
  'thành phố',
  'thị xã',
  'thị trấn',
  'khu phố',
  'đặc khu',
  'xã',
  'phường',
  'huyện',
  'tỉnh',
  'quận',
  'thôn',
  'ấp',
  'bản',
  'buôn',
  'làng',
  'tổ',
].map((l) => l.split(' '));
/** Words that stay lower case and do not change what follows. */
const linkWords = ['cơ quan', 'doanh nghiệp', 'các', 'và', 'của'].map((l) => l.split(' '));

/** Bodies whose name continues with common words rather than a place ("Đảng ủy cơ quan dân chính Đảng"). */
const agencyKinds: ReadonlySet<BodyKind> = new Set(['dang-uy-co-quan', 'dang-uy-khoi', 'ban-dang', 'van-phong', 'uy-ban-kiem-tra']);

/** Old and new tone placement compare equal: "uỷ" = "ủy", "hoà" = "hòa". */
function matchKey(word: string): string {
  const tone: Record<string, string> = { '\u0300': '', '\u0301': '', '\u0303': '', '\u0309': '', '\u0323': '' };
  const nfd = word.normalize('NFD');
  const marks = [...nfd].filter((c) => c in tone).join('');
  const bare = [...nfd].filter((c) => !(c in tone)).join('');
  return `${bare.normalize('NFC')}${marks}`;
}

function matchesAt(tokens: readonly string[], i: number, words: readonly string[]): boolean {
  return words.every((w, k) => tokens[i + k] !== undefined && matchKey(tokens[i + k] ?? '') === matchKey(w));
}

const initialCap = (w: string): string => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);

/** Capital on every part of a syllable joined by "-": "phan rang-tháp chàm" -> "Phan Rang-Tháp Chàm". */
const titleWord = (w: string): string => w.split('-').map(initialCap).join('-');

/** "UBND", "HĐND", "THPT": a word in capitals that cannot be one Vietnamese syllable. */
function isAbbreviation(original: string): boolean {
  if (!/^\p{Lu}{2,}$/u.test(original)) return false;
  const bare = foldText(original);
  return !/^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/.test(bare);
}

/**
 * The issuing body as written in running text: "HUYỆN ỦY ĐỨC TRỌNG" -> "Huyện ủy Đức Trọng",
 * "ĐẢNG ỦY XÃ TÂN HỘI" -> "Đảng ủy xã Tân Hội", "HUYỆN UỶ NHƠN TRẠCH" -> "Huyện uỷ Nhơn Trạch"
 * (the spelling of "uỷ" is kept). `bodyKind` decides how unknown words after the kind words are
 * read: a place name for territorial bodies, common words for agencies and offices
 * ("Đảng ủy cơ quan dân chính Đảng huyện").
 * Not handled: proper names that are not places (a school, a company) get a capital on every
 * syllable ("Chi bộ Trường Tiểu Học ..."); ethnic-minority names keep only the first capital
 * of each word ("M'rông").
 */
export function bodyNameInText(issuingBody: string, bodyKind: BodyKind): string {
  const originals = issuingBody.normalize('NFC').replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const tokens = originals.map(vietnameseLower);
  const afterKind: Then = agencyKinds.has(bodyKind) ? 'common' : 'place';
  const out: string[] = [];
  let mode: 'place' | 'common' = 'place';
  for (let i = 0; i < tokens.length;) {
    const phrase = phrases.find((p) => matchesAt(tokens, i, p.words));
    if (phrase) {
      phrase.words.forEach((_, k) => {
        const word = tokens[i + k] ?? '';
        out.push(phrase.caps[k] ? initialCap(word) : word);
      });
      i += phrase.words.length;
      mode = phrase.then === 'kind' ? afterKind : phrase.then;
      continue;
    }
    const level = levels.find((l) => matchesAt(tokens, i, l));
    const link = level ? undefined : linkWords.find((l) => matchesAt(tokens, i, l));
    if (level || link) {
      const n = (level ?? link ?? []).length;
      out.push(...tokens.slice(i, i + n));
      i += n;
      if (level) mode = 'place';
      continue;
    }
    const original = originals[i] ?? '';
    const word = tokens[i] ?? '';
    if (isAbbreviation(original) || /\d/.test(word)) out.push(original);
    else out.push(mode === 'place' ? titleWord(word) : word);
    i += 1;
  }
  const text = out.join(' ');
  return initialCap(text);
}

/**
 * Two names one after the other without repeating where they meet: "VĂN PHÒNG" + "ĐẢNG ỦY PHƯỜNG
 * AN HỘI" → "VĂN PHÒNG ĐẢNG ỦY PHƯỜNG AN HỘI", and an office named "VĂN PHÒNG ĐẢNG UỶ" gives the
 * same, not "VĂN PHÒNG ĐẢNG UỶ ĐẢNG ỦY …" (words compared without marks or case: uỷ/ủy alike).
 */
export function joinNames(first: string, second: string): string {
  const a = first.trim().split(/\s+/u).filter(Boolean);
  const b = second.trim().split(/\s+/u).filter(Boolean);
  for (let n = Math.min(a.length, b.length); n > 0; n--) {
    if (foldText(a.slice(-n).join(' ')) === foldText(b.slice(0, n).join(' '))) return [...a, ...b.slice(n)].join(' ');
  }
  return [...a, ...b].join(' ');
}
