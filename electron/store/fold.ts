/**
 * Folding for search: "Nông thôn mới" -> "nong thon moi", "Đức Trọng" -> "duc trong".
 * NFD, combining marks removed, đ/Đ -> d (NFD does not split đ), lower case. Done one code
 * point at a time so that every folded character knows where it came from in the original,
 * which lets a passage found in folded text be shown with its diacritics.
 */

const cache = new Map<string, string>();

export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : ch;
  const known = cache.get(ch);
  if (known !== undefined) return known;
  const folded = ch.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
  if (cache.size < 10_000) cache.set(ch, folded);
  return folded;
}

export type FoldedText = {
  text: string;
  /** `origin[i]` is the index in the original of folded character i; `origin[text.length]` is the original's length. */
  origin: number[];
};

export function foldWithOrigin(source: string): FoldedText {
  const parts: string[] = [];
  const origin: number[] = [];
  let at = 0;
  for (const ch of source) {
    const folded = foldChar(ch);
    for (let k = 0; k < folded.length; k += 1) origin.push(at);
    parts.push(folded);
    at += ch.length;
  }
  origin.push(source.length);
  return { text: parts.join(''), origin };
}

export function foldText(source: string): string {
  return foldWithOrigin(source).text;
}

/** Words as the search index sees them: runs of letters and digits. */
export const WORD = /[\p{L}\p{N}]+/gu;

/** The folded words of a user's query, without repeats, at most 16. */
export function queryTerms(query: string): string[] {
  const words = foldText(query).match(WORD) ?? [];
  return [...new Set(words)].slice(0, 16);
}

/**
 * An FTS5 query from folded words: each word quoted (so that nothing the user types is read as
 * FTS syntax), all required, the last one also matching as a prefix (search as you type).
 * Documents with the words side by side ("Đức Trọng", not "đạo đức … trọng tâm") are moved up
 * afterwards, among the best candidates only, SQLite looking for the phrase in their folded
 * text (see search.ts), which costs far less than asking the index for the phrase as well.
 */
export function ftsQuery(terms: readonly string[]): string | null {
  if (terms.length === 0) return null;
  return terms.map((t, i) => `"${t.replace(/"/g, '""')}"${i === terms.length - 1 ? '*' : ''}`).join(' AND ');
}
