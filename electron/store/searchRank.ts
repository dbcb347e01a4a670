import type { Db } from './db.ts';
import { ftsQuery } from './fold.ts';
import { prepared } from './statements.ts';

/** A document the index put forward, before its listing is read; `score`: higher is better. */
export type Candidate = { id: number; score: number };

type Ranked = { id: number; bm25: number };

/** Title words count four times as much as words of the body. */
const RANK = 'bm25(document_search, 4.0, 1.0, 0.0)';

/** All documents: the index ranks alone (nothing joined, so it never reads a document's text). */
const RANK_ALL_SQL = `SELECT rowid AS id, ${RANK} AS bm25 FROM document_search WHERE document_search MATCH @match ORDER BY bm25 LIMIT @count`;

/** One organization's documents (a handful): the index is asked about each of them by rowid. */
const RANK_ORG_SQL = `SELECT rowid AS id, ${RANK} AS bm25 FROM document_search
  WHERE document_search MATCH @match AND rowid IN (SELECT id FROM documents WHERE org_id = @orgId AND deleted_at IS NULL)
  ORDER BY bm25 LIMIT @count`;

/** In how many documents a word is, from the index's own vocabulary (a per-connection view, nothing stored). */
const TERMS_TABLE_SQL = 'CREATE VIRTUAL TABLE IF NOT EXISTS temp.document_search_terms USING fts5vocab(main, document_search, row)';
const TERM_DOCS_SQL = 'SELECT doc FROM temp.document_search_terms WHERE term = ?';
/** The most documents a word beginning with a prefix is in (the words from the prefix up to the prefix and U+10FFFF). */
const PREFIX_DOCS_SQL = 'SELECT max(doc) FROM temp.document_search_terms WHERE term >= ? AND term < ?';
/** How many documents the index holds (FTS5 keeps one size row per document). */
const INDEXED_SQL = 'SELECT count(*) FROM document_search_docsize';

const withTerms = new WeakSet<Db>();

/** The view of the index's vocabulary, made once per connection. */
function vocabulary(db: Db): void {
  if (withTerms.has(db)) return;
  db.exec(TERMS_TABLE_SQL);
  withTerms.add(db);
}

/** In how many documents the index has `term` as a whole word. */
function documentsWith(db: Db, term: string): number {
  vocabulary(db);
  return prepared<[string], number>(db, TERM_DOCS_SQL).pluck().get(term) ?? 0;
}

/** In how many documents the commonest whole word beginning with `prefix` is (at most as many as the prefix matches). */
function documentsBeginning(db: Db, prefix: string): number {
  vocabulary(db);
  return prepared<[string, string], number | null>(db, PREFIX_DOCS_SQL).pluck().get(prefix, `${prefix}\u{10FFFF}`) ?? 0;
}

/** Whether `documents` are at least half of those the index holds. */
function halfOf(db: Db): (documents: number) => boolean {
  const indexed = Number(prepared(db, INDEXED_SQL).pluck().get());
  return (documents) => indexed > 0 && 2 * documents >= indexed;
}

/**
 * Whether every word of the query is in at least half of the indexed documents. bm25's IDF is
 * then at its floor (FTS5 sets log((N - n + 0.5) / (n + 0.5)) ≤ 0 to 1e-6) for each word, so
 * ranking every match by bm25 would only order them by how often the words occur, and costs a
 * read of every matching document's size and positions. A last word searched as a prefix is
 * common when the commonest whole word it begins is ("thực hiệ": "hiện"): it matches at least
 * the documents of that word.
 */
export function isCommonQuery(db: Db, { terms, prefix }: SearchWords): boolean {
  const half = halfOf(db);
  return terms.every(
    (term, i) => half(documentsWith(db, term)) || (prefix && i === terms.length - 1 && half(documentsBeginning(db, term))),
  );
}

/** What the index is asked for: the words, all required, and whether the last is a prefix. */
export type SearchWords = { terms: string[]; prefix: boolean };

/** The fewest letters of a last word searched as a prefix. */
const PREFIX_LETTERS = 3;

/**
 * The words of a query as the index is asked for them: the last as a prefix (search as you type),
 * unless it has one or two letters: those begin hundreds of words, and asking the index for all of
 * them took 0.1–0.8 s on 5,000 documents ("Đức T", "nông th"). Such a last word is taken whole
 * when the index has it as a word (tế, xã, số, the "09" of "NQ 09", the "ở" of "… ở các xã": one
 * look-up, however common) and otherwise left out until more of it is typed ("Đức Tr" searches
 * "Đức"); a query of that one word alone is taken whole.
 */
export function searchWords(db: Db, typed: readonly string[]): SearchWords {
  const terms = [...typed];
  for (;;) {
    const last = terms[terms.length - 1];
    if (last === undefined || last.length >= PREFIX_LETTERS) return { terms, prefix: true };
    if (terms.length === 1 || documentsWith(db, last) > 0) return { terms, prefix: false };
    terms.pop();
  }
}

/** The best `count` matches by bm25 (`orgId`: of that organization only, not in the bin). */
export function rankedByBm25(db: Db, words: SearchWords, count: number, orgId?: string): Candidate[] {
  const match = ftsQuery(words.terms, words.prefix) ?? '';
  const rows =
    orgId === undefined
      ? prepared<{ match: string; count: number }, Ranked>(db, RANK_ALL_SQL).all({ match, count })
      : prepared<{ match: string; orgId: string; count: number }, Ranked>(db, RANK_ORG_SQL).all({ match, orgId, count });
  return rows.map((r) => ({ id: r.id, score: -r.bm25 }));
}
