/** Files imported as text by Vite (`?raw`): the spelling dictionary's .aff and .dic. */
declare module '*?raw' {
  const text: string;
  export default text;
}

/** nspell (Hunspell-compatible checker; CommonJS, no types of its own): the part the editor uses. */
declare module 'nspell' {
  type NSpell = {
    correct(word: string): boolean;
    suggest(word: string): string[];
    add(word: string): NSpell;
  };
  function nspell(aff: string, dic: string): NSpell;
  export default nspell;
}
