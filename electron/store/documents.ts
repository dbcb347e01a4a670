import type { Result } from '../contract/result.ts';
import type { Db } from './db.ts';
import {
  SUMMARY_COLUMNS,
  toStored,
  toSummary,
  type DocumentRow,
  type DocumentRowWithContent,
  type DocumentSummary,
  type StoredDocument,
} from './documentRows.ts';
import { parseIfChecked, rememberChecked } from './checkedContent.ts';
import { abort, attempt, unwrap } from './errors.ts';
import { prepared } from './statements.ts';
import type { DocumentStatus } from '../contract/model/status.ts';

export type { DocumentSummary, StoredDocument } from './documentRows.ts';

const LOAD_SQL = `SELECT ${SUMMARY_COLUMNS}, d.content, d.deleted_at FROM documents d WHERE d.id = ?`;

/**
 * The document and its content as stored (the JSON text, for comparing without writing it out
 * again); aborts with NOT_FOUND when there is none or it is in the bin (for use inside a
 * transaction). Content this connection checked before is not checked again (checkedContent.ts).
 */
export function loadDocumentText(db: Db, id: number): { document: StoredDocument; json: string } {
  const row = prepared<[number], DocumentRowWithContent & { deleted_at: string | null }>(db, LOAD_SQL).get(id);
  if (!row) abort('NOT_FOUND', `Không tìm thấy văn bản #${id}.`);
  if (row.deleted_at !== null) abort('NOT_FOUND', `Văn bản #${id} đang ở thùng rác. Hãy khôi phục văn bản trước khi mở hoặc sửa.`);
  const known = parseIfChecked(db, id, row.content);
  if (known !== null) return { document: { ...unwrap(toSummary(row)), content: known }, json: row.content };
  const document = unwrap(toStored(row));
  // Remembered only when the schema gave back the very text (no default filled in, nothing cleaned).
  if (JSON.stringify(document.content) === row.content) rememberChecked(db, id, row.content);
  return { document, json: row.content };
}

/** The document row and its content (see `loadDocumentText`). */
export function loadDocument(db: Db, id: number): StoredDocument {
  return loadDocumentText(db, id).document;
}

export function getDocument(db: Db, id: number): Result<StoredDocument> {
  return attempt('đọc văn bản', () => loadDocument(db, id));
}

export type DocumentFilter = { orgId?: string; planYear?: number; status?: DocumentStatus };

/** Documents (not in the bin) by organization, plan year and status (each optional): newest plan year first, then last changed first. */
export function listDocuments(db: Db, filter: DocumentFilter = {}): Result<DocumentSummary[]> {
  return attempt('đọc danh sách văn bản', () => {
    const rows = db
      .prepare<{ orgId: string | null; planYear: number | null; status: string | null }, DocumentRow>(
        `SELECT ${SUMMARY_COLUMNS} FROM documents d
         WHERE d.deleted_at IS NULL
           AND (@orgId IS NULL OR d.org_id = @orgId)
           AND (@planYear IS NULL OR d.plan_year = @planYear)
           AND (@status IS NULL OR d.status = @status)
         ORDER BY d.plan_year DESC, d.updated_at DESC, d.id DESC`,
      )
      .all({ orgId: filter.orgId ?? null, planYear: filter.planYear ?? null, status: filter.status ?? null });
    return rows.map((row) => unwrap(toSummary(row)));
  });
}

const PICK_SQL = `SELECT ${SUMMARY_COLUMNS} FROM documents d
  WHERE d.org_id = ? AND d.plan_year = ? AND (? = 0 OR d.status = 'ban-hanh') AND d.deleted_at IS NULL
  ORDER BY d.status = 'ban-hanh' DESC, d.updated_at DESC, d.id DESC
  LIMIT 1`;

/**
 * The document of an organization for a plan year: the issued one if there is one, otherwise
 * (unless `issuedOnly`) the one changed last; null when there is none. Aborts on a bad row
 * (for use inside `attempt` or a transaction).
 */
export function findDocumentFor(db: Db, orgId: string, planYear: number, issuedOnly = false): DocumentSummary | null {
  const row = db.prepare<[string, number, number], DocumentRow>(PICK_SQL).get(orgId, planYear, issuedOnly ? 1 : 0);
  return row ? unwrap(toSummary(row)) : null;
}

/** `findDocumentFor` with the content: the document to start next year's from, or to report on. */
export function latestDocument(
  db: Db,
  orgId: string,
  planYear: number,
  options: { issuedOnly?: boolean } = {},
): Result<StoredDocument | null> {
  return attempt('tìm văn bản', () => {
    const found = findDocumentFor(db, orgId, planYear, options.issuedOnly === true);
    return found ? loadDocument(db, found.id) : null;
  });
}

/**
 * The highest number already given to an issued document of this type by the organization
 * within a term (numbers restart at 01 each term); 0 when none. The clerk's next number is this
 * plus one — read it and save the issued document in the same transaction.
 */
export function lastNumberInTerm(db: Db, q: { orgId: string; docType: string; termStart: string; termEnd: string | null }): Result<number> {
  return attempt('đọc sổ đăng ký số văn bản', () =>
    Number(
      db
        .prepare<{ orgId: string; docType: string; from: string; to: string | null }, number | null>(
          `SELECT max(number_seq) FROM documents
           WHERE org_id = @orgId AND doc_type = @docType AND status = 'ban-hanh' AND number_seq IS NOT NULL
             AND issued_on >= @from AND (@to IS NULL OR issued_on < @to)`,
        )
        .pluck()
        .get({ orgId: q.orgId, docType: q.docType, from: q.termStart, to: q.termEnd }) ?? 0,
    ),
  );
}
