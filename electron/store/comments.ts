import { randomUUID } from 'node:crypto';
import type { Block } from '../contract/model/body.ts';
import { withAnchorFrom } from '../contract/model/commentAnchors.ts';
import { commentEntrySchema, type CommentEntry, type CommentThread } from '../contract/model/comments.ts';
import { commentPartSchema, type CommentPart } from '../contract/model/review.ts';
import type { Result } from '../contract/result.ts';
import { appendAudit, type AuditAction } from './audit.ts';
import { nowIso } from './clock.ts';
import type { Db } from './db.ts';
import { loadDocument } from './documents.ts';
import { abort, attempt, unwrap } from './errors.ts';
import { readValue } from './json.ts';
import { commentParts } from './reviewItems.ts';
import { shortText } from '../format/shortText.ts';

/**
 * Comment threads (table `comments`, migration 0004; `part` 0008). Every change is one transaction with its
 * audit row (y-kien, tra-loi-y-kien, xu-ly-y-kien, mo-lai-y-kien, xoa-y-kien). Rows are checked
 * with zod when read back.
 */

type CommentRow = {
  id: string;
  document_id: number;
  parent_id: string | null;
  author: string;
  created_at: string;
  body: string;
  quote: string;
  resolved_at: string | null;
  resolved_by: string | null;
  /** The JSON of the thread's CommentPart (migration 0008), null on the body's text. */
  part: string | null;
};

function toEntry(row: CommentRow): CommentEntry {
  const entry = {
    id: row.id,
    documentId: row.document_id,
    parentId: row.parent_id,
    author: row.author,
    createdAt: row.created_at,
    body: row.body,
    quote: row.quote,
    resolvedAt: row.resolved_at,
    resolvedBy: row.resolved_by,
  };
  return unwrap(readValue(commentEntrySchema, entry, `Ý kiến ${row.id}`));
}

function loadEntry(db: Db, id: string): CommentEntry {
  const row = db.prepare<[string], CommentRow>('SELECT * FROM comments WHERE id = ?').get(id);
  if (!row) abort('NOT_FOUND', 'Không tìm thấy ý kiến này (có thể đã bị xóa).');
  return toEntry(row);
}

/** The part a thread made in the app is on (its row's `part`), null on the body's text. */
function partOf(row: CommentRow): CommentPart | null {
  return row.part === null ? null : unwrap(readValue(commentPartSchema, JSON.parse(row.part), `Ý kiến ${row.id}`));
}

function loadThread(db: Db, id: string): CommentThread {
  const row = db.prepare<[string], CommentRow>('SELECT * FROM comments WHERE id = ?').get(id);
  if (!row) abort('NOT_FOUND', 'Không tìm thấy ý kiến này (có thể đã bị xóa).');
  const replies = db
    .prepare<[string], CommentRow>('SELECT * FROM comments WHERE parent_id = ? ORDER BY created_at, rowid')
    .all(id)
    .map(toEntry);
  const part = partOf(row);
  return { ...toEntry(row), replies, ...(part ? { onPart: part } : {}) };
}

/** The thread's first comment of `id` (itself, or the comment it replies to). */
function rootOf(db: Db, id: string): CommentEntry {
  const entry = loadEntry(db, id);
  return entry.parentId === null ? entry : loadEntry(db, entry.parentId);
}

function audit(db: Db, documentId: number, action: AuditAction, who: string, reason: string, commentId: string, at: string): void {
  const orgId = db.prepare<[number], { org_id: string }>('SELECT org_id FROM documents WHERE id = ?').get(documentId)?.org_id ?? '';
  appendAudit(db, { orgId, documentId, action, who, at, detail: { reason, commentId } });
}

/** A document's threads with their replies, oldest first (with the part a thread is on: made in the app, or read from Word). */
export function listComments(db: Db, documentId: number): Result<CommentThread[]> {
  return attempt('đọc ý kiến', () => {
    loadDocument(db, documentId);
    const rows = db
      .prepare<[number], CommentRow>('SELECT * FROM comments WHERE document_id = ? ORDER BY created_at, rowid')
      .all(documentId);
    const imported = commentParts(db, documentId);
    const threads = new Map<string, CommentThread>();
    for (const row of rows) {
      if (row.parent_id !== null) continue;
      const part = partOf(row) ?? imported.get(row.id);
      threads.set(row.id, { ...toEntry(row), replies: [], ...(part ? { onPart: part } : {}) });
    }
    for (const row of rows) if (row.parent_id !== null) threads.get(row.parent_id)?.replies.push(toEntry(row));
    return [...threads.values()];
  });
}

export type NewComment = {
  id: string;
  documentId: number;
  author: string;
  body: string;
  quote: string;
  /** The body with this comment's anchor, written into the content in place (the caller decides when: services/comments.ts). */
  documentBody?: readonly Block[] | undefined;
  /** A thread on a part of the draft other than the body's text (checked by the caller). */
  part?: CommentPart | undefined;
};

