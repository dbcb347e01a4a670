import type { Resolution } from '../contract/model/index.ts';
import type { Result } from '../contract/result.ts';
import type { Db } from './db.ts';
import { SUMMARY_COLUMNS, toSummary, type DocumentRow } from './documentRows.ts';
import { attempt, unwrap } from './errors.ts';
import { foldText, ftsQuery, queryTerms } from './fold.ts';
import { findPassage } from './passage.ts';
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

type HitRow = DocumentRow & { bm25: number; original: string };

/** Title words count four times as much as words of the body. */
const SEARCH_SQL = `SELECT ${SUMMARY_COLUMNS}, bm25(document_search, 4.0, 1.0, 0.0) AS bm25, s.original
  FROM document_search s JOIN documents d ON d.id = s.rowid
  WHERE document_search MATCH @match AND (@orgId IS NULL OR d.org_id = @orgId)
  ORDER BY bm25, d.id
  LIMIT @limit`;

/**
 * Full-text search that ignores diacritics and case ("duc trong" finds "Đức Trọng"), best
 * match first, each hit with the passage that matched. Empty query: no hits.
 */
export function searchDocuments(db: Db, query: string, options: SearchOptions = {}): Result<SearchHit[]> {
  return attempt('tìm kiếm văn bản', () => {
    const terms = queryTerms(query);
    const match = ftsQuery(terms);
    if (match === null) return [];
    const limit = Math.min(Math.max(Math.trunc(options.limit ?? 20), 1), 200);
    const rows = db.prepare<{ match: string; orgId: string | null; limit: number }, HitRow>(SEARCH_SQL).all({
      match,
      orgId: options.orgId ?? null,
      limit,
    });
    return rows.map((row) => ({
      document: unwrap(toSummary(row)),
      score: -row.bm25,
      passage: findPassage(row.original, terms),
    }));
  });
}
