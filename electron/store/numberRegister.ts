import type { Resolution } from '../contract/model/resolution.ts';
import type { RegisterEntry } from '../contract/workflow.ts';
import { withoutEndMark } from '../format/printed.ts';
import type { Db } from './db.ts';
import { listingFields } from './documentRows.ts';
import { unwrap } from './errors.ts';
import { getRegisterStart } from './registerStart.ts';
import { prepared } from './statements.ts';
import { currentTerm } from './terms.ts';

/**
 * The number register (sổ đăng ký số văn bản): one row per number given, per (organization, term,
 * document type). Rows are never deleted (a trigger refuses it) and a voided number stays voided.
 * Every function here runs inside the caller's transaction.
 */

export type RegisterKey = { orgId: string; termId: number; docType: string };

/** What the register keeps of a document: trích yếu, nơi nhận, người ký, mật. */
export type RegisterFields = { summary: string; recipients: string; signer: string; secret: boolean };

/**
 * "Ban Thường vụ Tỉnh ủy (để báo cáo); Lưu Văn phòng Huyện ủy": the recipients on one line, each
 * without the mark that ends it on the page (an imported document keeps "," or ";" as written: not ",;").
 */
export function recipientsLine(content: Resolution): string {
  return content.recipients.lines
    .map((l) => withoutEndMark([l.text.replace(/\s*\n\s*/g, ' ').trim(), l.note?.trim()].filter(Boolean).join(' ')))
    .filter((t) => t !== '')
    .join('; ');
}

export function registerFields(content: Resolution): RegisterFields {
  return {
    summary: listingFields(content).summary,
    recipients: recipientsLine(content),
    signer: content.signature.name,
    secret: content.marks.secrecy !== null,
  };
}

/**
 * The next number of a type within a term: one more than the highest already given — in the
 * register, voided ones included (a number is never reused), or printed on an issued document of
 * the term that is not in the register (one imported before its term was known) — and never
 * below the start the office set when it began mid-term (register_starts).
 */
export function nextSeq(db: Db, key: RegisterKey & { termStart: string; termEnd: string | null }): number {
  const inRegister = prepared<[string, number, string], number | null>(
    db,
    'SELECT max(seq) FROM number_register WHERE org_id = ? AND term_id = ? AND doc_type = ?',
  )
    .pluck()
    .get(key.orgId, key.termId, key.docType);
  const onDocuments = prepared<{ orgId: string; docType: string; from: string; to: string | null }, number>(
    db,
    `SELECT number_seq FROM documents INDEXED BY documents_issued_number
       WHERE org_id = @orgId AND doc_type = @docType AND status = 'ban-hanh' AND number_seq IS NOT NULL
         AND issued_on >= @from AND (@to IS NULL OR issued_on < @to)
       ORDER BY number_seq DESC LIMIT 1`,
  )
    .pluck()
    .get({ orgId: key.orgId, docType: key.docType, from: key.termStart, to: key.termEnd });
  const start = getRegisterStart(db, key)?.nextSeq ?? 1;
  return Math.max(inRegister ?? 0, onDocuments ?? 0, start - 1) + 1;
}

export type NewRegisterRow = RegisterKey &
  RegisterFields & {
    seq: number;
    documentId: number | null;
    issuedOn: string;
    at: string;
    who: string;
    /** The issuer code printed on the number ("ĐU"), kept so a later change of the body's code rewrites nothing. */
    issuerCode: string | null;
  };

const INSERT_SQL = `INSERT INTO number_register
  (org_id, term_id, doc_type, seq, document_id, issued_on, summary, recipients, signer, secret, created_at, created_by, issuer_code)
  VALUES (@orgId, @termId, @docType, @seq, @documentId, @issuedOn, @summary, @recipients, @signer, @secret, @at, @who, @issuerCode)`;

function insertParams(row: NewRegisterRow) {
  return { ...row, secret: row.secret ? 1 : 0 };
}

/** Enters a number; fails (UNIQUE) when the number was already given in that term. */
export function insertRegisterRow(db: Db, row: NewRegisterRow): void {
  prepared(db, INSERT_SQL).run(insertParams(row));
}

/**
 * A document created already issued (imported, or demo data): its number is entered in the
 * register of the term covering its date, unless there is no such term or the number is taken.
 */
export function registerIssuedOnCreate(db: Db, doc: { id: number; orgId: string; content: Resolution; who: string; at: string }): void {
  const { seq, typeCode } = doc.content.header.number;
  const date = doc.content.header.date;
  if (seq === null || date === null) return;
  const term = unwrap(currentTerm(db, doc.orgId, date));
  if (term === null) return;
  const row = {
    orgId: doc.orgId,
    termId: term.id,
    docType: typeCode,
    seq,
    documentId: doc.id,
    issuedOn: date,
    ...registerFields(doc.content),
    at: doc.at,
    who: doc.who,
    issuerCode: doc.content.header.number.issuerCode,
  };
  db.prepare(INSERT_SQL.replace('INSERT INTO', 'INSERT OR IGNORE INTO')).run(insertParams(row));
}

type RegisterRow = {
  id: number;
  seq: number;
  document_id: number | null;
  issued_on: string;
  summary: string;
  recipients: string;
  signer: string;
  secret: number;
  voided_at: string | null;
  voided_by: string | null;
  void_reason: string | null;
  created_at: string;
  created_by: string;
  issuer_code: string | null;
};

/** "04-NQ/HU" of a number: its own issuer code when the row kept one, else the body's. */
export type SymbolOf = (seq: number, issuerCode: string | null) => string;

function toEntry(row: RegisterRow, symbol: SymbolOf): RegisterEntry {
  return {
    id: row.id,
    seq: row.seq,
    symbol: symbol(row.seq, row.issuer_code),
    documentId: row.document_id,
    issuedOn: row.issued_on,
    summary: row.summary,
    recipients: row.recipients,
    signer: row.signer,
    secret: row.secret !== 0,
    voided: row.voided_at === null ? null : { at: row.voided_at, by: row.voided_by ?? '', reason: row.void_reason ?? '' },
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

/** The register of one type in one term, in number order. */
export function registerRows(db: Db, key: RegisterKey, symbol: SymbolOf): RegisterEntry[] {
  return db
    .prepare<[string, number, string], RegisterRow>(
      'SELECT * FROM number_register WHERE org_id = ? AND term_id = ? AND doc_type = ? ORDER BY seq',
    )
    .all(key.orgId, key.termId, key.docType)
    .map((row) => toEntry(row, symbol));
}

/** One number's row, or null. */
export function registerRow(db: Db, key: RegisterKey & { seq: number }, symbol: SymbolOf): RegisterEntry | null {
  const row = db
    .prepare<[string, number, string, number], RegisterRow>(
      'SELECT * FROM number_register WHERE org_id = ? AND term_id = ? AND doc_type = ? AND seq = ?',
    )
    .get(key.orgId, key.termId, key.docType, key.seq);
  return row ? toEntry(row, symbol) : null;
}

/** Marks a number voided (the row and the number stay); the trigger refuses voiding twice. */
export function markVoided(db: Db, id: number, v: { at: string; by: string; reason: string }): void {
  db.prepare('UPDATE number_register SET voided_at = ?, voided_by = ?, void_reason = ? WHERE id = ?').run(v.at, v.by, v.reason, id);
}
