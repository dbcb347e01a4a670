import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, B, C } from '../unit/comments/kit.ts';
import { call, openHarness, type Harness } from './handlersKit.ts';

/**
 * Once the office has named its people, a comment is signed by the person working ("Bạn là ai?", or the
 * office server's session), whatever name the request carries: the chief of staff's comments cannot
 * be signed with the name someone else typed once on the shared computer, nor the other way round.
 */
let h: Harness;
beforeAll(() => {
  h = openHarness('soan-nq-comments-person-');
});
afterAll(() => h.close());

describe('the author of a comment in an office with people', () => {
  it('is the person working, not the name the request gives', async () => {
    const draft = await call(h.ctx, 'createNextYear', { orgId: 'DU-HIEP-THANH', year: 2027 });
    // Before the office names its people, the name typed in the panel signs (a single user's own name).
    await call(h.ctx, 'addComment', { documentId: draft.id, id: A, body: 'Trước khi có người dùng.', quote: '', author: 'Tên tự gõ' });

    const admin = { ...h.ctx, who: 'Trần Quản Trị' };
    await call(admin, 'savePerson', { name: 'Nguyễn Văn Chánh', roles: ['chanh-van-phong'] });
    await call(admin, 'savePerson', { name: 'Lê Thị Chuyên', roles: ['chuyen-vien'] });
    const chief = { ...h.ctx, who: 'Nguyễn Văn Chánh' };
    await call(chief, 'addComment', { documentId: draft.id, id: B, body: 'Bổ sung số liệu.', quote: '', author: 'Lê Thị Chuyên' });
    const reply = await call(chief, 'replyComment', { parentId: B, body: 'Đã bổ sung?', author: 'Tên tự gõ' });
    expect(reply.author).toBe('Nguyễn Văn Chánh');
    await call({ ...h.ctx, who: 'Lê Thị Chuyên' }, 'addComment', { documentId: draft.id, id: C, body: 'Ý kiến của tôi.', quote: '' });

    const listing = await call(chief, 'listComments', { documentId: draft.id });
    expect(listing.threads.map((t) => [t.id, t.author])).toEqual([
      [A, 'Tên tự gõ'],
      [B, 'Nguyễn Văn Chánh'],
      [C, 'Lê Thị Chuyên'],
    ]);
    expect(listing.threads.find((t) => t.id === B)?.replies.map((r) => r.author)).toEqual(['Nguyễn Văn Chánh']);
  });
});
