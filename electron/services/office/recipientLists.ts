import type { RecipientList } from '../../contract/model/office.ts';
import type { Recipient } from '../../contract/model/parts.ts';
import type { Result } from '../../contract/result.ts';
import type { Db } from '../../store/db.ts';
import { abort, attempt, unwrap } from '../../store/errors.ts';
import { createRecipientList, deleteRecipientList, getRecipientList, updateRecipientList } from '../../store/recipientLists.ts';
import { auditSetup } from './audit.ts';

export type SaveListInput = { id?: number; orgId: string; name: string; lines: Recipient[]; who: string };

/** Adds a "Nơi nhận" list of a body, or edits one of its lists (names, lines, their order), with an audit row. */
export function saveRecipientListAudited(db: Db, input: SaveListInput): Result<RecipientList> {
  return attempt('lưu danh sách nơi nhận', () =>
    db
      .transaction(() => {
        const before = input.id === undefined ? null : unwrap(getRecipientList(db, input.id));
        if (before !== null && before.orgId !== input.orgId) {
          abort('INVALID_INPUT', `Danh sách nơi nhận #${before.id} không thuộc tổ chức ${input.orgId}.`);
        }
        const saved = unwrap(
          before === null
            ? createRecipientList(db, { orgId: input.orgId, name: input.name, lines: input.lines })
            : updateRecipientList(db, before.id, { name: input.name, lines: input.lines }),
        );
        auditSetup(db, {
          orgId: saved.orgId,
          who: input.who,
          entity: `noi-nhan:${saved.id}`,
          reason: `${before ? 'Sửa' : 'Thêm'} danh sách nơi nhận "${saved.name}"`,
          before: before && { name: before.name, lines: before.lines },
          after: { name: saved.name, lines: saved.lines },
        });
        return saved;
      })
      .immediate(),
  );
}

/** Removes a "Nơi nhận" list of a body, with an audit row that keeps its lines; documents keep the lines they took from it. */
export function deleteRecipientListAudited(db: Db, input: { id: number; orgId: string; who: string }): Result<{ deleted: number }> {
  return attempt('xóa danh sách nơi nhận', () =>
    db
      .transaction(() => {
        const before = unwrap(getRecipientList(db, input.id));
        if (before.orgId !== input.orgId) abort('INVALID_INPUT', `Danh sách nơi nhận #${before.id} không thuộc tổ chức ${input.orgId}.`);
        unwrap(deleteRecipientList(db, before.id));
        auditSetup(db, {
          orgId: before.orgId,
          who: input.who,
          entity: `noi-nhan:${before.id}`,
          reason: `Xóa danh sách nơi nhận "${before.name}"`,
          before: { name: before.name, lines: before.lines },
          after: null,
        });
        return { deleted: before.id };
      })
      .immediate(),
  );
}
