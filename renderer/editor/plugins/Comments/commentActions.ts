import { $addUpdateTag, HISTORY_MERGE_TAG, type LexicalEditor } from 'lexical';
import type { Api } from '../../../../electron/contract/api.ts';
import type { CommentThread } from '../../../../electron/contract/model/comments.ts';
import { call, errorText } from '../../../api/useApi.ts';
import { editorStateToBlocks } from '../../convert/index.ts';
import { locatePart, partText, type PartAnchor } from '../../../../electron/contract/model/partAnchors.ts';
import { bringIntoView } from '../../pages/farBlocks.ts';
import { flashPart } from './flashPart.ts';
import { partElement } from './partElements.ts';
import { LOAD_TAG } from '../Load/LoadRestPlugin.tsx';
import { $commentAnchors, $commentMarkKeys, $removeComment, $wrapSelectionInComment, quoteOf } from './commentCommands.ts';
import { authorName, withoutComment, withReply, withThread, type CommentsStore } from './commentsStore.ts';
import { newCommentId } from './ids.ts';

export type CommentDeps = {
  api: Api;
  editor: LexicalEditor;
  store: CommentsStore;
  documentId: number;
  /** The content cannot be edited (Trình duyệt, Đã duyệt, Ban hành): anchors go with the comment. */
  locked: boolean;
  /** Issued: no new anchors at all. */
  issued: boolean;
  /** Saves the document now (autosave); true when everything is saved. */
  flush: () => Promise<boolean>;
  openPanel: () => void;
  notify: (kind: 'info' | 'success' | 'error', message: string) => void;
  download: (fileName: string, base64: string) => void;
};

export type CommentActions = ReturnType<typeof makeCommentActions>;

