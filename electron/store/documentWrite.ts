import { z } from 'zod';
import { resolutionSchema, type Resolution, type ResolutionInput } from '../contract/model/index.ts';
import type { Result } from '../contract/result.ts';
import { validate } from '../contract/validation.ts';
import { appendAudit } from './audit.ts';
import { nowIso } from './clock.ts';
import type { Db } from './db.ts';
import { listingFields, type StoredDocument } from './documentRows.ts';
import { loadDocument } from './documents.ts';
import { abort, attempt, unwrap } from './errors.ts';
import { indexDocument } from './search.ts';
import { canChangeStatus, documentStatusSchema, statusNames, type DocumentStatus } from '../contract/model/status.ts';
import { syncTargets } from './targets.ts';
import { appendVersion } from './versions.ts';

const whoWhy = {
  who: z.string().trim().min(1, 'Thiếu người thực hiện'),
  why: z.string().trim().min(1, 'Thiếu lý do thay đổi'),
  /** When given, the write is refused if someone else saved a newer version meanwhile. */
  expectedVersion: z.number().int().positive().optional(),
};

const saveSchema = z.object({
  /** Absent: a new document. */
  id: z.number().int().positive().optional(),
  /** The owning organization; required for a new document. */
  orgId: z.string().min(1).optional(),
  /** New document: its first status (default dự thảo). Existing: a status change made with the content (e.g. issuing). */
  status: documentStatusSchema.optional(),
  ...whoWhy,
});

const statusSchema = z.object({ id: z.number().int().positive(), status: documentStatusSchema, ...whoWhy });

export type SaveDocumentInput = z.input<typeof saveSchema> & { content: ResolutionInput };
export type SetStatusInput = z.input<typeof statusSchema>;

type Change = { id: number; orgId: string; version: number; status: DocumentStatus; content: Resolution; json: string; who: string; why: string; at: string };

/** Writes the row's derived columns, the version, targets, search index and audit — the parts of one save. */
function writeDerived(db: Db, change: Change, audit: { action: 'tao' | 'sua' | 'trang-thai'; fromStatus?: DocumentStatus; contentChanged: boolean }): void {
  appendVersion(db, { documentId: change.id, version: change.version, status: change.status, content: change.json, who: change.who, why: change.why, at: change.at });
  if (audit.contentChanged) {
    syncTargets(db, { id: change.id, orgId: change.orgId, planYear: change.content.planYear }, change.content.targets);
    indexDocument(db, change.id, change.content);
  }
  appendAudit(db, {
    orgId: change.orgId,
    documentId: change.id,
    action: audit.action,
    who: change.who,
    at: change.at,
    detail: {
      reason: change.why,
      version: change.version,
      ...(audit.fromStatus !== undefined && audit.fromStatus !== change.status ? { fromStatus: audit.fromStatus, toStatus: change.status } : {}),
      ...(audit.action === 'trang-thai' ? { contentChanged: audit.contentChanged } : {}),
    },
  });
}

const UPDATE_SQL = `UPDATE documents SET doc_type = @docType, plan_year = @planYear, status = @status, profile_id = @profileId,
  number_seq = @numberSeq, issued_on = @issuedOn, title = @title, summary = @summary, content = @content,
  version = @version, updated_at = @at WHERE id = @id`;

const INSERT_SQL = `INSERT INTO documents (org_id, doc_type, plan_year, status, profile_id, number_seq, issued_on, title, summary, content, version, created_at, updated_at)
  VALUES (@orgId, @docType, @planYear, @status, @profileId, @numberSeq, @issuedOn, @title, @summary, @content, 1, @at, @at)`;

function columns(content: Resolution, json: string, status: DocumentStatus, at: string) {
  return {
    docType: content.header.number.typeCode,
    planYear: content.planYear,
    status,
    profileId: content.profileId,
    numberSeq: content.header.number.seq,
    issuedOn: content.header.date,
    ...listingFields(content),
    content: json,
    at,
  };
}

function checkTransition(from: DocumentStatus, to: DocumentStatus): void {
  if (!canChangeStatus(from, to)) {
    abort('INVALID_INPUT', `Không chuyển được văn bản từ "${statusNames[from]}" sang "${statusNames[to]}".`);
  }
}

