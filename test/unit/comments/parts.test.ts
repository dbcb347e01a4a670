import { describe, expect, it } from 'vitest';
import { COMMENT_QUOTE_MAX, commentRequests } from '../../../electron/contract/model/comments.ts';
import { commentableParts, locatePart, partName, partText, type PartAnchor } from '../../../electron/contract/model/partAnchors.ts';
import type { Resolution } from '../../../electron/contract/model/resolution.ts';
import { setDocumentStatus } from '../../../electron/services/documentSave.ts';
import {
  addComment,
  commentPartOf,
  listDocumentComments,
  partsNow,
  replyComment,
  resolveComment,
} from '../../../electron/services/comments.ts';
import { listAudit } from '../../../electron/store/audit.ts';
import { draft, must, seededStore } from '../store/kit.ts';
import { A, B, C, savedDraft } from './kit.ts';

const who = 'Chuyên viên thử';
const value: PartAnchor = { part: 'target', key: 'thu-ngan-sach', field: 'value', at: 0 };
const recipient2: PartAnchor = { part: 'recipient', line: 1, field: 'text', at: 0 };
const signer: PartAnchor = { part: 'signature', field: 'name', at: 0 };

/** The draft with three recipients and the appendix printed. */
function fuller(d: Resolution): Resolution {
  return {
    ...d,
    recipients: {
      ...d.recipients,
      lines: [{ text: 'Ban Thường vụ Tỉnh ủy' }, { text: 'Các đảng bộ, chi bộ trực thuộc' }, { text: 'Lưu Văn phòng Huyện ủy' }],
    },
    appendix: { ...d.appendix, include: true },
  };
}

describe('the parts a comment may be on (model/partAnchors.ts)', () => {
  it('names each part as a person says it and reads its words', () => {
    const doc = fuller(draft(2023));
    expect(partName(doc, value)).toBe('Chỉ tiêu 2 (giá trị)');
    expect(partText(doc, value)).toBe('770,4');
    expect(partName(doc, { part: 'target', key: 'gia-tri-san-xuat.dich-vu', field: 'name', at: 0 })).toBe('Chỉ tiêu 1.2');
    expect(partName(doc, { ...value, field: 'name', inAppendix: true })).toBe('Phụ lục, chỉ tiêu 2');
    expect(partName(doc, recipient2)).toBe('Nơi nhận, dòng 2');
    expect(partName(doc, signer)).toBe('Người ký');
    expect(partName(doc, { part: 'summary', at: 0 })).toBe('Trích yếu');
    expect(partName(doc, { part: 'header', field: 'issuingBody', at: 0 })).toBe('Cơ quan ban hành');
    expect(partName(doc, { part: 'target', key: 'khong-co', field: 'name', at: 0 })).toBeNull();
  });

  it('lists every part with words in print order: header, title, targets, recipients, signer, appendix', () => {
    const names = commentableParts(fuller(draft(2023))).map((p) => p.name);
    expect(names.slice(0, 4)).toEqual(['Cơ quan cấp trên', 'Cơ quan ban hành', 'Địa danh', 'Trích yếu']);
    expect(names).toContain('Chỉ tiêu 2 (giá trị)');
    expect(names.indexOf('Chỉ tiêu 2 (giá trị)')).toBeLessThan(names.indexOf('Nơi nhận, dòng 1'));
    expect(names.indexOf('Nơi nhận, dòng 3')).toBeLessThan(names.indexOf('Người ký'));
    expect(names.indexOf('Người ký')).toBeLessThan(names.indexOf('Phụ lục, chỉ tiêu 1'));
    // No appendix printed: no appendix row offered.
    expect(commentableParts(draft(2023)).some((p) => p.name.startsWith('Phụ lục'))).toBe(false);
  });

  it('finds a recipient line again when one above it goes, and says when its own line went', () => {
    const doc = fuller(draft(2023));
    const part = { anchor: { ...recipient2, line: 2 }, text: 'Lưu Văn phòng Huyện ủy', length: 22, place: '', lines: 3 };
    const shorter = {
      ...doc,
      recipients: { ...doc.recipients, lines: [{ text: 'Ban Thường vụ Tỉnh ủy' }, { text: 'Lưu Văn phòng Huyện ủy' }] },
    };
    expect(locatePart(shorter, part)).toEqual({ ...recipient2, line: 1 });
    const gone = { ...part, anchor: recipient2, text: 'Các đảng bộ, chi bộ trực thuộc' };
    expect(locatePart(shorter, gone)).toBeNull();
    // Edited in place, the list as long as before: still that line.
    const edited = {
      ...doc,
      recipients: { ...doc.recipients, lines: doc.recipients.lines.map((l, i) => (i === 1 ? { text: 'Các chi bộ' } : l)) },
    };
    expect(locatePart(edited, gone)).toEqual(recipient2);
    // Edited and moved up (line 1 deleted): found by most of its words.
    const both = {
      ...doc,
      recipients: { ...doc.recipients, lines: [{ text: 'Các đảng bộ, chi bộ trực thuộc Huyện ủy' }, { text: 'Lưu Văn phòng Huyện ủy' }] },
    };
    expect(locatePart(both, gone)).toEqual({ ...recipient2, line: 0 });
  });

  it('refuses a body anchor as a part (the body keeps its anchors in its runs)', () => {
    const base = { documentId: 1, id: A, body: 'Ý kiến' };
    expect(commentRequests.addComment.safeParse({ ...base, part: { part: 'body', block: 0, at: 0 } }).success).toBe(false);
    expect(commentRequests.addComment.safeParse({ ...base, part: signer }).success).toBe(true);
  });
});

