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

let loading: Promise<Speller> | null = null;

/**
 * Loads the checker once, on first use (its code and dictionary are a chunk of their own, fetched
 * after the editor has opened, so the start is not slowed).
 */
export function loadSpeller(): Promise<Speller> {
  loading ??= (async () => {
    const [{ default: nspell }, { default: aff }, { default: dic }] = await Promise.all([
      import('nspell'),
      import('../../../../node_modules/dictionary-vi/index.aff?raw'),
      import('../../../../node_modules/dictionary-vi/index.dic?raw'),
    ]);
    const spell = nspell(aff, dic);
    // Hyphenated abbreviations (KT-XH) are checked part by part.
    for (const w of [...partyAbbreviations, ...partyWords]) for (const part of w.split('-')) spell.add(part);
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
  })();
  return loading;
}
