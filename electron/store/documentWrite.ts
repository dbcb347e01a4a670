import * as z from 'zod';
import { resolutionSchema, type Resolution, type ResolutionInput } from '../contract/model/index.ts';
import type { Result } from '../contract/result.ts';
import { validate } from '../contract/validation.ts';
import { rememberChecked } from './checkedContent.ts';
import { nowIso } from './clock.ts';
import type { Db } from './db.ts';
import { columns, INSERT_SQL, writeChange, writeDerived } from './documentChange.ts';
import type { StoredDocument } from './documentRows.ts';
import { loadDocument, loadDocumentText } from './documents.ts';
import { abort, attempt, unwrap } from './errors.ts';
import { registerIssuedOnCreate } from './numberRegister.ts';
import {
  canChangeStatus,
  contentLockedMessage,
  documentStatusSchema,
  draftRoundAfter,
  isContentEditable,
  statusNames,
  type DocumentStatus,
} from '../contract/model/status.ts';

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
  /** New document: its first status (default dự thảo). Existing: a status change made with the content. */
  status: documentStatusSchema.optional(),
  /** Keep a version even when nothing changed ("Lưu phiên bản"). */
  forceVersion: z.boolean().optional(),
  /** An autosave or plain save: its version is kept for recovery but not listed as a checkpoint. */
  autosave: z.boolean().optional(),
  ...whoWhy,
});

const statusSchema = z.object({ id: z.number().int().positive(), status: documentStatusSchema, ...whoWhy });

export type SaveDocumentInput = z.input<typeof saveSchema> & { content: ResolutionInput };
export type SaveCheckedInput = z.input<typeof saveSchema> & { content: Resolution };
export type SetStatusInput = z.input<typeof statusSchema>;

/** Refuses a change of status the workflow does not allow; issuing goes through the number register only. */
export function checkTransition(from: DocumentStatus, to: DocumentStatus): void {
  if (!canChangeStatus(from, to)) {
    abort('INVALID_INPUT', `Không chuyển được văn bản từ "${statusNames[from]}" sang "${statusNames[to]}".`);
  }
  if (to === 'ban-hanh' && from !== to) {
    abort('INVALID_INPUT', 'Văn bản chỉ được ban hành qua sổ đăng ký số văn bản (Ban hành: cấp số, ghi ngày ban hành).');
  }
}

export function checkVersion(current: StoredDocument, expected: number | undefined): void {
  if (expected !== undefined && expected !== current.version) {
    abort(
      'CONFLICT',
      `Văn bản đã được lưu ở nơi khác (phiên bản ${current.version}, bạn đang sửa phiên bản ${expected}). Hãy mở lại văn bản rồi sửa tiếp.`,
    );
  }
}

/**
 * Saves a document's content (new or existing) in one transaction: the row, a version
 * snapshot, its targets and indicators, the search index and an audit row. Content is checked
 * with the model's schema. Saving unchanged content with the same status writes nothing unless
 * `forceVersion`. Content changes only in Dự thảo and Trả lại; an issued document's content is
 * frozen. A new document created as issued (an imported one) is entered in the number register.
 */
export function saveDocument(db: Db, input: SaveDocumentInput): Result<StoredDocument> {
  const given = validate(resolutionSchema, input.content, 'Nội dung văn bản');
  return given.ok ? saveCheckedDocument(db, { ...input, content: given.value }) : given;
}

/** `saveDocument` for content the contract's schema has already checked (a verb's parsed request). */
export function saveCheckedDocument(db: Db, input: SaveCheckedInput): Result<StoredDocument> {
  const { content: given, ...request } = input;
  return attempt('lưu văn bản', () =>
    db
      .transaction((): StoredDocument => {
        const meta = unwrap(validate(saveSchema, request, 'Yêu cầu lưu văn bản'));
        if (meta.id === undefined) {
          const content = given;
          const json = JSON.stringify(content);
          if (meta.orgId === undefined) abort('INVALID_INPUT', 'Văn bản mới phải thuộc một tổ chức (thiếu mã tổ chức).');
          if (db.prepare('SELECT 1 FROM organizations WHERE id = ?').get(meta.orgId) === undefined) {
            abort('NOT_FOUND', `Không tìm thấy tổ chức "${meta.orgId}".`);
          }
          const at = nowIso(db);
          const status = meta.status ?? 'du-thao';
          const id = Number(db.prepare(INSERT_SQL).run({ orgId: meta.orgId, ...columns(content, json, status, at) }).lastInsertRowid);
          writeDerived(
            db,
            { id, orgId: meta.orgId, version: 1, status, content, json, who: meta.who, why: meta.why, at },
            { action: 'tao', previous: null, contentChanged: true },
          );
          if (status === 'ban-hanh') registerIssuedOnCreate(db, { id, orgId: meta.orgId, content, who: meta.who, at });
          rememberChecked(db, id, json);
          return loadDocument(db, id);
        }
        const { document: current, json: currentJson } = loadDocumentText(db, meta.id);
        checkVersion(current, meta.expectedVersion);
        if (meta.orgId !== undefined && meta.orgId !== current.orgId) {
          abort('INVALID_INPUT', 'Không chuyển được văn bản sang tổ chức khác.');
        }
        const status = meta.status ?? current.status;
        checkTransition(current.status, status);
        // Saved and submitted at once: "Dự thảo lần N" follows the same rule as setDocumentStatus.
        const draftRound =
          status === current.status ? given.marks.draftRound : draftRoundAfter(current.status, status, given.marks.draftRound);
        const content = draftRound === given.marks.draftRound ? given : { ...given, marks: { ...given.marks, draftRound } };
        const json = JSON.stringify(content);
        const contentChanged = json !== currentJson;
        if (!contentChanged && status === current.status && meta.forceVersion !== true) return current;
        if (contentChanged && !isContentEditable(current.status)) abort('INVALID_INPUT', contentLockedMessage(current.status));
        const saved = writeChange(
          db,
          current,
          {
            content,
            status,
            who: meta.who,
            why: meta.why,
            ...(meta.forceVersion === true && status === current.status ? { action: 'phien-ban' as const } : {}),
            ...(meta.autosave === true && status === current.status ? { autosave: true } : {}),
          },
          { json, previousJson: currentJson },
        );
        rememberChecked(db, saved.id, json);
        return saved;
      })
      .immediate(),
  );
}

/**
 * Changes a document's status (trình duyệt, trả lại, duyệt) with a version and an audit row;
 * "Dự thảo lần N" follows the rule of `draftRoundAfter` (the resubmission after a return prints the
 * next round). Issuing is `issueDocument` (services/register.ts), which gives the number.
 */
export function setDocumentStatus(db: Db, input: SetStatusInput): Result<StoredDocument> {
  return attempt('đổi trạng thái văn bản', () =>
    db
      .transaction((): StoredDocument => {
        const data = unwrap(validate(statusSchema, input, 'Yêu cầu đổi trạng thái'));
        const current = loadDocument(db, data.id);
        checkVersion(current, data.expectedVersion);
        checkTransition(current.status, data.status);
        if (data.status === current.status) return current;
        const draftRound = draftRoundAfter(current.status, data.status, current.content.marks.draftRound);
        const content = { ...current.content, marks: { ...current.content.marks, draftRound } };
        return writeChange(db, current, { content, status: data.status, who: data.who, why: data.why });
      })
      .immediate(),
  );
}
