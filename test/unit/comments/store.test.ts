import { describe, expect, it } from 'vitest';
import type { Block } from '../../../electron/contract/model/body.ts';
import { inlineLists, samePrintedBody } from '../../../electron/contract/model/commentAnchors.ts';
import { listAudit } from '../../../electron/store/audit.ts';
import { getDocument } from '../../../electron/store/documents.ts';
import { saveDocument, setDocumentStatus } from '../../../electron/services/documentSave.ts';
import { addComment, deleteComment, listDocumentComments, replyComment, resolveComment } from '../../../electron/services/comments.ts';
import { draft, must, seededStore } from '../store/kit.ts';
import { A, B, C, markedBody, savedDraft } from './kit.ts';

const who = 'Chuyên viên thử';

/** The marked runs of a body: [text, comment ids]. */
function marked(body: Block[]): [string, string[]][] {
  return inlineLists(body).flatMap((list) =>
    list.flatMap((r): [string, string[]][] => (r.type === 'text' && r.comments ? [[r.text, r.comments]] : [])),
  );
}

describe('comment threads in the store', () => {
  it('adds, replies, resolves, reopens and lists threads, each change audited', () => {
    const { db } = seededStore();
    const doc = savedDraft(db, (d) => ({ ...d, body: markedBody(A, B) }));
    const first = must(
      addComment(db, { documentId: doc.id, id: A, body: 'Nên nêu rõ tiêu chí.', quote: 'nông thôn mới', author: 'Chánh Văn phòng' }, who),
    );
    expect(first).toMatchObject({
      id: A,
      documentId: doc.id,
      parentId: null,
      author: 'Chánh Văn phòng',
      quote: 'nông thôn mới',
      resolvedAt: null,
      replies: [],
    });
    must(addComment(db, { documentId: doc.id, id: B, body: 'Bền vững theo nghĩa nào?', quote: 'bền vững' }, who));
    const reply = must(replyComment(db, { parentId: A, body: 'Đã bổ sung.', author: 'Thư ký' }, who));
    // A reply to a reply joins the same thread.
    const again = must(replyComment(db, { parentId: reply.id, body: 'Cảm ơn.' }, who));
    expect(again.parentId).toBe(A);

    const listing = must(listDocumentComments(db, doc.id, who));
    expect(listing.who).toBe(who);
    expect(listing.threads.map((t) => [t.id, t.author, t.replies.map((r) => [r.author, r.body])])).toEqual([
      [
        A,
        'Chánh Văn phòng',
        [
          ['Thư ký', 'Đã bổ sung.'],
          [who, 'Cảm ơn.'],
        ],
      ],
      [B, who, []],
    ]);

    const resolved = must(resolveComment(db, { id: A, resolved: true, author: 'Chánh Văn phòng' }, who));
    expect(resolved.resolvedBy).toBe('Chánh Văn phòng');
    expect(resolved.resolvedAt).not.toBeNull();
    // Resolving what is resolved writes nothing; resolving by a reply's id resolves its thread.
    must(resolveComment(db, { id: reply.id, resolved: true }, who));
    const reopened = must(resolveComment(db, { id: A, resolved: false }, who));
    expect([reopened.resolvedAt, reopened.resolvedBy]).toEqual([null, null]);

    const actions = must(listAudit(db, { documentId: doc.id }))
      .filter((e) => e.detail.commentId !== undefined)
      .map((e) => [e.action, e.who, e.detail.commentId]);
    expect(actions).toEqual([
      ['y-kien', 'Chánh Văn phòng', A],
      ['y-kien', who, B],
      ['tra-loi-y-kien', 'Thư ký', reply.id],
      ['tra-loi-y-kien', who, again.id],
      ['xu-ly-y-kien', 'Chánh Văn phòng', A],
      ['mo-lai-y-kien', who, A],
    ]);
  });

  it('lets only the author delete; a thread goes with its replies', () => {
    const { db } = seededStore();
    const doc = savedDraft(db);
    must(addComment(db, { documentId: doc.id, id: A, body: 'Ý kiến một.', quote: '', author: 'Chánh Văn phòng' }, who));
    const reply = must(replyComment(db, { parentId: A, body: 'Trả lời.', author: 'Thư ký' }, who));
    const refused = deleteComment(db, { id: A, author: 'Thư ký' }, who);
    expect(refused.ok ? null : refused.error.message).toContain('Chỉ người viết ý kiến (Chánh Văn phòng)');
    must(deleteComment(db, { id: reply.id, author: 'Thư ký' }, who));
    expect(must(listDocumentComments(db, doc.id, who)).threads[0]?.replies).toEqual([]);
    must(replyComment(db, { parentId: A, body: 'Trả lời lần hai.', author: 'Thư ký' }, who));
    expect(must(deleteComment(db, { id: A, author: 'Chánh Văn phòng' }, who))).toEqual({ id: A });
    expect(must(listDocumentComments(db, doc.id, who)).threads).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM comments').pluck().get()).toBe(0);
    expect(must(listAudit(db, { documentId: doc.id })).filter((e) => e.action === 'xoa-y-kien')).toHaveLength(2);
  });

  it('refuses an id used twice, a missing document or comment, and reads rows back through zod', () => {
    const { db } = seededStore();
    const doc = savedDraft(db);
    must(addComment(db, { documentId: doc.id, id: A, body: 'Một.', quote: '' }, who));
    const twice = addComment(db, { documentId: doc.id, id: A, body: 'Hai.', quote: '' }, who);
    expect(twice.ok ? null : twice.error.code).toBe('INVALID_INPUT');
    const missingDoc = addComment(db, { documentId: 999, id: B, body: 'Ba.', quote: '' }, who);
    expect(missingDoc.ok ? null : missingDoc.error.code).toBe('NOT_FOUND');
    const missingParent = replyComment(db, { parentId: C, body: 'Bốn.' }, who);
    expect(missingParent.ok ? null : missingParent.error.code).toBe('NOT_FOUND');
    // Nothing half-written: the failed calls left no row and no audit.
    expect(db.prepare('SELECT count(*) FROM comments').pluck().get()).toBe(1);
    db.prepare("UPDATE comments SET body = '   ' WHERE id = ?").run(A);
    const read = listDocumentComments(db, doc.id, who);
    expect(read.ok ? null : read.error.code).toBe('READ_FAILED');
  });

  it('writes the anchor into a locked document with the comment, without a new version', () => {
    const { db } = seededStore();
    const doc = savedDraft(db);
    const submitted = must(setDocumentStatus(db, { id: doc.id, status: 'trinh-duyet', who: 'Thư ký', why: 'Trình duyệt' }));
    must(addComment(db, { documentId: doc.id, id: A, body: 'Xem lại.', quote: 'nông thôn mới', documentBody: markedBody(A) }, who));
    const after = must(getDocument(db, doc.id));
    expect(after.version).toBe(submitted.version);
    expect(marked(after.content.body)).toEqual([['nông thôn mới', [A]]]);
    // Another reviewer's anchor is added to the first one, not over it.
    must(addComment(db, { documentId: doc.id, id: B, body: 'Và chỗ này.', quote: 'bền vững', documentBody: markedBody(C, B) }, who));
    expect(marked(must(getDocument(db, doc.id)).content.body)).toEqual([
      ['nông thôn mới', [A]],
      ['bền vững', [B]],
    ]);
    expect(samePrintedBody(must(getDocument(db, doc.id)).content.body, draft(2023).body)).toBe(true);
    // A body that prints differently is refused, and nothing is written.
    const changed = markedBody(C).map((b) => (b.type === 'heading' ? { ...b, runs: [{ type: 'text' as const, text: 'Khác' }] } : b));
    const refused = addComment(db, { documentId: doc.id, id: C, body: 'Ba.', quote: '', documentBody: changed }, who);
    expect(refused.ok ? null : refused.error.message).toContain('đã thay đổi');
    expect(must(listDocumentComments(db, doc.id, who)).threads).toHaveLength(2);
  });

  it('leaves an editable draft to its own save, and an issued document untouched', () => {
    const { db } = seededStore();
    const doc = savedDraft(db);
    must(addComment(db, { documentId: doc.id, id: A, body: 'Một.', quote: '', documentBody: markedBody(A) }, who));
    expect(must(getDocument(db, doc.id)).content.body).toEqual(draft(2023).body);
    const issued = must(saveDocument(db, { orgId: 'HU-DUC-TRONG', content: draft(2022), status: 'ban-hanh', who: 'Văn thư', why: 'Nhập' }));
    const refused = addComment(db, { documentId: issued.id, id: B, body: 'Hai.', quote: '', documentBody: markedBody(B) }, who);
    expect(refused.ok ? null : refused.error.message).toContain('đã ban hành');
    // Without an anchor a comment on an issued document is still kept.
    must(addComment(db, { documentId: issued.id, id: C, body: 'Ghi chú.', quote: '' }, who));
  });
});
