import {
  commentPartSchema,
  emphasisSchema,
  suggestionAnchorSchema,
  suggestionSchema,
  type CommentPart,
  type Suggestion,
} from '../contract/model/review.ts';
import type { Db } from './db.ts';
import { unwrap } from './errors.ts';
import { readValue } from './json.ts';

/**
 * The items a review returned from Word brought in (table `review_items`, migration 0006):
 * suggestions and the comments saved from it, each with its fingerprint. Plain queries for the
 * review service, which runs them inside its own transactions.
 */

type ItemRow = {
  id: number;
  document_id: number;
  fingerprint: string;
  seq: number;
  kind: string;
  state: string;
  author: string;
  made_at: string | null;
  anchor: string;
  place: string;
  deleted: string;
  inserted: string;
  emphasis: string | null;
  comment_id: string | null;
  source: string;
  imported_by: string;
  imported_at: string;
  decided_by: string | null;
  decided_at: string | null;
};

function toSuggestion(row: ItemRow): Suggestion {
  const value = {
    id: row.id,
    documentId: row.document_id,
    kind: row.kind,
    state: row.state,
    author: row.author,
    madeAt: row.made_at,
    anchor: unwrap(readValue(suggestionAnchorSchema, JSON.parse(row.anchor), `Góp ý ${row.id}`)),
    place: row.place,
    deleted: row.deleted,
    inserted: row.inserted,
    emphasis: row.emphasis === null ? null : unwrap(readValue(emphasisSchema, JSON.parse(row.emphasis), `Góp ý ${row.id}`)),
    source: row.source,
    importedBy: row.imported_by,
    importedAt: row.imported_at,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
  };
  return unwrap(readValue(suggestionSchema, value, `Góp ý ${row.id}`));
}

export type NewReviewItem = {
  documentId: number;
  fingerprint: string;
  seq: number;
  kind: 'insert' | 'delete' | 'format' | 'paragraph' | 'join' | 'comment';
  state: 'open' | 'unplaced' | 'comment';
  author: string;
  madeAt: string | null;
  anchor: unknown;
  place: string;
  deleted: string;
  inserted: string;
  emphasis: unknown;
  commentId: string | null;
  source: string;
  importedBy: string;
  importedAt: string;
};

/** Whether an item with this fingerprint was imported into the document before. */
export function hasReviewItem(db: Db, documentId: number, fingerprint: string): boolean {
  return db.prepare('SELECT 1 FROM review_items WHERE document_id = ? AND fingerprint = ?').get(documentId, fingerprint) !== undefined;
}

/** The thread saved for a comment imported before (by fingerprint), if it still exists. */
export function importedCommentId(db: Db, documentId: number, fingerprint: string): string | null {
  const row = db
    .prepare<[number, string], { comment_id: string | null }>(
      'SELECT comment_id FROM review_items WHERE document_id = ? AND fingerprint = ?',
    )
    .get(documentId, fingerprint);
  return row?.comment_id ?? null;
}

export function insertReviewItem(db: Db, item: NewReviewItem): number {
  const info = db
    .prepare(
      `INSERT INTO review_items (document_id, fingerprint, seq, kind, state, author, made_at, anchor, place, deleted, inserted, emphasis, comment_id, source, imported_by, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      item.documentId,
      item.fingerprint,
      item.seq,
      item.kind,
      item.state,
      item.author,
      item.madeAt,
      JSON.stringify(item.anchor),
      item.place,
      item.deleted,
      item.inserted,
      item.emphasis === null ? null : JSON.stringify(item.emphasis),
      item.commentId,
      item.source,
      item.importedBy,
      item.importedAt,
    );
  return Number(info.lastInsertRowid);
}

/** A document's suggestions (not its imported comments), in the order they were read. */
export function listSuggestionRows(db: Db, documentId: number): Suggestion[] {
  return db
    .prepare<[number], ItemRow>("SELECT * FROM review_items WHERE document_id = ? AND kind <> 'comment' ORDER BY id")
    .all(documentId)
    .map(toSuggestion);
}

export function setSuggestionState(db: Db, id: number, state: 'accepted' | 'rejected', who: string, at: string): void {
  db.prepare('UPDATE review_items SET state = ?, decided_by = ?, decided_at = ? WHERE id = ?').run(state, who, at, id);
}

/** The time of a comment read from Word: when the reviewer wrote it, not when it was imported. */
export function setCommentTime(db: Db, id: string, at: string): void {
  db.prepare('UPDATE comments SET created_at = ? WHERE id = ?').run(at, id);
}

/**
 * The comments read from Word that sit on a part of the draft other than the body's text (or on a
 * line the app writes), by thread id: kept in their item's `anchor` (model/review.ts CommentPart).
 * Items of earlier imports, which kept only a place in words, have none.
 */
export function commentParts(db: Db, documentId: number): Map<string, CommentPart> {
  const rows = db
    .prepare<[number], { comment_id: string; anchor: string }>(
      "SELECT comment_id, anchor FROM review_items WHERE document_id = ? AND kind = 'comment' AND comment_id IS NOT NULL",
    )
    .all(documentId);
  const out = new Map<string, CommentPart>();
  for (const row of rows) {
    const parsed = commentPartSchema.safeParse(JSON.parse(row.anchor));
    if (!parsed.success) continue;
    const { anchor } = parsed.data;
    if (anchor.part === 'body' || anchor.part === 'body-cell' || anchor.part === 'body-new') continue;
    if (anchor.part === 'none' && anchor.where === '') continue;
    out.set(row.comment_id, parsed.data);
  }
  return out;
}
