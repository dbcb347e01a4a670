/** The spell-checker's pure part: which words a text has, and the tone variants suggested for a word. */

/** The words of a text worth checking: letters only (Vietnamese with its marks), two or more, NFC; with where each starts. */
export function wordsOf(text: string): { word: string; index: number; length: number }[] {
  const out: { word: string; index: number; length: number }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    if (m[0].length >= 2) out.push({ word: m[0].normalize('NFC'), index: m.index, length: m[0].length });
  }
  return out;
}

/** Tone marks (combining): huyền, sắc, ngã, hỏi, nặng. */
const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/gu;

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

/** The word with its tone mark on each other vowel (khóa / khoá, thủy / thuỷ: both placements are written). */
export function tonePlacements(word: string): string[] {
  const nfd = word.normalize('NFD');
  const tone = nfd.match(TONE)?.[0];
  if (!tone) return [];
  const bare = nfd.replace(TONE, '');
  const out: string[] = [];
  for (const m of bare.matchAll(/[aeiouyAEIOUY][\u0302\u0306\u031b]?/gu)) {
    const end = m.index + m[0].length;
    out.push(`${bare.slice(0, end)}${tone}${bare.slice(end)}`.normalize('NFC'));
  }
  return out.filter((w) => w !== word.normalize('NFC'));
}
