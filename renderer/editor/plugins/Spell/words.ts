/** The spell-checker's pure part: which words a text has, and the tone variants suggested for a word. */

/**
 * The words of a text worth checking: letters only (Vietnamese with its marks), two or more, NFC;
 * with where each starts. Letters written against a digit (km2, 110kV, 5G, H5N1) are no word, as
 * Word's "Ignore words that contain numbers".
 */
export function wordsOf(text: string): { word: string; index: number; length: number }[] {
  const out: { word: string; index: number; length: number }[] = [];
  // Runs of letters, marks and digits; a run with a digit in it is no word. (One pass: a
  // look-behind and look-ahead at every position cost twice as much on a long paragraph.)
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    if (m[0].length >= 2 && !DIGIT.test(m[0])) out.push({ word: m[0].normalize('NFC'), index: m.index, length: m[0].length });
  }
  return out;
}

const DIGIT = /\p{N}/u;

/** Tone marks (combining): huyền, sắc, ngã, hỏi, nặng. */
const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const TONE_ONLY = /^[\u0300\u0301\u0303\u0309\u0323]$/u;

/** The word without its tone mark, and with each tone on each of its vowels. */
export function toneVariants(word: string): string[] {
  const bare = word.normalize('NFD').replace(TONE, '');
  const out = [bare.normalize('NFC')];
  for (const m of bare.matchAll(/[aeiouyAEIOUY][\u0302\u0306\u031b]?/gu)) {
    const end = m.index + m[0].length;
    for (const tone of TONES) out.push(`${bare.slice(0, end)}${tone}${bare.slice(end)}`.normalize('NFC'));
  }
  return out.filter((w) => w !== word.normalize('NFC'));
}

/**
 * The word with its tone mark on the other vowel where both placements are written: an open
 * syllable ending in oa, oe or uy (hoà / hòa, khoẻ / khỏe, thuỷ / thủy), the old and the new
 * style. Nowhere else: "qủa", "gìa", "ngưòi" or "hòang" are misspellings, not variants. Not after
 * q, where the u belongs to the onset (quà, quý).
 */
export function tonePlacements(word: string): string[] {
  const m = /^([^\p{M}aeiouy]*)([ou])(\p{M}?)([aey])(\p{M}?)$/iu.exec(word.normalize('NFD'));
  if (!m) return [];
  const [, onset = '', first = '', toneOnFirst = '', second = '', toneOnSecond = ''] = m;
  const tone = toneOnFirst || toneOnSecond;
  const marksOk = [toneOnFirst, toneOnSecond].every((t) => t === '' || TONE_ONLY.test(t));
  if (
    !tone ||
    !marksOk ||
    (toneOnFirst && toneOnSecond) ||
    /q$/iu.test(onset) ||
    !['oa', 'oe', 'uy'].includes(`${first}${second}`.toLowerCase())
  ) {
    return [];
  }
  const moved = toneOnFirst ? `${onset}${first}${second}${tone}` : `${onset}${first}${tone}${second}`;
  return [moved.normalize('NFC')];
}

/**
 * The other spelling of a syllable of h, k, l, m, s or t and a lone i or y (sĩ / sỹ, kĩ / kỹ,
 * lí / lý, hi / hy, tỉ / tỷ): both are written, y by tradition and i since the 1984 rules
 * (dictionary-vi itself lists kĩ and kỹ, lí and lý, but not sỹ). No other syllable has the choice
 * ("chỵ", "thy" are misspellings); null for them.
 */
export function iyVariant(word: string): string | null {
  const m = /^([hklmst])([iy])([\u0300\u0301\u0303\u0309\u0323]?)$/u.exec(word.normalize('NFD'));
  if (!m) return null;
  return `${m[1]}${m[2] === 'i' ? 'y' : 'i'}${m[3]}`.normalize('NFC');
}