describe('threads on parts in the store (services/comments.ts)', () => {
  it('adds, replies, resolves and reopens a thread on a target like one on the body, its part kept and audited', () => {
    const { db } = seededStore();
    const doc = savedDraft(db, fuller);
    const made = must(
      addComment(
        db,
        { documentId: doc.id, id: A, body: 'Chỉ tiêu 2: 770,4 là quá cao.', quote: '', part: value, author: 'Chánh Văn phòng' },
        who,
      ),
    );
    expect(made.onPart).toEqual({ anchor: value, text: '770,4', length: 5, place: 'Chỉ tiêu 2 (giá trị)' });
    expect(made.quote).toBe('770,4');
    must(addComment(db, { documentId: doc.id, id: B, body: 'Dòng này thừa.', quote: '', part: recipient2 }, who));
    must(replyComment(db, { parentId: A, body: 'Đã hạ xuống 760.', author: 'Thư ký' }, who));
    const resolved = must(resolveComment(db, { id: A, resolved: true, author: 'Thư ký' }, who));
    expect([resolved.resolvedBy, resolved.onPart?.place]).toEqual(['Thư ký', 'Chỉ tiêu 2 (giá trị)']);
    must(resolveComment(db, { id: A, resolved: false }, who));
    const listing = must(listDocumentComments(db, doc.id, who));
    expect(listing.threads.map((t) => [t.id, t.author, t.onPart?.place, t.onPart?.lines, t.replies.length, t.resolvedAt])).toEqual([
      [A, 'Chánh Văn phòng', 'Chỉ tiêu 2 (giá trị)', undefined, 1, null],
      [B, who, 'Nơi nhận, dòng 2', 3, 0, null],
    ]);
    const audited = must(listAudit(db, { documentId: doc.id })).filter((e) => e.detail.commentId !== undefined);
    expect(audited[0]?.detail.reason).toBe('Thêm ý kiến về Chỉ tiêu 2 (giá trị): Chỉ tiêu 2: 770,4 là quá cao.');
    const actions = audited.map((e) => [e.action, e.who]);
    expect(actions).toEqual([
      ['y-kien', 'Chánh Văn phòng'],
      ['y-kien', who],
      ['tra-loi-y-kien', 'Thư ký'],
      ['xu-ly-y-kien', 'Thư ký'],
      ['mo-lai-y-kien', who],
    ]);
  });

  it('follows the same rules as body threads: a submitted draft takes comments, an issued one does not', () => {
    const { db } = seededStore();
    const doc = savedDraft(db);
    must(setDocumentStatus(db, { id: doc.id, status: 'trinh-duyet', who: 'Thư ký', why: 'Trình duyệt' }));
    must(addComment(db, { documentId: doc.id, id: A, body: 'Người ký đúng chưa?', quote: '', part: signer }, who));
    db.prepare("UPDATE documents SET status = 'ban-hanh' WHERE id = ?").run(doc.id);
    const refused = addComment(db, { documentId: doc.id, id: B, body: 'Muộn rồi.', quote: '', part: signer }, who);
    expect(refused.ok ? null : refused.error.code).toBe('INVALID_INPUT');
    // Replying to and resolving what is there stay open.
    must(replyComment(db, { parentId: A, body: 'Đúng.' }, who));
    must(resolveComment(db, { id: A, resolved: true }, who));
  });

  it('quotes a part longer than a quote may be up to a word end, its lines kept (fitText)', () => {
    const { db } = seededStore();
    const first = 'Về phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh năm 2027,';
    const words = (n: number): string => Array.from({ length: n }, () => 'giảm nghèo đa chiều').join(' ');
    const summary = `${first}\n${words(100)}`;
    // The first 2,000 characters end inside a word.
    expect(summary.slice(1991, 2000)).toBe('giảm nghè');
    const doc = savedDraft(db, (d) => ({ ...d, title: { ...d.title, summary } }));
    const made = must(
      addComment(db, { documentId: doc.id, id: A, body: 'Trích yếu dài quá.', quote: '', part: { part: 'summary', at: 0 } }, who),
    );
    expect(made.quote).toBe(`${first}\n${words(96)} giảm…`);
    expect(made.quote.length).toBeLessThanOrEqual(COMMENT_QUOTE_MAX);
    // A part that fits is quoted as it is.
    expect(must(addComment(db, { documentId: doc.id, id: B, body: 'Ý kiến', quote: '', part: signer }, who)).quote).toBe(
      'Nguyễn Ngọc Phúc',
    );
  });

  it('refuses a part the draft does not have', () => {
    const { db } = seededStore();
    const doc = savedDraft(db);
    const r = addComment(db, { documentId: doc.id, id: C, body: 'Ý kiến', quote: '', part: { ...value, key: 'khong-co' } }, who);
    expect(r.ok ? null : r.error.code).toBe('NOT_FOUND');
  });

  it('keeps a thread whose target was removed, without a place in the review copy (partsNow)', () => {
    const { db } = seededStore();
    const doc = savedDraft(db, fuller);
    const thread = must(addComment(db, { documentId: doc.id, id: A, body: 'Bỏ chỉ tiêu này?', quote: '', part: value }, who));
    const without = { ...doc.content, targets: doc.content.targets.filter((t) => t.key !== 'thu-ngan-sach') };
    expect(partsNow(doc.content, [thread]).get(A)?.anchor).toEqual(value);
    expect(partsNow(without, [thread]).has(A)).toBe(false);
    expect(must(listDocumentComments(db, doc.id, who)).threads[0]?.onPart?.anchor).toEqual(value);
    expect(commentPartOf(doc.content, { ...signer, at: 4 })).toMatchObject({ anchor: signer, text: 'Nguyễn Ngọc Phúc' });
  });
});
