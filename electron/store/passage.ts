import { foldText, foldWithOrigin } from './fold.ts';

import type { Passage } from '../contract/model/office.ts';

export type { Passage };

type Hit = { start: number; end: number; term: number };

const MAX_HITS = 5000;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (ch: string | undefined) => ch !== undefined && WORD_CHAR.test(ch);

/**
 * Whole words of the folded text that match a term (the last term also as a prefix), in text
 * order. Each term is looked up with indexOf, so a long text costs little when the terms are rare.
 */
function findHits(folded: string, terms: readonly string[], prefixLast: boolean): Hit[] {
  const hits: Hit[] = [];
  terms.forEach((term, index) => {
    const prefix = prefixLast && index === terms.length - 1;
    for (let at = folded.indexOf(term); at >= 0 && hits.length < MAX_HITS; at = folded.indexOf(term, at + 1)) {
      if (isWordChar(folded[at - 1])) continue;
      let end = at + term.length;
      if (isWordChar(folded[end])) {
        if (!prefix) continue;
        while (isWordChar(folded[end])) end += 1;
      }
      hits.push({ start: at, end, term: index });
    }
  });
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * The first hit of the window (of `span` folded characters) that covers the most different
 * terms, then has the most terms side by side in the query's order (the phrase itself).
 */
function bestWindow(hits: readonly Hit[], span: number): number {
  let best = 0;
  let bestScore = 0;
  for (let i = 0; i < hits.length; i += 1) {
    const first = hits[i] as Hit;
    const seen = new Set<number>();
    let adjacent = 0;
    for (let j = i; j < hits.length && (hits[j] as Hit).start < first.start + span; j += 1) {
      const hit = hits[j] as Hit;
      const prev = hits[j - 1];
      seen.add(hit.term);
      if (j > i && prev && hit.term === prev.term + 1 && hit.start - prev.end <= 2) adjacent += 1;
    }
    const score = seen.size * 1000 + adjacent;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/** Where a passage starts and ends in the text, and the hits inside it, before its text is read. */
type Window = { from: number; to: number; length: number; hits: Hit[]; at: (i: number) => number };

/**
 * The window of `width` characters around the hits, ending at word boundaries: `text` is the text
 * as written, or its folded form when the two have the same length (positions are then the same
 * and so are the spaces, which folding keeps).
 */
function passageWindow(
  text: string,
  folded: string,
  origin: number[] | null,
  terms: readonly string[],
  width: number,
  prefixLast: boolean,
): Window {
  const hits = findHits(folded, terms, prefixLast);
  const at = (i: number) => (origin ? (origin[i] ?? text.length) : Math.min(i, text.length));
  let from = 0;
  if (hits.length > 0) {
    const anchor = at((hits[bestWindow(hits, Math.floor(width * 0.6))] as Hit).start);
    from = Math.max(0, anchor - Math.floor(width / 5));
    if (from > 0) {
      const space = text.slice(from, anchor).search(/\s/);
      if (space >= 0) from += space + 1;
    }
  }
  let to = Math.min(text.length, from + width);
  if (to < text.length) {
    const lastSpace = text.slice(from, to).search(/\s\S*$/);
    if (lastSpace > 0) to = from + lastSpace;
  }
  return { from, to, length: text.length, hits, at };
}

/** The passage of a window, from the part of the text as written that it covers. */
function passageOf({ from, to, length, hits, at }: Window, slice: string): Passage {
  const lead = from > 0 ? '…' : '';
  const tail = to < length ? '…' : '';
  const highlights: Passage['highlights'] = [];
  for (const hit of hits) {
    const start = at(hit.start);
    const end = at(hit.end);
    if (start >= from && end <= to) highlights.push({ start: start - from + lead.length, end: end - from + lead.length });
  }
  return { text: `${lead}${slice.replace(/\s/g, ' ')}${tail}`, highlights };
}

/**
 * The passage of `original` that best shows where `terms` (folded words) occur, with the
 * diacritics as written. Searching happens in folded text; positions map back through `origin`.
 */
export function findPassage(original: string, terms: readonly string[], width = 200, prefixLast = true, foldedHint?: string): Passage {
  // The index keeps the folded text; when it folds one character to one (as Vietnamese does),
  // positions are the same in both and nothing needs folding here.
  const aligned = foldedHint !== undefined && foldedHint.length === original.length;
  const { text: folded, origin } = aligned ? { text: foldedHint, origin: null } : foldWithOrigin(original);
  const window = passageWindow(original, folded, origin, terms, width, prefixLast);
  return passageOf(window, original.slice(window.from, window.to));
}

/**
 * The same passage found in the folded text alone, reading only the part shown of the text as
 * written (`slice`, by the folded text's positions). That part is used when it folds to the folded
 * text at the same place, which holds when every character before it and in it folds to one (as
 * Vietnamese does); otherwise (a ligature, combining marks, characters JavaScript counts twice)
 * null: find the passage in the whole text with findPassage.
 */
export function findPassageFolded(
  folded: string,
  terms: readonly string[],
  slice: (from: number, to: number) => string,
  width = 200,
  prefixLast = true,
): Passage | null {
  const window = passageWindow(folded, folded, null, terms, width, prefixLast);
  const written = slice(window.from, window.to);
  return foldText(written) === folded.slice(window.from, window.to) ? passageOf(window, written) : null;
}
