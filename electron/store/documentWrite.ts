import type { Resolution } from '../contract/model/index.ts';
import type { DocumentStatus } from '../contract/model/status.ts';
import { rememberChecked } from './checkedContent.ts';
import { nowIso } from './clock.ts';
import type { Db } from './db.ts';
import { columns, INSERT_SQL, writeChange, writeDerived, type ChangeInput } from './documentChange.ts';
import type { StoredDocument } from './documentRows.ts';
import { loadDocument } from './documents.ts';
import { abort } from './errors.ts';

/**
 * Writing a document's content: persistence only. The content was checked by the model's schema
 * where it came in (a verb's request, a file, a row read back) and the workflow's rules were run
 * by the caller (services/documentSave.ts) in the same transaction; call inside it.
 */

export type NewDocumentRow = { orgId: string; content: Resolution; status: DocumentStatus; who: string; why: string };

/** A new document: the row, its first version, targets, search index and the "tao" audit row. */
export function insertDocument(db: Db, doc: NewDocumentRow): StoredDocument {
  if (db.prepare('SELECT 1 FROM organizations WHERE id = ?').get(doc.orgId) === undefined) {
    abort('NOT_FOUND', `Không tìm thấy tổ chức "${doc.orgId}".`);
  }
  const json = JSON.stringify(doc.content);
  const at = nowIso(db);
  const id = Number(db.prepare(INSERT_SQL).run({ orgId: doc.orgId, ...columns(doc.content, json, doc.status, at) }).lastInsertRowid);
  writeDerived(
    db,
    { id, orgId: doc.orgId, version: 1, status: doc.status, content: doc.content, json, who: doc.who, why: doc.why, at },
    { action: 'tao', previous: null, contentChanged: true },
  );
  rememberChecked(db, id, json);
  return loadDocument(db, id);
}

/** A new version of a document's saved content (`writeChange`), remembered as checked for reading back. */
export function writeContent(
  db: Db,
  current: StoredDocument,
  change: ChangeInput,
  texts: { json: string; previousJson: string },
): StoredDocument {
  const saved = writeChange(db, current, change, texts);
  rememberChecked(db, saved.id, texts.json);
  return saved;
}
