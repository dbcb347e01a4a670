import type { Resolution } from '../contract/model/resolution.ts';
import { isContentEditable, type DocumentStatus } from '../contract/model/status.ts';
import { ok, type Result } from '../contract/result.ts';
import { foldText, getDocument, listDocuments, type Db, type StoredDocument } from '../store/index.ts';
import { saveDocument } from './documentSave.ts';
import { documentSearchText } from '../store/searchText.ts';

/**
 * The same document imported twice: a stored document of the body with the same kind, number
 * and symbol (and the same date when both have one), or with the same text (a signed PDF whose
 * number is blank has nothing else). Importing it again updates the stored draft, or links to
 * the stored issued one (its content is frozen): never a second copy.
 */

export type ImportDuplicate = { documentId: number; status: DocumentStatus; version: number; why: 'number' | 'text' };
export type ImportOutcome = 'created' | 'updated' | 'linked';

const sameNumber = (a: Resolution, b: Resolution): boolean => {
  const [x, y] = [a.header.number, b.header.number];
  return (
    x.seq !== null &&
    x.seq === y.seq &&
    x.typeCode === y.typeCode &&
    foldText(x.issuerCode) === foldText(y.issuerCode) &&
    a.kind === b.kind &&
    (a.header.date === null || b.header.date === null || a.header.date === b.header.date)
  );
};

const textOf = (doc: Resolution): string => {
  const t = documentSearchText(doc);
  return foldText(`${t.heading} ${t.body}`).replace(/\s+/g, '');
};

/** The body's stored document that this model is (not in the bin), or null. */
export function findImportDuplicate(db: Db, orgId: string, model: Resolution): Result<ImportDuplicate | null> {
  const docs = listDocuments(db, { orgId });
  if (!docs.ok) return docs;
  const mine = textOf(model);
  for (const summary of docs.value) {
    if (summary.docType !== model.header.number.typeCode) continue;
    const stored = getDocument(db, summary.id);
    if (!stored.ok) return stored;
    const content = stored.value.content;
    const why = sameNumber(model, content) ? 'number' : content.kind === model.kind && textOf(content) === mine ? 'text' : null;
    if (why) return ok({ documentId: summary.id, status: summary.status, version: stored.value.version, why });
  }
  return ok(null);
}

/** Where the duplicate stands, for the reviewer. */
export function duplicateNote(d: ImportDuplicate): string {
  const same = d.why === 'number' ? 'cùng thể loại, số và ký hiệu' : 'cùng nội dung';
  return isContentEditable(d.status)
    ? `Văn bản này đã có trong kho (#${d.documentId}, ${same}): khi lưu, văn bản đã có được cập nhật thay vì thêm bản thứ hai.`
    : `Văn bản này đã có trong kho và đã ban hành (#${d.documentId}, ${same}): khi lưu, ứng dụng mở văn bản đã có, không tạo bản thứ hai.`;
}

export type StoreImportInput = {
  orgId: string;
  content: Resolution;
  status: 'ban-hanh' | 'du-thao';
  who: string;
  why: string;
  /** Store as a new document even when the body has the same one (only when that one is still a draft). */
  asNew?: boolean;
};

/** Stores an imported document once: created, the stored draft updated, or the stored issued one linked. */
export function storeImport(db: Db, input: StoreImportInput): Result<{ document: StoredDocument; outcome: ImportOutcome }> {
  const dup = findImportDuplicate(db, input.orgId, input.content);
  if (!dup.ok) return dup;
  const d = dup.value;
  if (d && !isContentEditable(d.status)) {
    const stored = getDocument(db, d.documentId);
    return stored.ok ? ok({ document: stored.value, outcome: 'linked' }) : stored;
  }
  if (d && input.asNew !== true) {
    const saved = saveDocument(db, {
      id: d.documentId,
      content: input.content,
      who: input.who,
      why: input.why,
      expectedVersion: d.version,
    });
    return saved.ok ? ok({ document: saved.value, outcome: 'updated' }) : saved;
  }
  const saved = saveDocument(db, { orgId: input.orgId, status: input.status, who: input.who, why: input.why, content: input.content });
  return saved.ok ? ok({ document: saved.value, outcome: 'created' }) : saved;
}
