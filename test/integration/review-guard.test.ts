import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writtenOut } from '../support/placeholders.ts';
import { call, openHarness, refused, type Harness } from './handlersKit.ts';

/**
 * The guardrails of "Duyệt" and "Ban hành" and the versions list, through the contract: the
 * summary shown before the step counts open comments, open suggestions, format errors and
 * warnings; with errors the step needs a written reason, recorded in the history; an approved
 * draft can be sent back until it is issued; autosaves are kept but not listed as checkpoints.
 */
describe('approval guardrails and checkpoints', () => {
  let h: Harness;
  let id = 0;
  beforeAll(async () => {
    h = openHarness('soan-nq-review-guard-');
    id = (await call(h.ctx, 'createNextYear', { orgId: 'DU-HIEP-THANH', year: 2027, carryValues: true })).id;
  });
  afterAll(() => h.close());

  it('keeps autosaves for recovery but lists only checkpoints, each with a name and a time', async () => {
    let doc = await call(h.ctx, 'getDocument', { id });
    for (const name of ['Trần Văn Minh A', 'Trần Văn Minh B', 'Trần Văn Minh']) {
      // The secretary also writes the sections the draft left as prompts (placeholders are guarded on their own).
      const content = { ...writtenOut(doc.content), signature: { ...doc.content.signature, name } };
      doc = await call(h.ctx, 'saveDocument', { id, content, expectedVersion: doc.version });
    }
    await call(h.ctx, 'saveVersion', { id, why: 'Bản gửi xin ý kiến' });
    const listed = await call(h.ctx, 'listVersions', { id });
    expect(listed.map((v) => v.reason)).not.toContain('Tự động lưu');
    expect(listed[listed.length - 1]?.reason).toBe('Bản gửi xin ý kiến');
    for (const v of listed) {
      expect(v.createdBy).toBe('Chuyên viên thử');
      expect(v.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
    const all = await call(h.ctx, 'listVersions', { id, includeAutosaves: true });
    expect(all).toHaveLength(listed.length + 3);
  });

  it('summarises what is open and refuses to approve with format errors without a written reason', async () => {
    const doc = await call(h.ctx, 'getDocument', { id });
    const content = { ...doc.content, signature: { ...doc.content.signature, authority: 'K/T' as const } };
    await call(h.ctx, 'saveDocument', { id, content, expectedVersion: doc.version });
    await call(h.ctx, 'addComment', { documentId: id, id: randomUUID(), body: 'Xem lại chữ ký.', quote: '' });
    await call(h.ctx, 'submitForReview', { id });
    const summary = await call(h.ctx, 'approvalSummary', { id });
    expect(summary).toMatchObject({ status: 'trinh-duyet', openComments: 1, openSuggestions: 0, errors: 1 });
    expect(summary.findings[0]?.path).toBe('signature.authority');
    const error = await refused(h.ctx, 'approveDocument', { id });
    expect(error.message).toContain('còn 1 lỗi thể thức');
    expect(error.details?.[0]).toMatch(/^Chữ ký: /u);
    await call(h.ctx, 'approveDocument', { id, overrideReason: 'Thường trực đã đồng ý hình thức ký thay' });
    const history = await call(h.ctx, 'documentHistory', { id });
    expect(history[history.length - 1]).toMatchObject({
      to: 'da-duyet',
      who: 'Chuyên viên thử',
      reason: 'Duyệt dự thảo. Duyệt khi còn 1 lỗi thể thức, lý do: Thường trực đã đồng ý hình thức ký thay',
    });
  });

  it('sends an approved draft back with a reason, until it is issued; issuing with errors needs a reason too', async () => {
    const back = await call(h.ctx, 'returnDraft', { id, why: 'Duyệt nhầm: cần sửa thẩm quyền ký' });
    expect(back.status).toBe('tra-lai');
    const history = await call(h.ctx, 'documentHistory', { id });
    expect(history[history.length - 1]).toMatchObject({ from: 'da-duyet', to: 'tra-lai', reason: 'Duyệt nhầm: cần sửa thẩm quyền ký' });
    await call(h.ctx, 'submitForReview', { id });
    await call(h.ctx, 'approveDocument', { id, overrideReason: 'Đã xin ý kiến' });
    expect((await refused(h.ctx, 'issueDocument', { id })).message).toContain('ghi lý do vẫn ban hành');
    const issued = await call(h.ctx, 'issueDocument', { id, overrideReason: 'Ban hành theo chỉ đạo' });
    expect(issued.status).toBe('ban-hanh');
    expect((await refused(h.ctx, 'returnDraft', { id, why: 'Muộn rồi' })).code).toBe('INVALID_INPUT');
  });
});