function checkVersion(current: StoredDocument, expected: number | undefined): void {
  if (expected !== undefined && expected !== current.version) {
    abort('INVALID_INPUT', `Văn bản đã được lưu ở nơi khác (phiên bản ${current.version}, bạn đang sửa phiên bản ${expected}). Hãy mở lại văn bản rồi sửa tiếp.`);
  }
}

/**
 * Saves a document's content (new or existing) in one transaction: the row, a version
 * snapshot, its targets and indicators, the search index and an audit row. Content is checked
 * with the model's schema. Saving unchanged content with the same status writes nothing.
 * An issued document's content cannot change.
 */
export function saveDocument(db: Db, input: SaveDocumentInput): Result<StoredDocument> {
  return attempt('lưu văn bản', () =>
    db.transaction((): StoredDocument => {
      const meta = unwrap(validate(saveSchema, input, 'Yêu cầu lưu văn bản'));
      const content = unwrap(validate(resolutionSchema, input.content, 'Nội dung văn bản'));
      const json = JSON.stringify(content);
      const at = nowIso(db);
      if (meta.id === undefined) {
        if (meta.orgId === undefined) abort('INVALID_INPUT', 'Văn bản mới phải thuộc một tổ chức (thiếu mã tổ chức).');
        if (db.prepare('SELECT 1 FROM organizations WHERE id = ?').get(meta.orgId) === undefined) {
          abort('NOT_FOUND', `Không tìm thấy tổ chức "${meta.orgId}".`);
        }
        const status = meta.status ?? 'du-thao';
        const id = Number(db.prepare(INSERT_SQL).run({ orgId: meta.orgId, ...columns(content, json, status, at) }).lastInsertRowid);
        writeDerived(db, { id, orgId: meta.orgId, version: 1, status, content, json, who: meta.who, why: meta.why, at }, { action: 'tao', contentChanged: true });
        return loadDocument(db, id);
      }
      const current = loadDocument(db, meta.id);
      checkVersion(current, meta.expectedVersion);
      if (meta.orgId !== undefined && meta.orgId !== current.orgId) abort('INVALID_INPUT', 'Không chuyển được văn bản sang tổ chức khác.');
      const status = meta.status ?? current.status;
      checkTransition(current.status, status);
      const contentChanged = json !== JSON.stringify(current.content);
      if (!contentChanged && status === current.status) return current;
      if (contentChanged && current.status === 'ban-hanh') {
        abort('INVALID_INPUT', 'Văn bản đã ban hành được giữ nguyên như khi ban hành; không sửa được nội dung. Hãy tạo văn bản mới nếu cần.');
      }
      const version = current.version + 1;
      db.prepare(UPDATE_SQL).run({ id: current.id, version, ...columns(content, json, status, at) });
      const action = status !== current.status ? 'trang-thai' : 'sua';
      writeDerived(db, { id: current.id, orgId: current.orgId, version, status, content, json, who: meta.who, why: meta.why, at }, { action, fromStatus: current.status, contentChanged });
      return loadDocument(db, current.id);
    }).immediate(),
  );
}

/** Changes a document's status (trình duyệt, trả lại, duyệt, ban hành) with a version and an audit row. */
export function setDocumentStatus(db: Db, input: SetStatusInput): Result<StoredDocument> {
  return attempt('đổi trạng thái văn bản', () =>
    db.transaction((): StoredDocument => {
      const data = unwrap(validate(statusSchema, input, 'Yêu cầu đổi trạng thái'));
      const current = loadDocument(db, data.id);
      checkVersion(current, data.expectedVersion);
      checkTransition(current.status, data.status);
      if (data.status === current.status) return current;
      const version = current.version + 1;
      const json = JSON.stringify(current.content);
      const at = nowIso(db);
      db.prepare(UPDATE_SQL).run({ id: current.id, version, ...columns(current.content, json, data.status, at) });
      writeDerived(
        db,
        { id: current.id, orgId: current.orgId, version, status: data.status, content: current.content, json, who: data.who, why: data.why, at },
        { action: 'trang-thai', fromStatus: current.status, contentChanged: false },
      );
      return loadDocument(db, current.id);
    }).immediate(),
  );
}
