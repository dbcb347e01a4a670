import type { Speller } from './speller.ts';
import { textMarks, type Span, type TextMarks } from '../../highlights/textMarks.ts';
import { wordsOf } from './words.ts';

/** The CSS highlight misspelt words are painted with (a red wavy underline, editor.css). */
export const SPELL_HIGHLIGHT = 'nq-spell';
/** Past this many, the rest of a long document is not underlined (the page stays fast). */
const MAX_MARKS = 3000;

/** Words the person chose to ignore in this session. */
export const ignored = new Set<string>();

const misspelt = (speller: Speller, word: string): boolean => !ignored.has(word) && !speller.correct(word);

type Hit = { index: number; length: number };
/** The misspelt words of each text node as last checked, with the text, the checker and how many words were ignored then. */
const checked = new WeakMap<Text, { text: string; speller: Speller; ignored: number; words: number; hits: Hit[] }>();

/** The misspelt words of a text node: checked again only when its text, the checker or the ignored words changed. */
function hitsOf(node: Text, speller: Speller): Hit[] {
  const text = node.data;
  const known = checked.get(node);
  if (known && known.text === text && known.speller === speller && known.ignored === ignored.size && known.words === speller.words()) {
    return known.hits;
  }
  const hits = wordsOf(text)
    .filter((w) => misspelt(speller, w.word))
    .map((w) => ({ index: w.index, length: w.length }));
  checked.set(node, { text, speller, ignored: ignored.size, words: speller.words(), hits });
  return hits;
}

/**
 * The misspelt words of a text node as stretches to mark, but not the word being typed at the
 * caret (`caret()`: its offset in this node, or null; asked only when the node has a misspelt word).
 */
export function misspeltSpans(node: Text, speller: Speller, caret: () => number | null): Span[] {
  const hits = hitsOf(node, speller);
  if (hits.length === 0) return [];
  const offset = caret();
  return hits.filter((h) => !beingTyped(node.data, h.index, h.length, offset)).map((h) => ({ start: h.index, end: h.index + h.length }));
}

/** Where the person is typing: the caret's text node and offset. */
export type Caret = { node: Node; offset: number };

/**
 * Whether a word of `text` (at `index`, `length` long) is the one being typed: the caret right
 * after it, no letter after the caret. While it is typed it is no word yet ("thưc" on the way to
 * "thực" with Telex): it is checked once the caret leaves it (a space, a click elsewhere).
 */
export function beingTyped(text: string, index: number, length: number, caret: number | null): boolean {
  return caret === index + length && !/[\p{L}\p{M}]/u.test(text.charAt(caret));
}

/**
 * The body's misspelt words, underlined without touching the editor's DOM: everything once, then
 * only the text nodes changed since (a keystroke in a 300-page body checks one paragraph, and the
 * other words keep their ranges); not the word being typed at `caret()`.
 */
export function bodyMarks(speller: Speller, caret: () => Caret | null = () => null): TextMarks {
  return textMarks(
    SPELL_HIGHLIGHT,
    (node) =>
      misspeltSpans(node, speller, () => {
        const at = caret();
        return at && at.node === node ? at.offset : null;
      }),
    { limit: MAX_MARKS },
  );
}

/** The misspelt word under a point of the body, if any: its text node and where it is in it. */
export function misspeltAt(
  x: number,
  y: number,
  root: HTMLElement,
  speller: Speller,
): { node: Text; index: number; length: number; word: string } | null {
  const caret = document.caretPositionFromPoint(x, y);
  const node = caret?.offsetNode;
  if (!caret || !(node instanceof Text) || !root.contains(node)) return null;
  const hit = wordsOf(node.textContent ?? '').find((w) => w.index <= caret.offset && caret.offset <= w.index + w.length);
  return hit && misspelt(speller, hit.word) ? { node, ...hit } : null;
}
