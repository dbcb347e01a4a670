import { foldText } from '../format/fold.ts';

/** Folding lives in format/ (the editor's find uses it too); the store's search imports it from here. */
export { foldChar, foldText, foldWithOrigin, type FoldedText } from '../format/fold.ts';

/** Words as the search index sees them: runs of letters and digits. */
export const WORD = /[\p{L}\p{N}]+/gu;

/** The folded words of a user's query, without repeats, at most 16. */
export function queryTerms(query: string): string[] {
  const words = foldText(query).match(WORD) ?? [];
  return [...new Set(words)].slice(0, 16);
}

/**
 * An FTS5 query from folded words: each word quoted (so that nothing the user types is read as
 * FTS syntax), all required, the last one also matching as a prefix (search as you type) unless
 * `prefixLast` is false (a last word too short to be a prefix, see searchWords in searchRank.ts).
 * Documents with the words side by side ("Đức Trọng", not "đạo đức … trọng tâm") are moved up
 * afterwards, among the best candidates only, SQLite looking for the phrase in their folded
 * text (see search.ts), which costs far less than asking the index for the phrase as well.
 */
export function ftsQuery(terms: readonly string[], prefixLast = true): string | null {
  if (terms.length === 0) return null;
  return terms.map((t, i) => `"${t.replace(/"/g, '""')}"${prefixLast && i === terms.length - 1 ? '*' : ''}`).join(' AND ');
}
