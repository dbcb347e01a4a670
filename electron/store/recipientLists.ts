import type { RecipientList } from '../contract/model/office.ts';
import { recipientListLinesSchema as linesSchema, type Recipient } from '../contract/model/parts.ts';
import type { Result } from '../contract/result.ts';
import { nowIso } from './clock.ts';
import { sortVi } from '../format/collation.ts';
import type { Db } from './db.ts';
import { abort, attempt, unwrap } from './errors.ts';
import { readJson } from './json.ts';

/**
 * A named, ordered "Nơi nhận" list the office reuses ("Nghị quyết năm — gửi cấp trên"). The input
 * was checked where it came in (the saveRecipientList verb, a document's checked content); the
 * lines are checked again only when read back.
 */
export type RecipientListInput = { orgId: string; name: string; lines: Recipient[] };
export type RecipientListPatch = { name?: string; lines?: Recipient[] };

type ListRow = { id: number; org_id: string; name: string; lines: string; created_at: string; updated_at: string };

function toList(row: ListRow): RecipientList {
  const lines = unwrap(readJson(linesSchema, row.lines, `Danh sách nơi nhận "${row.name}"`));
  return { id: row.id, orgId: row.org_id, name: row.name, lines, createdAt: row.created_at, updatedAt: row.updated_at };
}

function load(db: Db, id: number): RecipientList {
  const row = db.prepare<[number], ListRow>('SELECT * FROM recipient_lists WHERE id = ?').get(id);
  if (!row) abort('NOT_FOUND', `Không tìm thấy danh sách nơi nhận #${id}.`);
  return toList(row);
}

function checkNameFree(db: Db, orgId: string, name: string, exceptId: number): void {
  if (db.prepare('SELECT 1 FROM recipient_lists WHERE org_id = ? AND name = ? AND id <> ?').get(orgId, name, exceptId) !== undefined) {
    abort('INVALID_INPUT', `Đã có danh sách nơi nhận tên "${name}".`);
  }
}

export function createRecipientList(db: Db, input: RecipientListInput): Result<RecipientList> {
  return attempt('lưu danh sách nơi nhận', () =>
    db
      .transaction(() => {
        const data = input;
        if (db.prepare('SELECT 1 FROM organizations WHERE id = ?').get(data.orgId) === undefined) {
          abort('NOT_FOUND', `Không tìm thấy tổ chức "${data.orgId}".`);
        }
        checkNameFree(db, data.orgId, data.name, 0);
        const at = nowIso(db);
        const info = db
          .prepare('INSERT INTO recipient_lists (org_id, name, lines, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
          .run(data.orgId, data.name, JSON.stringify(data.lines), at, at);
        return load(db, Number(info.lastInsertRowid));
      })
      .immediate(),
  );
}

export function updateRecipientList(db: Db, id: number, patch: RecipientListPatch): Result<RecipientList> {
  return attempt('lưu danh sách nơi nhận', () =>
    db
      .transaction(() => {
        const data = patch;
        const current = load(db, id);
        const name = data.name ?? current.name;
        checkNameFree(db, current.orgId, name, id);
        db.prepare('UPDATE recipient_lists SET name = ?, lines = ?, updated_at = ? WHERE id = ?').run(
          name,
          JSON.stringify(data.lines ?? current.lines),
          nowIso(db),
          id,
        );
        return load(db, id);
      })
      .immediate(),
  );
}

export function deleteRecipientList(db: Db, id: number): Result<void> {
  return attempt('xóa danh sách nơi nhận', () => {
    if (db.prepare('DELETE FROM recipient_lists WHERE id = ?').run(id).changes === 0) {
      abort('NOT_FOUND', `Không tìm thấy danh sách nơi nhận #${id}.`);
    }
  });
}

export function getRecipientList(db: Db, id: number): Result<RecipientList> {
  return attempt('đọc danh sách nơi nhận', () => load(db, id));
}

/** An organization's lists, in Vietnamese order of their names. */
export function listRecipientLists(db: Db, orgId: string): Result<RecipientList[]> {
  return attempt('đọc danh sách nơi nhận', () =>
    sortVi(db.prepare<[string], ListRow>('SELECT * FROM recipient_lists WHERE org_id = ?').all(orgId).map(toList), (l) => l.name),
  );
}

export type { RecipientList };
