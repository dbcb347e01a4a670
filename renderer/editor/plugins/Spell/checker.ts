import { documentKindForms } from '../../../../electron/format/documentKinds.ts';
import { ethnicGroups, loanWords, partyAbbreviations, partyWords } from '../../../../electron/format/partyVocabulary.ts';
import { COMMON_UNITS } from '../../../../electron/format/units.ts';
import { iyVariant, tonePlacements, toneVariants, wordsOf } from './words.ts';

/** The spell-checker: Hunspell's Vietnamese dictionary (nspell + dictionary-vi), the party's vocabulary and the office's own words. */
export type Speller = {
  /** Whether a word (letters only, as written) is known. */
  correct: (word: string) => boolean;
  suggest: (word: string) => string[];
  add: (word: string) => void;
  /** How many words were added so far (what was checked before an addition is checked again). */
  words: () => number;
};

/** The part of nspell the speller uses. */
export type Hunspell = { correct: (word: string) => boolean; suggest: (word: string) => string[]; add: (word: string) => unknown };

/**
 * Syllables of standard Vietnamese missing from dictionary-vi (a list of 6,631 syllables): "nòng"
 * (nòng cốt, nòng súng, nòng nọc). Each is a word of the Từ điển tiếng Việt (Hoàng Phê) and a
 * well-formed syllable; the list only grows with such proof, never with a document's typo.
 */
export const DICTIONARY_GAPS: readonly string[] = ['nòng'];

/**
 * A word in capitals with no Vietnamese vowel mark: an abbreviation (DDCI, KPI, HIV, BXDĐ) or a
 * Roman numeral (Đại hội XIII, phần IV), which no dictionary lists; it is not checked, as Word's
 * "Ignore words in UPPERCASE" does. A capitalised word with a vowel mark (a title's "NGHỊ QUYÊT")
 * is Vietnamese and is checked.
 */
const ABBREVIATION = /^[A-ZĐ]{2,}$/u;

/**
 * The speller over a loaded Hunspell checker (in the editor, nspell with dictionary-vi; in the
 * tests and `test/tools/spellFigures.ts`, the same files read from node_modules): the party's
 * vocabulary and ethnic groups, the document kinds' type codes, the units of plans (format/units.ts), loanwords and
 * the dictionary's gaps added, and each word's verdict kept.
 */
export function makeSpeller(spell: Hunspell): Speller {
  const vocabulary = [
    ...partyAbbreviations,
    ...partyWords,
    ...loanWords,
    ...ethnicGroups.flatMap((g) => wordsOf(g).map((w) => w.word)),
    ...DICTIONARY_GAPS,
    ...documentKindForms.map((k) => k.typeCode),
    // Units after a figure (km, kg, kWh, USD; "tạ/ha" word by word).
    ...COMMON_UNITS.flatMap((u) => wordsOf(u).map((w) => w.word)),
  ];
  // Hyphenated abbreviations (KT-XH) are checked part by part.
  for (const w of vocabulary) for (const part of w.split('-')) spell.add(part);
  const known = new Map<string, boolean>();
  const inDictionary = (lower: string): boolean => spell.correct(lower) || tonePlacements(lower).some((w) => spell.correct(w));
  let added = 0;
  return {
    correct: (word) => {
      let ok = known.get(word);
      if (ok === undefined) {
        const lower = word.toLowerCase();
        const iy = iyVariant(lower);
        ok = ABBREVIATION.test(word) || spell.correct(word) || inDictionary(lower) || (iy !== null && inDictionary(iy));
        known.set(word, ok);
      }
      return ok;
    },
    // The usual slip in Vietnamese is a tone mark: the word with each tone on each vowel first, then Hunspell's.
    suggest: (word) => [...new Set([...toneVariants(word).filter((w) => spell.correct(w)), ...spell.suggest(word)])].slice(0, 6),
    add: (word) => {
      spell.add(word);
      known.clear();
      added += 1;
    },
    words: () => added,
  };
}
