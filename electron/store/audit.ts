import * as z from 'zod';
import type { Result } from '../contract/result.ts';
import type { Db } from './db.ts';
import { attempt, unwrap } from './errors.ts';
import { prepared } from './statements.ts';
import { readJson, readValue } from './json.ts';
import { documentStatusSchema } from '../contract/model/status.ts';

/**
 * tao: created; sua: content changed; trang-thai: status changed (maybe with content); ket-qua:
 * results entered; xoa: moved to the bin; khoi-phuc: restored from the bin; phien-ban: a version
 * kept on request ("Lưu phiên bản"); khoi-phuc-phien-ban: an earlier version restored;
 * sua-sau-ban-hanh: an issued document amended (new version, same number and date); huy-so: a
 * number of the register voided; y-kien, tra-loi-y-kien, xu-ly-y-kien, mo-lai-y-kien, xoa-y-kien:
 * a comment added, replied to, resolved, reopened, deleted (detail.commentId); thiet-lap: the
 * set-up changed (a body, term, signer, recipient list, register start, imported register or
 * person: detail.entity, with detail.before and detail.after).
 */
export const auditActions = [
  'tao',
  'sua',
  'trang-thai',
  'ket-qua',
  'xoa',
  'khoi-phuc',
  'phien-ban',
  'khoi-phuc-phien-ban',
  'sua-sau-ban-hanh',
  'huy-so',
  'y-kien',
  'tra-loi-y-kien',
  'xu-ly-y-kien',
  'mo-lai-y-kien',
  'xoa-y-kien',
  'thiet-lap',
] as const;
export const auditActionSchema = z.enum(auditActions);
export type AuditAction = z.infer<typeof auditActionSchema>;

export const auditDetailSchema = z.object({
  reason: z.string(),
  version: z.number().int().optional(),
  fromStatus: documentStatusSchema.optional(),
  toStatus: documentStatusSchema.optional(),
  contentChanged: z.boolean().optional(),
  year: z.number().int().optional(),
  keys: z.array(z.string()).optional(),
  /** The number given or voided, as printed: "04-NQ/HU". */
  number: z.string().optional(),
  /** The version whose content was restored. */
  restoredVersion: z.number().int().optional(),
  /** The comment (ý kiến) added, replied to, resolved, reopened or deleted. */
  commentId: z.string().optional(),
  /** What a set-up change touched: "co-quan:DU-CONG-HAI", "nhiem-ky:3", "nguoi-ky:2", "nguoi:Lê Thị C" … */
  entity: z.string().optional(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
export type AuditDetail = z.infer<typeof auditDetailSchema>;

export type AuditEntry = {
  id: number;
  orgId: string;
  documentId: number | null;
  action: AuditAction;
  who: string;
  at: string;
  detail: AuditDetail;
};

/** Appends one row to the audit log; call inside the transaction that makes the change, with its time. */
export function appendAudit(db: Db, entry: Omit<AuditEntry, 'id'>): void {
  prepared(db, 'INSERT INTO audit_log (org_id, document_id, action, who, at, detail) VALUES (?, ?, ?, ?, ?, ?)').run(
    entry.orgId,
    entry.documentId,
    entry.action,
    entry.who,
    entry.at,
    JSON.stringify(entry.detail),
  );
}

type AuditRow = { id: number; org_id: string; document_id: number | null; action: string; who: string; at: string; detail: string };

/** The audit log of one document, or of a whole organization, oldest first. */
export function listAudit(db: Db, filter: { documentId: number } | { orgId: string }): Result<AuditEntry[]> {
  return attempt('đọc nhật ký thay đổi', () => {
    const rows =
      'documentId' in filter
        ? db.prepare<[number], AuditRow>('SELECT * FROM audit_log WHERE document_id = ? ORDER BY id').all(filter.documentId)
        : db.prepare<[string], AuditRow>('SELECT * FROM audit_log WHERE org_id = ? ORDER BY id').all(filter.orgId);
    return rows.map((row) => ({
      id: row.id,
      orgId: row.org_id,
      documentId: row.document_id,
      action: unwrap(readValue(auditActionSchema, row.action, `Loại thay đổi trong nhật ký #${row.id}`)),
      who: row.who,
      at: row.at,
      detail: unwrap(readJson(auditDetailSchema, row.detail, `Chi tiết nhật ký #${row.id}`)),
    }));
  });
}
