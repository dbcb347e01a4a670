import type { CDPSession, Page } from 'playwright-core';

/** Marks a Telex user types after the base letter: the shape (â ă ê ô ơ ư), then the tone. */
const SHAPE_MARKS = /[\u0302\u0306\u031B]/u;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * What an input method shows while a word is being typed with Telex: the base letter first, then
 * the letter with its shape, then with its tone — "Việt" goes "V", "Vi", "Vie", "Viê", "Việ",
 * "Việt". Each state is the word so far.
 */
export function telexStates(word: string): string[] {
  const states: string[] = [];
  let done = '';
  for (const char of word.normalize('NFC')) {
    const decomposed = char.normalize('NFD');
    const base = char === 'đ' ? 'd' : char === 'Đ' ? 'D' : (decomposed[0] ?? char);
    const shaped = decomposed.replace(TONE_MARKS, '').normalize('NFC');
    const steps = [base];
    if (SHAPE_MARKS.test(decomposed) && shaped !== base) steps.push(shaped);
    if (!steps.includes(char)) steps.push(char);
    for (const step of steps) states.push(done + step);
    done += char;
  }
  return states;
}

export type ImeTyping = { compositionUpdates: number; words: number };

/**
 * Types `sentence` into the focused element the way a Vietnamese IME does, over the DevTools
 * protocol: for each word a composition that grows (Input.imeSetComposition), committed with
 * Input.insertText; spaces, digits and punctuation are plain committed text. Returns how many
 * words were composed and how many composition updates were sent.
 */
export async function typeWithIme(page: Page, sentence: string, cdp?: CDPSession): Promise<ImeTyping> {
  const session = cdp ?? (await page.context().newCDPSession(page));
  let compositionUpdates = 0;
  let words = 0;
  // Words, and what lies between them (spaces, digits, punctuation), which the IME passes through.
  for (const token of sentence.normalize('NFC').match(/[\p{L}\p{M}]+|[^\p{L}\p{M}]+/gu) ?? []) {
    if (/^\p{L}/u.test(token)) {
      for (const state of telexStates(token)) {
        await session.send('Input.imeSetComposition', { text: state, selectionStart: state.length, selectionEnd: state.length });
        compositionUpdates += 1;
      }
      words += 1;
    }
    await session.send('Input.insertText', { text: token });
  }
  if (!cdp) await session.detach();
  return { compositionUpdates, words };
}
