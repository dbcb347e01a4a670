import type { Result } from '../contract/result.ts';
import type { Db } from './db.ts';
import { SUMMARY_COLUMNS, toSummary, type DocumentRow } from './documentRows.ts';
import { attempt, unwrap } from './errors.ts';
import { queryTerms } from './fold.ts';
import { findPassage, findPassageFolded, type Passage } from './passage.ts';
import type { SearchHit } from '../contract/model/office.ts';
import { indexWaiting } from './searchIndex.ts';
import { isCommonQuery, rankedByBm25, searchWords, type SearchWords } from './searchRank.ts';
import { rankedByTier } from './searchTiers.ts';
import { prepared } from './statements.ts';

export type { SearchHit };

export type SearchOptions = { orgId?: string; limit?: number };

/** The listing of one ranked document, unless it is in the bin (no text read). */
const LISTING_SQL = `SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE d.id = ? AND d.deleted_at IS NULL`;

/**
 * Whether one document ranked by bm25 has the query's words side by side, in its title or its
 * body: SQLite looks in the folded text itself, which never comes across to JavaScript. (An FTS5
 * phrase query would also take "an ninh, trật tự" for "an ninh trật", and order these hits
 * differently from before; a common query's tiers do use it, searchTiers.ts.)
 */
const PHRASE_SQL = 'SELECT instr(heading, @phrase) > 0 OR instr(body, @phrase) > 0 FROM document_search WHERE rowid = @id';

/**
 * The folded text of a hit that is shown, to find its passage in; then only the passage of the
 * text as written is read (PASSAGE_SQL), not the whole document (see findPassageFolded).
 */
const FOLDED_SQL = `SELECT heading || char(10) || body FROM document_search WHERE rowid = ?`;
const PASSAGE_SQL = 'SELECT substr(original, ?, ?) FROM document_search WHERE rowid = ?';
/** The whole text as written, when folding changed lengths before or in the passage (its place is then mapped back). */
const ORIGINAL_SQL = 'SELECT original FROM document_search WHERE rowid = ?';

/** How many candidates to read for `limit` hits: a few more when phrase matches may move up. */
const candidates = (limit: number, terms: number) => (terms > 1 ? limit + Math.max(5, Math.ceil(limit / 2)) : limit);

/** A ranked document that is not in the bin, with its listing. */
type Hit = { row: DocumentRow; score: number };

/** The best `count` documents by bm25 that are not in the bin, asking the index for more while some it ranked first are. */
function liveRanked(db: Db, words: SearchWords, count: number, orgId?: string): Hit[] {
  const listing = prepared<[number], DocumentRow>(db, LISTING_SQL);
  for (let asked = count; ; asked += count) {
    const ranked = rankedByBm25(db, words, asked, orgId);
    const hits = ranked.flatMap((r) => {
      const row = listing.get(r.id);
      return row ? [{ row, score: r.score }] : [];
    });
    if (hits.length >= count || ranked.length < asked) return hits.slice(0, count);
  }
}

/** The best candidates by bm25 (a few more than `limit` when phrase matches may move up), documents with the words side by side first. */
function rankAll(db: Db, words: SearchWords, limit: number, orgId?: string): Hit[] {
  const { terms } = words;
  const hits = liveRanked(db, words, candidates(limit, terms.length), orgId);
  const phraseOf = prepared<{ phrase: string; id: number }, number>(db, PHRASE_SQL).pluck();
  const phrase = terms.join(' ');
  const side = new Set(terms.length < 2 ? [] : hits.filter((h) => phraseOf.get({ phrase, id: h.row.id }) === 1).map((h) => h.row.id));
  return hits.sort((a, b) => Number(side.has(b.row.id)) - Number(side.has(a.row.id)) || b.score - a.score || a.row.id - b.row.id);
}

/** A common query's first `limit` documents by tier, newest first in each (see rankedByTier). */
function rankCommon(db: Db, words: SearchWords, limit: number): Hit[] {
  const listing = prepared<[number], DocumentRow>(db, LISTING_SQL);
  const rows = new Map<number, DocumentRow>();
  const accept = (id: number) => {
    const row = listing.get(id);
    if (row) rows.set(id, row);
    return row !== undefined;
  };
  return rankedByTier(db, words, limit, accept).flatMap((c) => {
    const row = rows.get(c.id);
    return row ? [{ row, score: c.score }] : [];
  });
}

/**
 * Full-text search that ignores diacritics and case ("duc trong" finds "Đức Trọng"), best
 * match first, each hit with the passage that matched. Empty query: no hits.
 *
 * The order: when a word of the query is rare (in fewer than half of the documents), bm25 (title
 * words weigh four times body words), documents with the words side by side first. When every word
 * is in at least half of the documents ("xây dựng Đảng" in a party committee's resolutions), bm25
 * has nothing to tell them apart by but how often the words occur, and ranking them all would read
 * every one (searchRank.ts): then come the documents of the committee the words name ("Đức Trọng"),
 * the words side by side in the title, all the words in the title, the words side by side anywhere,
 * the rest, newest first within each (the document added last first: the index gives that order
 * without ranking), and only as many are read as are shown (searchTiers.ts). Only the hits shown
 * (at most `limit`) have their folded text read, and of the text as written only the passage shown.
 * The documents autosaved since the last search are indexed first (indexWaiting).
 */
export function searchDocuments(db: Db, query: string, options: SearchOptions = {}): Result<SearchHit[]> {
  return attempt('tìm kiếm văn bản', () => {
    const typed = queryTerms(query);
    if (typed.length === 0) return [];
    indexWaiting(db);
    const words = searchWords(db, typed);
    const { terms, prefix } = words;
    const limit = Math.min(Math.max(Math.trunc(options.limit ?? 20), 1), 200);
    const common = options.orgId === undefined && isCommonQuery(db, words);
    const hits = common ? rankCommon(db, words, limit) : rankAll(db, words, limit, options.orgId);
    const folded = prepared<[number], string>(db, FOLDED_SQL).pluck();
    const passage = prepared<[number, number, number], string>(db, PASSAGE_SQL).pluck();
    const original = prepared<[number], string>(db, ORIGINAL_SQL).pluck();
    const passageOf = (id: number): Passage => {
      const text = folded.get(id) ?? '';
      const shown = findPassageFolded(text, terms, (from, to) => passage.get(from + 1, to - from, id) ?? '', 200, prefix);
      return shown ?? findPassage(original.get(id) ?? '', terms, 200, prefix, text);
    };
    return hits.slice(0, limit).map((h) => ({ document: unwrap(toSummary(h.row)), score: h.score, passage: passageOf(h.row.id) }));
  });
}
