import * as z from 'zod';
import { copyKindSchema, type CopyRecord } from '../contract/api.ts';
import { recipientSchema, signatureSchema } from '../contract/model/parts.ts';
import type { Result } from '../contract/result.ts';
import { nowIso } from './clock.ts';
import { durably } from './durable.ts';
import type { Db } from './db.ts';
import { abort, attempt, unwrap } from './errors.ts';
import { readJson, readValue } from './json.ts';

/**
 * The copy register (sổ đăng ký bản sao): each body whose office makes copies numbers them from
 * 01 within a term of its party committee, like its documents ("Số 26-BS/VPHU"). The next number
 * is read in the same transaction that records the copy, so two copies never share a number.
 */

export type CopyScope = { orgId: string; termId: number };

/** What recording a copy needs: the register row less what the register itself gives it. */
export type CopyEntry = Omit<CopyRecord, 'id' | 'seq' | 'createdAt' | 'createdBy'> & { who: string };

export type RecordOptions = {
  /** Record only if this is still the next number (the copy was rendered with it); else abort. */
  expectSeq?: number;
  /** Runs inside the transaction once the row is written (e.g. putting the output file in place); a throw rolls back. */
  onRecorded?: (record: CopyRecord) => void;
};

type CopyRow = {
  id: number;
  org_id: string;
  term_id: number;
  seq: number;
  kind: string;
  document_id: number | null;
  source_label: string;
  copied_on: string;
  recipients: string;
  signer: string;
  created_at: string;
  created_by: string;
};

const recipientsSchema = z.array(recipientSchema);

function toRecord(row: CopyRow): CopyRecord {
  const what = `Bản sao số ${row.seq} (#${row.id})`;
  return {
    id: row.id,
    orgId: row.org_id,
    termId: row.term_id,
    seq: row.seq,
    kind: unwrap(readValue(copyKindSchema, row.kind, what)),
    documentId: row.document_id,
    sourceLabel: row.source_label,
    copiedOn: row.copied_on,
    recipients: unwrap(readJson(recipientsSchema, row.recipients, `Nơi nhận của ${what.toLowerCase()}`)),
    signer: unwrap(readJson(signatureSchema, row.signer, `Người ký của ${what.toLowerCase()}`)),
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

function nextSeq(db: Db, scope: CopyScope): number {
  const last = db
    .prepare<[string, number], number | null>('SELECT max(seq) FROM copy_register WHERE org_id = ? AND term_id = ?')
    .pluck()
    .get(scope.orgId, scope.termId);
  return (last ?? 0) + 1;
}

function checkScope(db: Db, scope: CopyScope): void {
  const term = db.prepare<[number], { org_id: string }>('SELECT org_id FROM terms WHERE id = ?').get(scope.termId);
  if (!term) abort('NOT_FOUND', `Không tìm thấy nhiệm kỳ #${scope.termId}.`);
  if (term.org_id !== scope.orgId) abort('INVALID_INPUT', `Nhiệm kỳ #${scope.termId} không phải nhiệm kỳ của "${scope.orgId}".`);
}

/** The number the next copy of this body in this term will get: 1 when there is none yet. */
export function nextCopyNumber(db: Db, scope: CopyScope): Result<number> {
  return attempt('đọc sổ đăng ký bản sao', () => nextSeq(db, scope));
}

/**
 * Records a copy under the next number of its body and term, all in one IMMEDIATE transaction
 * (the number is read and written under the write lock). With `expectSeq`, aborts when another
 * copy took that number meanwhile.
 */
export function recordCopy(db: Db, entry: CopyEntry, options: RecordOptions = {}): Result<CopyRecord> {
  return attempt('ghi sổ đăng ký bản sao', () =>
    durably(db, () =>
      db
        .transaction(() => {
          checkScope(db, entry);
          if (entry.documentId !== null && db.prepare('SELECT 1 FROM documents WHERE id = ?').get(entry.documentId) === undefined) {
            abort('NOT_FOUND', `Không tìm thấy văn bản #${entry.documentId}.`);
          }
          const seq = nextSeq(db, entry);
          if (options.expectSeq !== undefined && seq !== options.expectSeq) {
            abort('WRITE_FAILED', `Số bản sao ${options.expectSeq} vừa được cấp cho một bản sao khác; hãy làm lại để lấy số ${seq}.`);
          }
          const info = db
            .prepare(
              `INSERT INTO copy_register (org_id, term_id, seq, kind, document_id, source_label, copied_on, recipients, signer, created_at, created_by)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
            )
            .run(
              entry.orgId,
              entry.termId,
              seq,
              entry.kind,
              entry.documentId,
              entry.sourceLabel,
              entry.copiedOn,
              JSON.stringify(entry.recipients),
              JSON.stringify(entry.signer),
              nowIso(db),
              entry.who,
            );
          const row = db.prepare<[number], CopyRow>('SELECT * FROM copy_register WHERE id = ?').get(Number(info.lastInsertRowid));
          if (!row) abort('INTERNAL', 'Không đọc lại được bản sao vừa ghi.');
          const record = toRecord(row);
          options.onRecorded?.(record);
          return record;
        })
        .immediate(),
    ),
  );
}

/** The copies a body made in a term, in number order. */
export function listCopies(db: Db, scope: CopyScope): Result<CopyRecord[]> {
  return attempt('đọc sổ đăng ký bản sao', () =>
    db
      .prepare<[string, number], CopyRow>('SELECT * FROM copy_register WHERE org_id = ? AND term_id = ? ORDER BY seq')
      .all(scope.orgId, scope.termId)
      .map(toRecord),
  );
}

/** The copies made of one of our documents (sao y, sao lục, trích sao), by any body, oldest first. */
export function listCopiesOf(db: Db, documentId: number): Result<CopyRecord[]> {
  return attempt('đọc sổ đăng ký bản sao', () =>
    db
      .prepare<[number], CopyRow>('SELECT * FROM copy_register WHERE document_id = ? ORDER BY created_at, id')
      .all(documentId)
      .map(toRecord),
  );
}
