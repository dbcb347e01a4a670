import { describe, expect, it } from 'vitest';
import type { CommentEntry, CommentThread } from '../../../electron/contract/model/comments.ts';
import {
  authorName,
  createCommentsStore,
  highlightCss,
  orderThreads,
  withoutComment,
  withReply,
  withThread,
} from '../../../renderer/editor/plugins/Comments/commentsStore.ts';
import { isAddCommentKey } from '../../../renderer/editor/plugins/Comments/commentCommands.ts';
import { A, B, C } from './kit.ts';
import { draft } from '../store/kit.ts';

const entry = (id: string, patch: Partial<CommentEntry> = {}): CommentEntry => ({
  id,
  documentId: 1,
  parentId: null,
  author: 'An',
  createdAt: '2025-12-01T08:00:00.000Z',
  body: 'Ý kiến',
  quote: 'đoạn',
  resolvedAt: null,
  resolvedBy: null,
  ...patch,
});
const thread = (id: string, patch: Partial<CommentEntry> = {}): CommentThread => ({ ...entry(id, patch), replies: [] });
const R = '55555555-5555-4555-8555-555555555555';

describe('the comments panel state', () => {
  it('orders threads by their text in the page; those without text come last', () => {
    const rows = orderThreads([thread(A), thread(B), thread(C)], [C, A]);
    expect(rows.map((r) => [r.thread.id, r.anchored])).toEqual([
      [C, true],
      [A, true],
      [B, false],
    ]);
  });

  it('orders threads on parts in print order around the body’s, the targets at their block; a deleted part last, named gone', () => {
    const parts = draft(2023);
    const on = (id: string, anchor: NonNullable<CommentThread['onPart']>['anchor'], text: string): CommentThread => ({
      ...thread(id),
      onPart: { anchor, text, length: text.length, place: 'cũ' },
    });
    const D = '44444444-4444-4444-8444-444444444444';
    const E = '66666666-6666-4666-8666-666666666666';
    const threads = [
      on(A, { part: 'signature', field: 'name', at: 0 }, 'Nguyễn Ngọc Phúc'),
      on(B, { part: 'target', key: 'thu-ngan-sach', field: 'value', at: 0 }, '770,4'),
      thread(C),
      on(D, { part: 'summary', at: 0 }, parts.title.summary),
      on(E, { part: 'target', key: 'da-bo', field: 'name', at: 0 }, 'Chỉ tiêu đã bỏ'),
      thread(R),
    ];
    // C is marked before the targets block, R after it.
    const rows = orderThreads(threads, [C, R], parts, 1);
    expect(rows.map((r) => [r.thread.id, r.part && ('gone' in r.part ? `gone: ${r.part.name}` : r.part.name)])).toEqual([
      [D, 'Trích yếu'],
      [C, undefined],
      [B, 'Chỉ tiêu 2 (giá trị)'],
      [R, undefined],
      [A, 'Người ký'],
      [E, 'gone: cũ'],
    ]);
  });

  it('replaces, adds, replies to and removes threads', () => {
    let list = withThread([thread(A)], thread(B));
    list = withThread(list, thread(A, { resolvedAt: 'x', resolvedBy: 'Bình' }));
    list = withReply(list, entry(R, { parentId: B }));
    expect(list.map((t) => [t.id, t.resolvedBy, t.replies.map((r) => r.id)])).toEqual([
      [A, 'Bình', []],
      [B, null, [R]],
    ]);
    expect(withoutComment(list, R).find((t) => t.id === B)?.replies).toEqual([]);
    expect(withoutComment(list, A).map((t) => t.id)).toEqual([B]);
  });

  it('highlights open threads and the one being written, the active one more; never a strange id', () => {
    const store = createCommentsStore();
    store.set({
      threads: {
        kind: 'ready',
        who: 'root',
        threads: [thread(A), thread(B, { resolvedAt: 'x', resolvedBy: 'x' }), thread('x"] body{color:red')],
      },
    });
    store.set({ draft: { id: C, quote: 'q' }, activeId: A });
    const css = highlightCss(store.get());
    expect(css).toContain(`[data-comment-ids~="${A}"]`);
    expect(css).toContain(`[data-comment-ids~="${C}"]`);
    expect(css).not.toContain(B);
    expect(css).not.toContain('color:red');
    expect(css.match(new RegExp(A, 'g'))).toHaveLength(2);
    expect(highlightCss(createCommentsStore().get())).toBe('');
  });

  it('signs with the typed name, else the transport’s user', () => {
    const store = createCommentsStore();
    expect(authorName(store.get())).toBe('');
    store.set({ threads: { kind: 'ready', who: 'root', threads: [] } });
    expect(authorName(store.get())).toBe('root');
    store.set({ userName: 'Chánh Văn phòng' });
    expect(authorName(store.get())).toBe('Chánh Văn phòng');
  });

  it('takes Ctrl+Alt+M by its key, not while an input method composes', () => {
    const key = (patch: Partial<KeyboardEvent>) =>
      ({
        isComposing: false,
        keyCode: 77,
        ctrlKey: true,
        metaKey: false,
        altKey: true,
        shiftKey: false,
        code: 'KeyM',
        ...patch,
      }) as KeyboardEvent;
    expect(isAddCommentKey(key({}))).toBe(true);
    expect(isAddCommentKey(key({ isComposing: true }))).toBe(false);
    expect(isAddCommentKey(key({ shiftKey: true }))).toBe(false);
    expect(isAddCommentKey(key({ code: 'KeyN' }))).toBe(false);
  });
});
