import { partyAbbreviations, partyWords } from '../../../../electron/format/partyVocabulary.ts';
import { tonePlacements, toneVariants } from './words.ts';

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
 * The speller over a loaded Hunspell checker (in the editor, nspell with dictionary-vi; in the
 * tests and `test/tools/spellFigures.ts`, the same files read from node_modules): the party's
 * vocabulary added, and each word's verdict kept.
 */
export function makeSpeller(spell: Hunspell): Speller {
  const vocabulary = [...partyAbbreviations, ...partyWords];
  // Hyphenated abbreviations (KT-XH) are checked part by part.
  for (const w of vocabulary) for (const part of w.split('-')) spell.add(part);
  const known = new Map<string, boolean>();
  let added = 0;
  return {
    correct: (word) => {
      let ok = known.get(word);
      if (ok === undefined) {
        const lower = word.toLowerCase();
        ok = spell.correct(word) || spell.correct(lower) || tonePlacements(lower).some((w) => spell.correct(w));
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
