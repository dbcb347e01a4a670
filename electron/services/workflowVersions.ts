import * as z from 'zod';
import { resolutionSchema, type ResolutionInput } from '../contract/model/index.ts';
import type { StoredDocument } from '../contract/model/office.ts';
import { contentLockedMessage, isContentEditable } from '../contract/model/status.ts';
import type { Result } from '../contract/result.ts';
import { validate } from '../contract/validation.ts';
import type { Db } from '../store/db.ts';
import { writeChange } from '../store/documentChange.ts';
import { checkVersion, saveDocument } from '../store/documentWrite.ts';
import { getDocument, loadDocument } from '../store/documents.ts';
import { abort, attempt, unwrap } from '../store/errors.ts';
import { getVersion } from '../store/versions.ts';

/**
 * Versions on request: "Lưu phiên bản" keeps a version even when nothing changed; an earlier
 * version can be restored (as a new version naming it); an issued document is amended only as a
 * new version with a reason, keeping its number and date.
 */

const who = z.string().trim().min(1, 'Thiếu người thực hiện');
const expectedVersion = z.number().int().positive().optional();

const saveVersionSchema = z.object({
  id: z.number().int().positive(),
  who,
  why: z.string().trim().min(1, 'Hãy ghi tên hoặc lý do của phiên bản'),
  expectedVersion,
});
export type SaveVersionInput = z.input<typeof saveVersionSchema> & { content?: ResolutionInput };

/**
 * "Lưu phiên bản": a new version of the document with this reason — of `content` when given (the
 * text being edited; refused outside Dự thảo and Trả lại when it differs), else of what is saved.
 */
export function saveVersion(db: Db, input: SaveVersionInput): Result<StoredDocument> {
  const data = validate(saveVersionSchema, input, 'Yêu cầu lưu phiên bản');
  if (!data.ok) return data;
  const current = getDocument(db, data.value.id);
  if (!current.ok) return current;
  return saveDocument(db, {
    id: data.value.id,
    content: input.content ?? current.value.content,
    expectedVersion: data.value.expectedVersion ?? current.value.version,
    forceVersion: true,
    who: data.value.who,
    why: data.value.why,
  });
}

const restoreSchema = z.object({
  id: z.number().int().positive(),
  version: z.number().int().positive(),
  who,
  why: z.string().trim().min(1).optional(),
  expectedVersion,
});
export type RestoreVersionInput = z.input<typeof restoreSchema>;

/**
 * Restores an earlier version's content as a new version whose reason names it ("Khôi phục phiên
 * bản 3: …"). Only while the content may be edited; the current "Dự thảo lần N" is kept.
 */
export function restoreVersion(db: Db, input: RestoreVersionInput): Result<StoredDocument> {
  return attempt('khôi phục phiên bản', () =>
    db
      .transaction((): StoredDocument => {
        const data = unwrap(validate(restoreSchema, input, 'Yêu cầu khôi phục phiên bản'));
        const current = loadDocument(db, data.id);
        checkVersion(current, data.expectedVersion);
        if (!isContentEditable(current.status)) abort('INVALID_INPUT', contentLockedMessage(current.status));
        const old = unwrap(getVersion(db, data.id, data.version));
        const content = {
          ...old.content,
          header: { ...old.content.header, number: current.content.header.number, date: current.content.header.date },
          marks: { ...old.content.marks, draftRound: current.content.marks.draftRound },
        };
        const why = `Khôi phục phiên bản ${data.version} (${old.createdBy}, ${old.createdAt.slice(0, 10)})${data.why ? `: ${data.why}` : ''}`;
        return writeChange(db, current, {
          content,
          status: current.status,
          who: data.who,
          why,
          action: 'khoi-phuc-phien-ban',
          detail: { restoredVersion: data.version },
        });
      })
      .immediate(),
  );
}

const amendSchema = z.object({
  id: z.number().int().positive(),
  who,
  why: z.string().trim().min(1, 'Sửa văn bản đã ban hành phải ghi lý do'),
  expectedVersion,
});
export type AmendIssuedInput = z.input<typeof amendSchema> & { content: ResolutionInput };

/**
 * Sửa văn bản đã ban hành: a new version of an issued document with the reason, keeping its
 * number and issue date (and no "Dự thảo" mark). The register keeps the entry made at issue.
 */
export function amendIssued(db: Db, input: AmendIssuedInput): Result<StoredDocument> {
  return attempt('sửa văn bản đã ban hành', () =>
    db
      .transaction((): StoredDocument => {
        const data = unwrap(validate(amendSchema, input, 'Yêu cầu sửa văn bản đã ban hành'));
        const given = unwrap(validate(resolutionSchema, input.content, 'Nội dung văn bản'));
        const current = loadDocument(db, data.id);
        checkVersion(current, data.expectedVersion);
        if (current.status !== 'ban-hanh') {
          abort('INVALID_INPUT', 'Chỉ dùng "Sửa văn bản đã ban hành" cho văn bản đã ban hành; văn bản này sửa và lưu như bình thường.');
        }
        const content = {
          ...given,
          header: { ...given.header, number: current.content.header.number, date: current.content.header.date },
          marks: { ...given.marks, draftRound: null },
        };
        if (JSON.stringify(content) === JSON.stringify(current.content)) {
          abort('INVALID_INPUT', 'Nội dung không thay đổi so với bản đã ban hành.');
        }
        return writeChange(db, current, { content, status: 'ban-hanh', who: data.who, why: data.why, action: 'sua-sau-ban-hanh' });
      })
      .immediate(),
  );
}
