import type { Resolution } from '../contract/model/index.ts';
import type { Result } from '../contract/result.ts';
import type { Db } from './db.ts';
import { SUMMARY_COLUMNS, toSummary, type DocumentRow } from './documentRows.ts';
import { attempt, unwrap } from './errors.ts';
import { foldText, ftsQuery, queryTerms } from './fold.ts';
import { findPassage, findPassageFolded, type Passage } from './passage.ts';
import type { SearchHit } from '../contract/model/office.ts';
import { documentSearchText } from './searchText.ts';

/** Keeps a document's entry in the search index in step with its content; call inside the saving transaction. */
export function indexDocument(db: Db, documentId: number, content: Resolution): void {
  const { heading, body } = documentSearchText(content);
  db.prepare('DELETE FROM document_search WHERE rowid = ?').run(documentId);
  db.prepare('INSERT INTO document_search (rowid, heading, body, original) VALUES (?, ?, ?, ?)').run(
    documentId,
    foldText(heading),
    foldText(body),
    `${heading}\n${body}`,
  );
}

export type { SearchHit };

export type SearchOptions = { orgId?: string; limit?: number };

type Ranked = { id: number; bm25: number };
type Folded = { heading: string; body: string; aligned: number };

/** Title words count four times as much as words of the body. */
const RANK = 'bm25(document_search, 4.0, 1.0, 0.0)';

/** All documents: the index ranks alone (nothing joined, so it never reads a document's text). */
const RANK_ALL_SQL = `SELECT rowid AS id, ${RANK} AS bm25 FROM document_search WHERE document_search MATCH @match ORDER BY bm25 LIMIT @count`;

/** One organization's documents (a handful): the index is asked about each of them by rowid. */
const RANK_ORG_SQL = `SELECT rowid AS id, ${RANK} AS bm25 FROM document_search
  WHERE document_search MATCH @match AND rowid IN (SELECT id FROM documents WHERE org_id = @orgId AND deleted_at IS NULL)
  ORDER BY bm25 LIMIT @count`;

const BIN_COUNT_SQL = 'SELECT count(*) FROM documents WHERE deleted_at IS NOT NULL';

/** The listing of one ranked document, unless it is in the bin (no text read). */
const LISTING_SQL = `SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE d.id = ? AND d.deleted_at IS NULL`;

/**
 * Whether one ranked document has the query's words side by side, in its title or its body:
 * SQLite looks in the folded text itself, which never comes across to JavaScript. (An FTS5
 * phrase query would also take "an ninh, trật tự" for "an ninh trật", and order hits differently.)
 */
const PHRASE_SQL = 'SELECT instr(heading, @phrase) > 0 OR instr(body, @phrase) > 0 FROM document_search WHERE rowid = @id';

/**
 * The folded texts of a hit that is shown, to find its passage in, and whether the text as written
 * has their length (one character folded to one, as Vietnamese is): then only the passage of it is
 * read (PASSAGE_SQL), not the whole document.
 */
const FOLDED_SQL = `SELECT heading, body, length(original) = length(heading) + 1 + length(body) AS aligned
  FROM document_search WHERE rowid = ?`;
const PASSAGE_SQL = 'SELECT substr(original, ?, ?) FROM document_search WHERE rowid = ?';
/** The whole text as written, when folding changed its length (the passage's place is then mapped back). */
const ORIGINAL_SQL = 'SELECT original FROM document_search WHERE rowid = ?';

/** UTF-16 surrogates: where JavaScript's positions stop being SQLite's (which counts characters). */
const SURROGATE = /[\uD800-\uDFFF]/;

/** How many candidates to read for `limit` hits: a few more when phrase matches may move up. */
const candidates = (limit: number, terms: number) => (terms > 1 ? limit + Math.max(5, Math.ceil(limit / 2)) : limit);

/**
 * Full-text search that ignores diacritics and case ("duc trong" finds "Đức Trọng"), best
 * match first, each hit with the passage that matched. Empty query: no hits. The index ranks,
 * SQLite finds the phrase; only the hits shown (at most `limit`) have their folded text read, and
 * of the text as written only the passage shown.
 */
export function searchDocuments(db: Db, query: string, options: SearchOptions = {}): Result<SearchHit[]> {
  return attempt('tìm kiếm văn bản', () => {
    const terms = queryTerms(query);
    const match = ftsQuery(terms);
    if (match === null) return [];
    const limit = Math.min(Math.max(Math.trunc(options.limit ?? 20), 1), 200);
    const count = candidates(limit, terms.length) + (options.orgId ? 0 : (db.prepare<[], number>(BIN_COUNT_SQL).pluck().get() ?? 0));
    const ranked = options.orgId
      ? db.prepare<{ match: string; orgId: string; count: number }, Ranked>(RANK_ORG_SQL).all({ match, orgId: options.orgId, count })
      : db.prepare<{ match: string; count: number }, Ranked>(RANK_ALL_SQL).all({ match, count });
    const listing = db.prepare<[number], DocumentRow>(LISTING_SQL);
    const phraseOf = db.prepare<{ phrase: string; id: number }, number>(PHRASE_SQL).pluck();
    const phrase = terms.join(' ');
    const hits = ranked.flatMap((r) => {
      const row = listing.get(r.id);
      if (!row) return [];
      return [{ row, bm25: r.bm25, phrase: terms.length > 1 && phraseOf.get({ phrase, id: r.id }) === 1 }];
    });
    hits.sort((a, b) => Number(b.phrase) - Number(a.phrase) || a.bm25 - b.bm25 || a.row.id - b.row.id);
    const folded = db.prepare<[number], Folded>(FOLDED_SQL);
    const passage = db.prepare<[number, number, number], string>(PASSAGE_SQL).pluck();
    const original = db.prepare<[number], string>(ORIGINAL_SQL).pluck();
    const passageOf = (id: number): Passage => {
      const texts = folded.get(id);
      if (!texts) return findPassage('', terms);
      const text = `${texts.heading}\n${texts.body}`;
      if (texts.aligned === 1 && !SURROGATE.test(text)) {
        return findPassageFolded(text, terms, (from, to) => passage.get(from + 1, to - from, id) ?? '');
      }
      return findPassage(original.get(id) ?? '', terms, 200, true, text);
    };
    return hits.slice(0, limit).map((h) => ({ document: unwrap(toSummary(h.row)), score: -h.bm25, passage: passageOf(h.row.id) }));
  });
}
