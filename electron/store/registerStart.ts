import type { Db } from './db.ts';

/**
 * Where a body's number register starts when the office began mid-term: the next number of a
 * type in a term (the ones before it were issued outside the app). Runs inside the caller's
 * transaction.
 */
export type RegisterStart = { orgId: string; termId: number; docType: string; nextSeq: number; setAt: string; setBy: string };

type StartRow = { org_id: string; term_id: number; doc_type: string; next_seq: number; set_at: string; set_by: string };

const toStart = (r: StartRow): RegisterStart => ({
  orgId: r.org_id,
  termId: r.term_id,
  docType: r.doc_type,
  nextSeq: r.next_seq,
  setAt: r.set_at,
  setBy: r.set_by,
});

export function getRegisterStart(db: Db, key: { orgId: string; termId: number; docType: string }): RegisterStart | null {
  const row = db
    .prepare<[string, number, string], StartRow>('SELECT * FROM register_starts WHERE org_id = ? AND term_id = ? AND doc_type = ?')
    .get(key.orgId, key.termId, key.docType);
  return row ? toStart(row) : null;
}

export function listRegisterStarts(db: Db, orgId: string): RegisterStart[] {
  return db
    .prepare<[string], StartRow>('SELECT * FROM register_starts WHERE org_id = ? ORDER BY term_id, doc_type')
    .all(orgId)
    .map(toStart);
}

export function writeRegisterStart(db: Db, start: RegisterStart): void {
  db.prepare(
    `INSERT INTO register_starts (org_id, term_id, doc_type, next_seq, set_at, set_by) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (org_id, term_id, doc_type) DO UPDATE SET next_seq = excluded.next_seq, set_at = excluded.set_at, set_by = excluded.set_by`,
  ).run(start.orgId, start.termId, start.docType, start.nextSeq, start.setAt, start.setBy);
}