/** What the comments panel and the editor plugin do: each call goes through the contract and updates the shared store. */
export function makeCommentActions(d: CommentDeps) {
  const { api, editor, store } = d;
  const author = (): { author?: string } => {
    const name = authorName(store.get());
    return name === '' ? {} : { author: name };
  };
  /** Anchor edits of a locked document are already saved with the comment: not an edit for autosave or undo. */
  const $quiet = (): void => {
    if (!d.locked) return;
    $addUpdateTag(LOAD_TAG);
    $addUpdateTag(HISTORY_MERGE_TAG);
  };
  const setThreads = (fn: (threads: CommentThread[]) => CommentThread[]): void =>
    store.set((s) => (s.threads.kind === 'ready' ? { threads: { ...s.threads, threads: fn(s.threads.threads) } } : {}));
  const unwrap = (id: string): void =>
    editor.update(() => {
      $quiet();
      $removeComment(id);
    });

  /** A thread on a part other than the body's text: that part scrolled into view, focused when it takes focus, and flashed. */
  const showPart = (id: string): void => {
    const s = store.get();
    const part = s.threads.kind === 'ready' ? s.threads.threads.find((t) => t.id === id)?.onPart : undefined;
    if (!part || !s.parts) return;
    const anchor = locatePart(s.parts, part);
    const el = anchor ? partElement(document, s.parts, anchor) : null;
    if (!el) return;
    bringIntoView(el, { block: 'center', behavior: 'smooth' });
    el.focus({ preventScroll: true });
    flashPart(el);
  };

  /** A thread on a part: the draft saved first when editable (the part may be new), then the thread with its part. */
  const submitOnPart = async (id: string, part: PartAnchor, quote: string, body: string): Promise<boolean> => {
    if (!d.locked && !(await d.flush())) {
      d.notify('error', 'Chưa lưu được văn bản nên chưa ghi được ý kiến. Hãy thử lại sau giây lát.');
      return false;
    }
    const r = await call(() => api.addComment({ documentId: d.documentId, id, body, quote, part, ...author() }));
    if (!r.ok) {
      d.notify('error', `Không ghi được ý kiến: ${errorText(r.error)}`);
      return false;
    }
    store.set({ draft: null, activeId: id });
    setThreads((threads) => withThread(threads, r.value));
    return true;
  };

  return {
    async load(): Promise<void> {
      const r = await call(() => api.listComments({ documentId: d.documentId }));
      store.set({ threads: r.ok ? { kind: 'ready', ...r.value } : { kind: 'error', message: errorText(r.error) } });
    },

    /** Inside an editor update (the command's handler): marks the selection and opens the form. */
    $start(): boolean {
      if (d.issued) {
        d.notify('error', 'Văn bản đã ban hành: không thêm ý kiến vào nội dung được nữa.');
        return true;
      }
      const id = newCommentId();
      $quiet();
      const previous = store.get().draft;
      if (previous) $removeComment(previous.id);
      const quote = $wrapSelectionInComment(id);
      if (quote === null) {
        store.set({ draft: null });
        d.notify('info', 'Hãy bôi đen đoạn văn cần góp ý rồi bấm “Thêm ý kiến” (Ctrl+Alt+M).');
        return true;
      }
      store.set({ draft: { id, quote }, activeId: id });
      d.openPanel();
      return true;
    },

    /** "Ý kiến" on a part other than the body's text (its button on the page, the panel's list): opens the form for it. */
    startOnPart(anchor: PartAnchor, name: string): void {
      if (d.issued) {
        d.notify('error', 'Văn bản đã ban hành: không thêm ý kiến mới được nữa.');
        return;
      }
      const s = store.get();
      if (s.draft && !s.draft.part) unwrap(s.draft.id);
      const text = s.parts ? (partText(s.parts, anchor) ?? '') : '';
      // A target's value is quoted with its name ("Tỷ lệ hộ nghèo: dưới 0,5"): the figure alone says little.
      const label = anchor.part === 'target' && anchor.field !== 'name' && s.parts ? partText(s.parts, { ...anchor, field: 'name' }) : null;
      const quote = label ? `${label.trim()}: ${text}` : text;
      const id = newCommentId();
      store.set({ draft: { id, quote: quoteOf(quote), part: anchor, name }, activeId: id });
      d.openPanel();
    },

    cancel(): void {
      const draft = store.get().draft;
      if (!draft) return;
      store.set({ draft: null });
      if (!draft.part) unwrap(draft.id);
    },

    async submit(body: string): Promise<boolean> {
      const draft = store.get().draft;
      if (!draft) return false;
      if (draft.part) return submitOnPart(draft.id, draft.part, draft.quote, body);
      if (!editor.getEditorState().read($commentAnchors).includes(draft.id)) {
        store.set({ draft: null });
        d.notify('error', 'Đoạn văn được chọn không còn trong văn bản (vừa bị xóa hoặc hoàn tác). Hãy chọn lại đoạn cần góp ý.');
        return false;
      }
      const documentBody = d.locked ? editorStateToBlocks(editor.getEditorState()) : undefined;
      if (!d.locked && !(await d.flush())) {
        d.notify('error', 'Chưa lưu được văn bản nên chưa ghi được ý kiến. Hãy thử lại sau giây lát.');
        return false;
      }
      const r = await call(() =>
        api.addComment({
          documentId: d.documentId,
          id: draft.id,
          body,
          quote: draft.quote,
          ...author(),
          ...(documentBody ? { documentBody } : {}),
        }),
      );
      if (!r.ok) {
        d.notify('error', `Không ghi được ý kiến: ${errorText(r.error)}`);
        return false;
      }
      store.set({ draft: null, activeId: draft.id });
      setThreads((threads) => withThread(threads, r.value));
      return true;
    },

    async reply(parentId: string, body: string): Promise<boolean> {
      const r = await call(() => api.replyComment({ parentId, body, ...author() }));
      if (!r.ok) d.notify('error', `Không ghi được trả lời: ${errorText(r.error)}`);
      else setThreads((threads) => withReply(threads, r.value));
      return r.ok;
    },

    async resolve(id: string, resolved: boolean): Promise<void> {
      const r = await call(() => api.resolveComment({ id, resolved, ...author() }));
      if (!r.ok) d.notify('error', errorText(r.error));
      else setThreads((threads) => withThread(threads, r.value));
    },

    async remove(id: string, isThread: boolean): Promise<void> {
      const r = await call(() => api.deleteComment({ id, ...author() }));
      if (!r.ok) return d.notify('error', `Không xóa được: ${errorText(r.error)}`);
      setThreads((threads) => withoutComment(threads, id));
      // The anchor goes too; a locked document keeps it (the text cannot change), unseen.
      if (isThread && !d.locked) unwrap(id);
    },

    /** Makes a thread the active one and shows the panel (marked text clicked in the page). */
    show(id: string): void {
      store.set({ activeId: id });
      d.openPanel();
    },

    /** Shows a thread: selects its text in the page and scrolls to it (or to the part it is on). */
    select(id: string): void {
      store.set({ activeId: id });
      const elements = editor
        .getEditorState()
        .read(() => $commentMarkKeys(id))
        .map((key) => editor.getElementByKey(key))
        .filter((el): el is HTMLElement => el !== null);
      const first = elements[0];
      const last = elements[elements.length - 1];
      if (!first || !last) return showPart(id);
      editor.getRootElement()?.focus({ preventScroll: true });
      const range = document.createRange();
      range.setStart(first, 0);
      range.setEnd(last, last.childNodes.length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      bringIntoView(first, { block: 'center', behavior: 'smooth' });
    },

    async exportCopy(): Promise<void> {
      if (!d.locked && !(await d.flush())) return d.notify('error', 'Chưa xuất được vì văn bản chưa lưu xong.');
      const r = await call(() => api.exportReviewCopy({ id: d.documentId }));
      if (!r.ok) return d.notify('error', `Không xuất được bản góp ý: ${errorText(r.error)}`);
      if (r.value.kind === 'download') {
        d.download(r.value.fileName, r.value.base64);
        d.notify('success', `Đã xuất bản góp ý ${r.value.fileName}`);
      } else if (r.value.kind === 'saved') d.notify('success', `Đã lưu bản góp ý tại: ${r.value.path}`);
    },
  };
}
