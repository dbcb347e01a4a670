import type { DocumentStatus } from '../contract/model/status.ts';
import type { Result } from '../contract/result.ts';
import { appendAudit } from './audit.ts';
import { nowIso } from './clock.ts';
import type { Db } from './db.ts';
import { abort, attempt } from './errors.ts';

/**
 * The bin (thùng rác): documents marked deleted, kept with their versions and audit until
 * restored. Persistence only: the service (services/bin.ts) runs the rules in its transaction.
 */

export type BinRow = { id: number; org_id: string; status: DocumentStatus; version: number; deleted_at: string | null };

/** The document's row as the bin sees it (also when in the bin); NOT_FOUND when there is none. */
export function binRow(db: Db, id: number): BinRow {
  const row = db.prepare<[number], BinRow>('SELECT id, org_id, status, version, deleted_at FROM documents WHERE id = ?').get(id);
  if (!row) abort('NOT_FOUND', `Không tìm thấy văn bản #${id}.`);
  return row;
}

/** Marks the document deleted (or not), with its audit row ("xoa" or "khoi-phuc"). */
export function markBinned(db: Db, row: BinRow, change: { deleted: boolean; who: string; why: string }): void {
  const at = nowIso(db);
  if (change.deleted) db.prepare('UPDATE documents SET deleted_at = ?, deleted_by = ? WHERE id = ?').run(at, change.who, row.id);
  else db.prepare('UPDATE documents SET deleted_at = NULL, deleted_by = NULL WHERE id = ?').run(row.id);
  appendAudit(db, {
    orgId: row.org_id,
    documentId: row.id,
    action: change.deleted ? 'xoa' : 'khoi-phuc',
    who: change.who,
    at,
    detail: { reason: change.why, version: row.version },
  });
}

export type BinnedDocument = { id: number; orgId: string; deletedAt: string; deletedBy: string };

/** What is in the bin (of one organization, or all), last deleted first. */
export function listBin(db: Db, orgId?: string): Result<BinnedDocument[]> {
  return attempt('đọc thùng rác', () =>
    db
      .prepare<{ orgId: string | null }, { id: number; org_id: string; deleted_at: string; deleted_by: string }>(
        `SELECT id, org_id, deleted_at, deleted_by FROM documents
         WHERE deleted_at IS NOT NULL AND (@orgId IS NULL OR org_id = @orgId)
         ORDER BY deleted_at DESC, id DESC`,
      )
      .all({ orgId: orgId ?? null })
      .map((r) => ({ id: r.id, orgId: r.org_id, deletedAt: r.deleted_at, deletedBy: r.deleted_by })),
  );
}
