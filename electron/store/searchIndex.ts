import type { Resolution } from '../contract/model/index.ts';
import { resolutionSchema } from '../contract/model/resolution.ts';
import { ok } from '../contract/result.ts';
import { parseIfChecked } from './checkedContent.ts';
import type { Db } from './db.ts';
import { isBusy } from './errors.ts';
import { foldText } from './fold.ts';
import { readJson } from './json.ts';
import { documentSearchText } from './searchText.ts';
import { prepared } from './statements.ts';

const DELETE_SQL = 'DELETE FROM document_search WHERE rowid = ?';
const INSERT_SQL = 'INSERT INTO document_search (rowid, heading, body, original) VALUES (?, ?, ?, ?)';
/** The title block changed alone: the body's folded text stays as it is in the index. */
const HEADING_SQL = 'UPDATE document_search SET heading = ?, original = ? WHERE rowid = ?';

const WAIT_SQL = 'INSERT OR IGNORE INTO search_waiting (document_id) VALUES (?)';
const DONE_SQL = 'DELETE FROM search_waiting WHERE document_id = ?';
const ANY_WAITING_SQL = 'SELECT EXISTS (SELECT 1 FROM search_waiting)';
const WAITING_SQL = `SELECT w.document_id AS id, d.content FROM search_waiting w LEFT JOIN documents d ON d.id = w.document_id
  ORDER BY w.document_id`;

/**
 * Makes a document's search entry from its content, doing only the work the change from `before`
 * (the content the entry was made from; null: none, or not known) needs: nothing when the
 * searchable text is the same (a change of marks, signer's layout, values that are not searched …);
 * only the title block folded again when the body's text is unchanged (the summary typed in); the
 * whole entry otherwise.
 */
export function reindexDocument(db: Db, documentId: number, content: Resolution, before: Resolution | null): void {
  const after = documentSearchText(content);
  const previous = before === null ? null : documentSearchText(before);
  if (previous !== null && previous.heading === after.heading && previous.body === after.body) return;
  const original = `${after.heading}\n${after.body}`;
  if (previous !== null && previous.body === after.body) {
    const updated = prepared(db, HEADING_SQL).run(foldText(after.heading), original, documentId);
    if (updated.changes > 0) return;
  }
  prepared(db, DELETE_SQL).run(documentId);
  prepared(db, INSERT_SQL).run(documentId, foldText(after.heading), foldText(after.body), original);
}

/**
 * Keeps a document's search entry in step with a save whose content changed from `before`; call
 * inside the saving transaction. An autosave (the editor's, at each pause in typing) only notes the
 * document as waiting (table search_waiting): folding and indexing a long text is work the next
 * keystroke must not wait on, and `indexWaiting` does it before a search reads the index. Any
 * other save makes the entry at once, the whole of it when the document was waiting (the entry is
 * then older than `before`).
 */
export function keepSearchEntry(db: Db, documentId: number, content: Resolution, before: Resolution | null, autosave: boolean): void {
  if (autosave) {
    prepared(db, WAIT_SQL).run(documentId);
    return;
  }
  const waited = prepared(db, DONE_SQL).run(documentId).changes > 0;
  reindexDocument(db, documentId, content, waited ? null : before);
}

/**
 * Makes the search entries of the documents waiting since their autosave, from their stored
 * content, in one write transaction; returns how many. Called before every search, when the app
 * is idle and when the database is closed. Nothing to do (the usual case) costs one lookup; a
 * read-only connection, or one that finds the file locked by another process past the busy wait,
 * leaves them waiting (a search then reads the entries as they are, without the last autosaves'
 * words). A document whose stored content does not read back is left as its entry was.
 */
export function indexWaiting(db: Db): number {
  if (db.readonly || prepared(db, ANY_WAITING_SQL).pluck().get() === 0) return 0;
  try {
    return indexNow(db);
  } catch (err) {
    if (isBusy(err)) return 0;
    throw err;
  }
}

/** indexWaiting's work: the waiting documents read and indexed in one write transaction. */
function indexNow(db: Db): number {
  return db
    .transaction((): number => {
      const waiting = prepared<[], { id: number; content: string | null }>(db, WAITING_SQL).all();
      for (const row of waiting) {
        prepared(db, DONE_SQL).run(row.id);
        if (row.content === null) continue;
        const known = parseIfChecked(db, row.id, row.content);
        const content = known !== null ? ok(known) : readJson(resolutionSchema, row.content, `Nội dung văn bản #${row.id}`);
        if (content.ok) reindexDocument(db, row.id, content.value, null);
      }
      return waiting.length;
    })
    .immediate();
}
