import { makeSpeller, type Speller } from './checker.ts';

export type { Speller } from './checker.ts';

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
    return makeSpeller(nspell(aff, dic));
  })();
  return loading;
}
