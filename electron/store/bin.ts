import * as z from 'zod';
import type { Result } from '../contract/result.ts';
import { validate } from '../contract/validation.ts';
import { appendAudit } from './audit.ts';
import { nowIso } from './clock.ts';
import type { Db } from './db.ts';
import type { StoredDocument } from './documentRows.ts';
import { loadDocument } from './documents.ts';
import { abort, attempt, unwrap } from './errors.ts';

/** The bin (thùng rác): documents marked deleted, kept with their versions and audit until restored. */
const binSchema = z.object({
  id: z.number().int().positive(),
  who: z.string().trim().min(1, 'Thiếu người thực hiện'),
  why: z.string().trim().min(1).optional(),
});
export type BinInput = z.input<typeof binSchema>;

type BinRow = { id: number; org_id: string; status: string; version: number; deleted_at: string | null };

function binRow(db: Db, id: number): BinRow {
  const row = db.prepare<[number], BinRow>('SELECT id, org_id, status, version, deleted_at FROM documents WHERE id = ?').get(id);
  if (!row) abort('NOT_FOUND', `Không tìm thấy văn bản #${id}.`);
  return row;
}

/**
 * Moves a document to the bin, with an audit row. An issued document is kept as issued and
 * cannot be deleted. Deleting a document already in the bin changes nothing.
 */
export function deleteDocument(db: Db, input: BinInput): Result<{ id: number }> {
  return attempt('xóa văn bản', () =>
    db
      .transaction(() => {
        const data = unwrap(validate(binSchema, input, 'Yêu cầu xóa văn bản'));
        const row = binRow(db, data.id);
        if (row.deleted_at !== null) return { id: row.id };
        if (row.status === 'ban-hanh') {
          abort('INVALID_INPUT', `Văn bản #${row.id} đã ban hành nên được lưu giữ như khi ban hành; không xóa được.`);
        }
        const at = nowIso(db);
        db.prepare('UPDATE documents SET deleted_at = ?, deleted_by = ? WHERE id = ?').run(at, data.who, row.id);
        appendAudit(db, {
          orgId: row.org_id,
          documentId: row.id,
          action: 'xoa',
          who: data.who,
          at,
          detail: { reason: data.why ?? 'Chuyển vào thùng rác', version: row.version },
        });
        return { id: row.id };
      })
      .immediate(),
  );
}

/** Takes a document out of the bin, with an audit row; a document not in the bin is returned as it is. */
export function restoreDocument(db: Db, input: BinInput): Result<StoredDocument> {
  return attempt('khôi phục văn bản', () =>
    db
      .transaction((): StoredDocument => {
        const data = unwrap(validate(binSchema, input, 'Yêu cầu khôi phục văn bản'));
        const row = binRow(db, data.id);
        if (row.deleted_at === null) return loadDocument(db, row.id);
        const at = nowIso(db);
        db.prepare('UPDATE documents SET deleted_at = NULL, deleted_by = NULL WHERE id = ?').run(row.id);
        appendAudit(db, {
          orgId: row.org_id,
          documentId: row.id,
          action: 'khoi-phuc',
          who: data.who,
          at,
          detail: { reason: data.why ?? 'Khôi phục từ thùng rác', version: row.version },
        });
        return loadDocument(db, row.id);
      })
      .immediate(),
  );
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
