import type { Resolution } from '../contract/model/index.ts';
import type { Db } from './db.ts';

/**
 * The content text of each document this connection last wrote or read and checked with the
 * model's schema. Read back unchanged (the very same text), a document's content needs only
 * `JSON.parse`: the schema would give the same value again, so a save does not check the
 * version it replaces once more. Text changed by anyone else (another connection, a tool) is
 * not the remembered text and is checked as always. A few documents per connection at most.
 */
const remembered = new WeakMap<Db, Map<number, string>>();
const MAX_DOCUMENTS = 64;

export function rememberChecked(db: Db, documentId: number, json: string): void {
  let texts = remembered.get(db);
  if (texts === undefined) {
    texts = new Map();
    remembered.set(db, texts);
  }
  texts.delete(documentId);
  texts.set(documentId, json);
  if (texts.size > MAX_DOCUMENTS) {
    const oldest = texts.keys().next();
    if (oldest.done !== true) texts.delete(oldest.value);
  }
}

/** The content of `json` without the schema when it is the text last checked for the document; else null. */
export function parseIfChecked(db: Db, documentId: number, json: string): Resolution | null {
  return remembered.get(db)?.get(documentId) === json ? (JSON.parse(json) as Resolution) : null;
}
