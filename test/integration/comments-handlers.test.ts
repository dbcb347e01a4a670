import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../electron/contract/model/body.ts';
import { listAudit } from '../../electron/store/audit.ts';
import { A, B, C } from '../unit/comments/kit.ts';
import { call, openHarness, refused, type Harness } from './handlersKit.ts';

/** The comment verbs through the dispatcher (validation included) on a real SQLite file. */
let h: Harness;
beforeAll(() => {
  h = openHarness('soan-nq-comments-');
});
afterAll(() => h.close());

const ORG = 'DU-HIEP-THANH';

/** `body` with comment `id` on the first text run (whole) of the first paragraph. */
function markFirstParagraph(body: Block[], id: string): { body: Block[]; quote: string } {
  const at = body.findIndex((b) => b.type === 'paragraph' && b.runs[0]?.type === 'text' && b.runs[0].text.trim() !== '');
  const block = body[at];
  const run = block?.type === 'paragraph' ? block.runs[0] : undefined;
  if (block?.type !== 'paragraph' || run?.type !== 'text') throw new Error('Không có đoạn văn để góp ý');
  const marked = body.map((b, i): Block => (i === at ? { ...block, runs: [{ ...run, comments: [id] }, ...block.runs.slice(1)] } : b));
  return { body: marked, quote: run.text };
}

describe('comments through the contract', () => {
  it('adds (anchor saved first), replies, resolves and lists; the review copy holds the open threads only', async () => {
    const draft = await call(h.ctx, 'createNextYear', { orgId: ORG, year: 2027 });
    const { body, quote } = markFirstParagraph(draft.content.body, A);
    const saved = await call(h.ctx, 'saveDocument', { id: draft.id, content: { ...draft.content, body }, expectedVersion: draft.version });
    expect(saved.content.body).toEqual(body);
    await call(h.ctx, 'addComment', { documentId: draft.id, id: A, body: 'Nêu rõ số liệu.', quote });
    await call(h.ctx, 'addComment', { documentId: draft.id, id: B, body: 'Ý kiến sẽ được xử lý.', quote: '', author: 'Chánh Văn phòng' });
    const reply = await call(h.ctx, 'replyComment', { parentId: A, body: 'Đồng ý.', author: 'Chánh Văn phòng' });
    expect(reply.parentId).toBe(A);
    await call(h.ctx, 'resolveComment', { id: B, resolved: true });

    const listing = await call(h.ctx, 'listComments', { documentId: draft.id });
    expect(listing.who).toBe('Chuyên viên thử');
    expect(listing.threads.map((t) => [t.id, t.author, t.resolvedAt !== null, t.replies.length])).toEqual([
      [A, 'Chuyên viên thử', false, 1],
      [B, 'Chánh Văn phòng', true, 0],
    ]);

    const outcome = await call(h.ctx, 'exportReviewCopy', { id: draft.id });
    expect(outcome.kind).toBe('download');
    if (outcome.kind !== 'download') return;
    expect(outcome.fileName).toMatch(/-gop-y\.docx$/);
    const zip = await JSZip.loadAsync(Buffer.from(outcome.base64, 'base64'));
    const comments = (await zip.file('word/comments.xml')?.async('string')) ?? '';
    expect(comments).toContain('Nêu rõ số liệu.');
    expect(comments).toContain('Đồng ý.');
    expect(comments).not.toContain('Ý kiến sẽ được xử lý.');
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const range = xml.slice(xml.indexOf('<w:commentRangeStart w:id="0"/>'), xml.indexOf('<w:commentRangeEnd w:id="0"/>'));
    expect([...range.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).toBe(quote);

    const actions = listAudit(h.store.db, { documentId: draft.id });
    expect(actions.ok && actions.value.map((e) => e.action).filter((a) => a.includes('y-kien'))).toEqual([
      'y-kien',
      'y-kien',
      'tra-loi-y-kien',
      'xu-ly-y-kien',
    ]);
  });

  it('checks requests: a UUID id, a non-empty text; only the author deletes', async () => {
    const draft = await call(h.ctx, 'createNextYear', { orgId: ORG, year: 2028 });
    expect((await refused(h.ctx, 'addComment', { documentId: draft.id, id: 'không-phải-uuid', body: 'x' })).code).toBe('INVALID_INPUT');
    expect((await refused(h.ctx, 'addComment', { documentId: draft.id, id: C, body: '   ' })).details?.join('\n')).toMatch(
      /Ý kiến không được để trống/,
    );
    await call(h.ctx, 'addComment', { documentId: draft.id, id: C, body: 'Của chuyên viên.' });
    expect((await refused(h.ctx, 'deleteComment', { id: C, author: 'Người khác' })).message).toMatch(/Chỉ người viết ý kiến/);
    expect(await call(h.ctx, 'deleteComment', { id: C })).toEqual({ id: C });
    expect((await call(h.ctx, 'listComments', { documentId: draft.id })).threads).toEqual([]);
    expect((await refused(h.ctx, 'listComments', { documentId: 987654 })).code).toBe('NOT_FOUND');
  });

  it('anchors a comment in a document under review without a new version', async () => {
    const draft = await call(h.ctx, 'createNextYear', { orgId: ORG, year: 2029 });
    const submitted = await call(h.ctx, 'submitForReview', { id: draft.id, overrideReason: 'Xin ý kiến sớm' });
    const id = '44444444-4444-4444-8444-444444444444';
    const { body, quote } = markFirstParagraph(submitted.content.body, id);
    await call(h.ctx, 'addComment', { documentId: draft.id, id, body: 'Xem lại câu này.', quote, documentBody: body });
    const after = await call(h.ctx, 'getDocument', { id: draft.id });
    expect(after.version).toBe(submitted.version);
    expect(JSON.stringify(after.content.body)).toContain(id);
    // The chief of staff can still return it with the version the UI opened.
    expect((await call(h.ctx, 'returnDraft', { id: draft.id, why: 'Sửa theo ý kiến', expectedVersion: submitted.version })).status).toBe(
      'tra-lai',
    );
  });
});
