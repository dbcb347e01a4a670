import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { memo, useContext, useState } from 'react';
import { TextField } from '../../app/TextField.tsx';
import { PersonContext } from '../../app/start/permissions.ts';
import { ADD_COMMENT_COMMAND } from '../../editor/plugins/Comments/commentCommands.ts';
import { useCommentsContext, useCommentsSnapshot } from '../../editor/plugins/Comments/CommentsContext.ts';
import { authorName, orderThreads } from '../../editor/plugins/Comments/commentsStore.ts';
import { CommentBox } from './CommentBox.tsx';
import { PartPicker } from './PartPicker.tsx';
import { ThreadView } from './ThreadView.tsx';
import { writeUserName } from './userName.ts';
import './comments.css';

/**
 * "Ý kiến": the comment threads of the document in reading order of their text, the form of a
 * new comment, the user's name, and the review copy (.docx with the open threads as Word comments).
 */
export const CommentsPanel = memo(function CommentsPanel() {
  const [editor] = useLexicalComposerContext();
  const comments = useCommentsContext();
  const s = useCommentsSnapshot(comments?.store);
  const [exporting, setExporting] = useState(false);
  // Once the office has named its people, comments are signed by the person working (the Node side holds to it).
  const { person } = useContext(PersonContext);
  if (!comments) return null;
  const { store, actions, locked, issued } = comments;
  const rows = s.threads.kind === 'ready' ? orderThreads(s.threads.threads, s.anchors, s.parts ?? null, s.beforeTargets) : [];
  const open = rows.filter((r) => r.thread.resolvedAt === null).length;
  const who = s.threads.kind === 'ready' ? s.threads.who : '';
  const me = person ? person.name : authorName(s);
  return (
    <section className="panel-section comments-panel" aria-labelledby="comments-title" data-testid="comments-panel">
      <div className="row spread">
        <h3 id="comments-title">Ý kiến</h3>
        <button
          type="button"
          className="btn btn-small"
          data-testid="comments-export"
          disabled={exporting}
          title="Tệp .docx của nội dung hiện tại, mỗi ý kiến đang mở là một ghi chú (comment) của Word"
          onClick={() => {
            setExporting(true);
            void actions.exportCopy().finally(() => setExporting(false));
          }}
        >
          {exporting ? 'Đang xuất…' : 'Xuất bản góp ý (.docx)'}
        </button>
      </div>
      {person ? (
        <p className="comment-user hint" data-testid="comments-signed-by">
          Ý kiến ghi tên: <strong>{person.name}</strong>
        </p>
      ) : (
        <label className="comment-user">
          <span>Tên người dùng</span>
          <TextField
            className="input"
            data-testid="comments-user"
            placeholder={who}
            value={s.userName ?? ''}
            onCommit={(v) => store.set({ userName: writeUserName(v) })}
          />
        </label>
      )}
      {issued ? (
        <p className="hint">Văn bản đã ban hành: chỉ xem, trả lời và xử lý các ý kiến đã có.</p>
      ) : (
        <button
          type="button"
          className="btn comment-add"
          data-testid="comment-add"
          title="Bôi đen đoạn văn trên trang rồi bấm (Ctrl+Alt+M)"
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => editor.dispatchCommand(ADD_COMMENT_COMMAND, undefined)}
        >
          + Thêm ý kiến cho đoạn đang chọn
        </button>
      )}
      {!issued && s.parts ? <PartPicker parts={s.parts} onStart={actions.startOnPart} /> : null}
      {locked && !issued ? (
        <p className="hint">Nội dung đang khóa: ý kiến mới được ghi kèm vị trí của đoạn, chữ trong văn bản không đổi.</p>
      ) : null}
      {s.draft ? (
        <CommentBox
          key={s.draft.id}
          testId="comment-draft"
          label="Nội dung ý kiến"
          submitLabel="Gửi ý kiến"
          quote={s.draft.quote}
          {...(s.draft.name ? { place: s.draft.name } : {})}
          onSubmit={actions.submit}
          onCancel={actions.cancel}
        />
      ) : null}
      {s.threads.kind === 'loading' ? <p className="hint">Đang tải ý kiến…</p> : null}
      {s.threads.kind === 'error' ? <p className="form-error">Không tải được ý kiến: {s.threads.message}</p> : null}
      {s.threads.kind === 'ready' && rows.length === 0 ? (
        <p className="hint" data-testid="comments-empty">
          Chưa có ý kiến nào. Bôi đen một đoạn trên trang rồi bấm “Thêm ý kiến” (Ctrl+Alt+M).
        </p>
      ) : null}
      {rows.length > 0 ? (
        <p className="hint" data-testid="comments-count">
          {open} ý kiến đang mở, {rows.length - open} đã xử lý
        </p>
      ) : null}
      <ol className="comment-list" data-testid="comment-list">
        {rows.map((row) => (
          <ThreadView key={row.thread.id} row={row} active={s.activeId === row.thread.id} me={me} actions={actions} />
        ))}
      </ol>
    </section>
  );
});
