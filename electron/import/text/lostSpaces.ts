import { formatNumberVi } from '../../format/numbers.ts';

/**
 * Spaces lost between Vietnamese syllables, as text layers of digitally signed PDFs and some
 * conversions give them ("Tổng sốhồsơ", "chuyển đổi sốđang"). Vietnamese writes every syllable
 * apart, and a syllable has one vowel group; so a word of letters holding two or more vowel
 * groups, with a Vietnamese letter (a diacritic or đ) somewhere, is several syllables run
 * together. It is split where it divides into valid syllables (onset, vowels, final consonant,
 * spelling rules, at most one tone mark each) in one best way; a word that divides no way, or in
 * two equally good ways, is left as it is, and so is any word without a Vietnamese letter
 * (online, Internet). Pure.
 */

const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx]|)([aăâeêioôơuưy]{1,3})(ch|ng|nh|[cmnpt]|)$/u;
/** The vowels a Vietnamese syllable may have (tone marks aside). */
const NUCLEI = new Set(
  'a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iêu iu oa oă oe oi ôi ơi oai oao oay oeo ua uâ uây uê ui uô uôi uơ uy uya uyê uyu ưa ưi ươ ươi ươu ưu yê yêu oo'.split(
    ' ',
  ),
);
/** Vowels that never end a syllable: "đượ" or "tâ" is no syllable. */
const NEEDS_FINAL = new Set(['ă', 'â', 'iê', 'yê', 'uô', 'ươ', 'uyê', 'uâ', 'oă']);
/** Spelling rules of the onset before the vowel (c/k, g/gh, ng/ngh): "cem" or "ngi" is no syllable. */
const FRONT_VOWEL = /^[eêiy]/u;
const onsetFits = (onset: string, nucleus: string): boolean => {
  const front = FRONT_VOWEL.test(nucleus);
  if (onset === 'k' || onset === 'gh' || onset === 'ngh') return front;
  if (onset === 'c' || onset === 'ng') return !front;
  if (onset === 'g') return !/^[eê]/u.test(nucleus);
  return true;
};
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const VOWEL_GROUP = /[aăâeêioôơuưy]+/gu;
/** Letters written with a diacritic, or đ: the word is Vietnamese. */
const VIETNAMESE_LETTER = /[đĐ]|[^\p{ASCII}]/u;

const baseChars = new Map<string, string>();

/** Lower case without tone marks (the vowel's own marks kept: ă, ơ …), one character for each character of `word` (NFC). */
function baseOf(word: string): string {
  let out = '';
  for (const c of word) {
    let base = baseChars.get(c);
    if (base === undefined) {
      base = c.toLowerCase().normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');
      baseChars.set(c, base);
    }
    out += base;
  }
  return out;
}

const isVowel = (c: string | undefined): boolean => c !== undefined && /[aăâeêioôơuưy]/u.test(c);

/** Syllables already judged (a document repeats a few thousand): their final's length, or null. */
const judged = new Map<string, number | null>();
const MAX_JUDGED = 50_000;

/** The length of the syllable's final consonant, or null when `word` is no syllable. */
function syllableFinal(word: string, base: string): number | null {
  const known = judged.get(word);
  if (known !== undefined) return known;
  const m = SYLLABLE.exec(base);
  const [, onset = '', nucleus = '', final = ''] = m ?? [];
  const valid =
    m !== null &&
    NUCLEI.has(nucleus) &&
    onsetFits(onset, nucleus) &&
    !(final === '' && NEEDS_FINAL.has(nucleus)) &&
    (word.normalize('NFD').match(TONE_MARKS)?.length ?? 0) <= 1;
  if (judged.size < MAX_JUDGED) judged.set(word, valid ? final.length : null);
  return valid ? final.length : null;
}

type Step = { count: number; finals: number; ways: number; from: number };
const NONE: Step = { count: Infinity, finals: Infinity, ways: 0, from: -1 };

/**
 * The one best division of `word` into syllables, or null (none, or a tie): fewest syllables,
 * then consonants at the start of a syllable rather than at the end of the one before
 * (bố|trí, not bốt|rí; chỉ|tiêu, not chỉt|iêu).
 */
function divide(word: string): string[] | null {
  const chars = [...word];
  const base = baseOf(word);
  const n = chars.length;
  const best: Step[] = [{ count: 0, finals: 0, ways: 1, from: -1 }];
  for (let end = 1; end <= n; end++) {
    let entry = NONE;
    for (let start = Math.max(0, end - 7); start < end; start++) {
      const before = best[start] ?? NONE;
      // A lost space between two vowels would leave one vowel group: never divide there (Chamaléa).
      if (before.ways === 0 || (start > 0 && isVowel(base[start - 1]) && isVowel(base[start]))) continue;
      const final = syllableFinal(chars.slice(start, end).join(''), base.slice(start, end));
      if (final === null) continue;
      const count = before.count + 1;
      const finals = before.finals + final;
      if (count < entry.count || (count === entry.count && finals < entry.finals)) {
        entry = { count, finals, ways: before.ways, from: start };
      } else if (count === entry.count && finals === entry.finals) entry = { ...entry, ways: entry.ways + before.ways };
    }
    best.push(entry);
  }
  const last = best[n] ?? NONE;
  if (last.ways !== 1) return null;
  const parts: string[] = [];
  for (let end = n; end > 0;) {
    const from = best[end]?.from ?? 0;
    parts.unshift(chars.slice(from, end).join(''));
    end = from;
  }
  return parts;
}

const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);

/** Longer runs of letters are no run-together syllables (a hostile or binary input): left as they are. */
const MAX_WORD = 64;

/** Words divided in one text at most: a real document has a few thousand; a hostile one is not worth seconds. */
const MAX_DIVIDED = 20_000;

/** `text` with the lost spaces put back, and how many were. */
export function restoreLostSpaces(text: string): { text: string; restored: number } {
  let restored = 0;
  let divided = 0;
  // At most MAX_WORD + 1 letters a match (a bounded pattern cannot overflow the stack on a huge word); a match with a letter beside it is part of a longer run.
  const out = text.replace(/\p{L}{4,65}/gu, (word: string, at: number) => {
    if (word.length > MAX_WORD || isLetter(text[at - 1]) || isLetter(text[at + word.length])) return word;
    if (!VIETNAMESE_LETTER.test(word) || (baseOf(word).match(VOWEL_GROUP)?.length ?? 0) < 2) return word;
    if (divided >= MAX_DIVIDED) return word;
    divided += 1;
    const parts = divide(word);
    if (!parts || parts.length < 2) return word;
    restored += parts.length - 1;
    return parts.join(' ');
  });
  return { text: out, restored };
}

/** The review note when spaces were put back. */
export function lostSpacesNote(restored: number): string {
  return `Đã thêm ${formatNumberVi(restored)} khoảng trắng bị mất giữa các chữ (thường gặp ở chữ trích từ PDF ký số, ví dụ "sốhồsơ" thành "số hồ sơ"); hãy soát lại các tên riêng.`;
}
