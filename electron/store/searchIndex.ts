import type { Resolution } from '../contract/model/index.ts';
import type { Db } from './db.ts';
import { foldText } from './fold.ts';
import { documentSearchText } from './searchText.ts';
import { prepared } from './statements.ts';

const DELETE_SQL = 'DELETE FROM document_search WHERE rowid = ?';
const INSERT_SQL = 'INSERT INTO document_search (rowid, heading, body, original) VALUES (?, ?, ?, ?)';
/** The title block changed alone: the body's folded text stays as it is in the index. */
const HEADING_SQL = 'UPDATE document_search SET heading = ?, original = ? WHERE rowid = ?';

/**
 * Keeps a document's search entry in step with a save, inside the saving transaction, doing only
 * the work the change needs: nothing when the searchable text is the same as before (a change of
 * marks, signer's layout, values that are not searched …); only the title block folded again when
 * the body's text is unchanged (the summary typed in); the whole entry otherwise.
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
