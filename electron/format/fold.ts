/**
 * Folding for search: "Nông thôn mới" -> "nong thon moi", "Đức Trọng" -> "duc trong".
 * NFD, combining marks removed, đ/Đ -> d (NFD does not split đ), lower case. Done one code
 * point at a time so that every folded character knows where it came from in the original,
 * which lets a passage found in folded text be shown with its diacritics.
 */

/** The fold itself, of a character or of a whole text: NFD, combining marks removed, đ/Đ -> d, lower case. */
const foldAll = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

const cache = new Map<string, string>();

export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : ch;
  const known = cache.get(ch);
  if (known !== undefined) return known;
  const folded = foldAll(ch);
  if (cache.size < 10_000) cache.set(ch, folded);
  return folded;
}

export type FoldedText = {
  text: string;
  /** `origin[i]` is the index in the original of folded character i; `origin[text.length]` is the original's length. */
  origin: number[];
};

export function foldWithOrigin(source: string): FoldedText {
  const parts: string[] = [];
  const origin: number[] = [];
  let at = 0;
  for (const ch of source) {
    const folded = foldChar(ch);
    for (let k = 0; k < folded.length; k += 1) origin.push(at);
    parts.push(folded);
    at += ch.length;
  }
  origin.push(source.length);
  return { text: parts.join(''), origin };
}

/** A code unit's fold in FOLDS: not looked up yet, folded to nothing (a combining mark), or more than one code unit. */
const UNSEEN = 0;
const NOTHING = 0xfffe;
const SEVERAL = 0xffff;
/** The fold of each non-ASCII UTF-16 code unit, as foldChar gives it, filled in as the units are first met (128 KB). */
const FOLDS = new Uint16Array(0x10000);

function unitFold(unit: number): number {
  let fold: number;
  if (unit >= 0xd800 && unit <= 0xdfff) fold = SEVERAL;
  else {
    const folded = foldChar(String.fromCharCode(unit));
    const first = folded.charCodeAt(0);
    fold = folded.length === 0 ? NOTHING : folded.length === 1 && first !== UNSEEN && first < NOTHING ? first : SEVERAL;
  }
  FOLDS[unit] = fold;
  return fold;
}

/** Code units turned into a string a slice at a time (String.fromCharCode takes its arguments on the stack; spread is several times slower). */
function unitsToString(units: Uint16Array, length: number): string {
  const SLICE = 8192;
  let text = '';
  for (let at = 0; at < length; at += SLICE) {
    text += String.fromCharCode.apply(null, units.subarray(at, Math.min(length, at + SLICE)) as unknown as number[]);
  }
  return text;
}

/**
 * The folded text alone (indexing at every save, queries, comparisons): the same text as
 * foldWithOrigin, one code unit at a time through a table of each unit's fold (FOLDS), about four
 * times faster than normalising the whole string (26 → 6,6 ms for a 300-page resolution's 816.000
 * characters). A text with a character outside the Basic Multilingual Plane (a surrogate pair)
 * or one that folds to several code units is folded whole (wholeFold).
 */
export function foldText(source: string): string {
  const length = source.length;
  const out = new Uint16Array(length);
  let k = 0;
  for (let i = 0; i < length; i += 1) {
    const unit = source.charCodeAt(i);
    if (unit < 0x80) {
      out[k++] = unit >= 0x41 && unit <= 0x5a ? unit + 32 : unit;
      continue;
    }
    const fold = FOLDS[unit] || unitFold(unit);
    if (fold === NOTHING) continue;
    if (fold === SEVERAL) return wholeFold(source);
    out[k++] = fold;
  }
  return unitsToString(out, k);
}

/**
 * Folding the whole string at once: what foldText does with a character outside the Basic
 * Multilingual Plane or one that folds to several (a Hangul syllable). The same text as one code
 * point at a time, but for a Greek capital sigma, which lower-cases by its place in a word: such
 * a text goes one code point at a time.
 */
function wholeFold(source: string): string {
  return source.includes('Σ') ? foldWithOrigin(source).text : foldAll(source);
}