/** Writes the anchor of `id` into the document's content without a new version (the text is unchanged). */
function anchorInContent(db: Db, documentId: number, id: string, documentBody: readonly Block[]): void {
  const doc = loadDocument(db, documentId);
  const body = withAnchorFrom(doc.content.body, documentBody, id);
  if (body === null) {
    abort('INVALID_INPUT', 'Nội dung văn bản đã thay đổi so với bản đang mở nên chưa ghi được ý kiến. Hãy mở lại văn bản rồi góp ý.');
  }
  db.prepare('UPDATE documents SET content = ? WHERE id = ?').run(JSON.stringify({ ...doc.content, body }), documentId);
}

/** A new thread on a document. */
export function insertComment(db: Db, input: NewComment): Result<CommentThread> {
  return attempt('lưu ý kiến', () =>
    db
      .transaction((): CommentThread => {
        loadDocument(db, input.documentId);
        if (db.prepare('SELECT 1 FROM comments WHERE id = ?').get(input.id) !== undefined) {
          abort('INVALID_INPUT', 'Ý kiến này đã được lưu.');
        }
        if (input.documentBody) anchorInContent(db, input.documentId, input.id, input.documentBody);
        const at = nowIso(db);
        db.prepare(
          'INSERT INTO comments (id, document_id, parent_id, author, created_at, body, quote, part) VALUES (?, ?, NULL, ?, ?, ?, ?, ?)',
        ).run(input.id, input.documentId, input.author, at, input.body, input.quote, input.part ? JSON.stringify(input.part) : null);
        const on = input.part?.place ? ` về ${input.part.place}` : '';
        audit(db, input.documentId, 'y-kien', input.author, `Thêm ý kiến${on}: ${shortText(input.body, 60)}`, input.id, at);
        return loadThread(db, input.id);
      })
      .immediate(),
  );
}

/** A reply at the end of a thread (a reply to a reply joins the same thread). */
export function insertReply(db: Db, input: { parentId: string; author: string; body: string }): Result<CommentEntry> {
  return attempt('lưu trả lời ý kiến', () =>
    db
      .transaction((): CommentEntry => {
        const root = rootOf(db, input.parentId);
        const id = randomUUID();
        const at = nowIso(db);
        db.prepare('INSERT INTO comments (id, document_id, parent_id, author, created_at, body, quote) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
          id,
          root.documentId,
          root.id,
          input.author,
          at,
          input.body,
          '',
        );
        audit(db, root.documentId, 'tra-loi-y-kien', input.author, `Trả lời ý kiến: ${shortText(input.body, 60)}`, id, at);
        return loadEntry(db, id);
      })
      .immediate(),
  );
}

/** Marks a thread "Đã xử lý" (resolved) or opens it again; nothing is written when it already is. */
export function setResolved(db: Db, input: { id: string; resolved: boolean; who: string }): Result<CommentThread> {
  return attempt(input.resolved ? 'đánh dấu đã xử lý ý kiến' : 'mở lại ý kiến', () =>
    db
      .transaction((): CommentThread => {
        const root = rootOf(db, input.id);
        if ((root.resolvedAt !== null) === input.resolved) return loadThread(db, root.id);
        const at = nowIso(db);
        db.prepare('UPDATE comments SET resolved_at = ?, resolved_by = ? WHERE id = ?').run(
          input.resolved ? at : null,
          input.resolved ? input.who : null,
          root.id,
        );
        const [action, reason] = input.resolved
          ? (['xu-ly-y-kien', 'Đã xử lý ý kiến'] as const)
          : (['mo-lai-y-kien', 'Mở lại ý kiến'] as const);
        audit(db, root.documentId, action, input.who, reason, root.id, at);
        return loadThread(db, root.id);
      })
      .immediate(),
  );
}

/** Deletes a comment (a thread with its replies), by its author only. */
export function removeComment(db: Db, input: { id: string; who: string }): Result<{ id: string; documentId: number }> {
  return attempt('xóa ý kiến', () =>
    db
      .transaction(() => {
        const entry = loadEntry(db, input.id);
        if (entry.author.normalize('NFC') !== input.who.normalize('NFC')) {
          abort('INVALID_INPUT', `Chỉ người viết ý kiến (${entry.author}) mới xóa được ý kiến này.`);
        }
        db.prepare('DELETE FROM comments WHERE id = ?').run(entry.id);
        audit(
          db,
          entry.documentId,
          'xoa-y-kien',
          input.who,
          `Xóa ${entry.parentId === null ? 'ý kiến' : 'trả lời ý kiến'}: ${shortText(entry.body, 60)}`,
          entry.id,
          nowIso(db),
        );
        return { id: entry.id, documentId: entry.documentId };
      })
      .immediate(),
  );
}
