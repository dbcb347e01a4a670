import { memo, useState } from 'react';
import type { CommentEntry } from '../../../electron/contract/model/comments.ts';
import { dateTimeVi } from '../../app/format.ts';
import type { CommentActions } from '../../editor/plugins/Comments/commentActions.ts';
import type { ThreadRow } from '../../editor/plugins/Comments/commentsStore.ts';
import { CommentBox } from './CommentBox.tsx';
import { shortText } from '../../../electron/format/shortText.ts';

type EntryProps = { entry: CommentEntry; own: boolean; onDelete: () => void };

/** One comment or reply: author, time, text; its author may delete it (asked twice). */
function Entry({ entry, own, onDelete }: EntryProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <div
      className={entry.parentId === null ? 'comment-entry' : 'comment-entry comment-reply'}
      data-testid={entry.parentId === null ? 'comment-first' : 'comment-reply'}
      data-comment-id={entry.id}
    >
      <div className="comment-meta">
        <strong data-testid="comment-author">{entry.author}</strong>
        <time dateTime={entry.createdAt}>{dateTimeVi(entry.createdAt)}</time>
        {own && !confirming ? (
          <button type="button" className="btn btn-link comment-delete" data-testid="comment-delete" onClick={() => setConfirming(true)}>
            Xóa
          </button>
        ) : null}
        {confirming ? (
          <span className="comment-confirm">
            <button type="button" className="btn btn-link comment-delete" data-testid="comment-delete-confirm" onClick={onDelete}>
              Xóa hẳn{entry.parentId === null ? ' (cả các trả lời)' : ''}
            </button>
            <button type="button" className="btn btn-link" onClick={() => setConfirming(false)}>
              Không
            </button>
          </span>
        ) : null}
      </div>
      <p className="comment-text" data-testid="comment-text">
        {entry.body}
      </p>
    </div>
  );
}

/** Where a thread is when not on the body's text: the part it is on (named above the quote), that its part or text is gone, or not placed. */
function ThreadPlace({ row }: { row: ThreadRow }) {
  if (row.anchored) return null;
  if (row.part) return 'gone' in row.part ? <em className="comment-gone"> — phần này đã bị xóa khỏi văn bản</em> : null;
  const part = row.thread.onPart;
  if (!part) return <em className="comment-gone"> — đoạn được chú thích đã bị xóa</em>;
  if (part.anchor.part === 'none') {
    return (
      <em className="comment-gone" data-testid="comment-unplaced">
        {' '}
        — không đặt được vào văn bản (ý kiến ghi trên phần ứng dụng tự viết: {part.place})
      </em>
    );
  }
  return (
    <em className="comment-part" data-testid="comment-part">
      {' '}
      — {part.place}
    </em>
  );
}

/** The part a thread is on, named as a person says it ("Chỉ tiêu 3 (giá trị)"), or "Phần đã xóa". */
function PartName({ part }: { part: ThreadRow['part'] }) {
  if (!part) return null;
  const gone = 'gone' in part;
  return (
    <span className={gone ? 'comment-part-name is-gone' : 'comment-part-name'} data-testid="comment-part-name" data-gone={gone}>
      {gone ? `Phần đã xóa: ${part.name}` : part.name}
    </span>
  );
}

type Props = { row: ThreadRow; active: boolean; me: string; actions: CommentActions };

/** A thread in the "Ý kiến" panel; a resolved one is collapsed to one line until opened. */
export const ThreadView = memo(function ThreadView({ row, active, me, actions }: Props) {
  const { thread, anchored } = row;
  const part = anchored ? undefined : thread.onPart;
  const onPage = anchored || (row.part ? 'anchor' in row.part : part !== undefined && part.anchor.part !== 'none');
  const resolved = thread.resolvedAt !== null;
  const [expanded, setExpanded] = useState(false);
  const [replying, setReplying] = useState(false);
  const state = resolved ? 'resolved' : 'open';
  return (
    <li
      className={`comment-thread is-${state}${active ? ' is-active' : ''}`}
      data-testid="comment-thread"
      data-comment-id={thread.id}
      data-state={state}
      data-anchored={anchored}
    >
      <button
        type="button"
        className="comment-quote"
        data-testid="comment-quote"
        disabled={!onPage}
        title={onPage ? 'Xem chỗ này trên trang' : undefined}
        onClick={() => actions.select(thread.id)}
      >
        <PartName part={row.part} />“{thread.quote}”<ThreadPlace row={row} />
      </button>
      {resolved && !expanded ? (
        <div className="comment-collapsed">
          <span data-testid="comment-resolved-by">
            {thread.author}: {shortText(thread.body, 40)} · Đã xử lý ({thread.resolvedBy})
          </span>
          <button type="button" className="btn btn-link" data-testid="comment-expand" onClick={() => setExpanded(true)}>
            Xem
          </button>
          <button
            type="button"
            className="btn btn-link"
            data-testid="comment-reopen"
            onClick={() => void actions.resolve(thread.id, false)}
          >
            Mở lại
          </button>
        </div>
      ) : (
        <>
          <Entry entry={thread} own={thread.author === me} onDelete={() => void actions.remove(thread.id, true)} />
          {thread.replies.map((r) => (
            <Entry key={r.id} entry={r} own={r.author === me} onDelete={() => void actions.remove(r.id, false)} />
          ))}
          {replying ? (
            <CommentBox
              testId="comment-reply-box"
              label="Trả lời ý kiến"
              submitLabel="Trả lời"
              onSubmit={async (body) => {
                const sent = await actions.reply(thread.id, body);
                if (sent) setReplying(false);
                return sent;
              }}
              onCancel={() => setReplying(false)}
            />
          ) : null}
          <div className="row comment-actions">
            {replying ? null : (
              <button type="button" className="btn btn-small" data-testid="comment-reply-open" onClick={() => setReplying(true)}>
                Trả lời
              </button>
            )}
            {resolved ? (
              <>
                <button
                  type="button"
                  className="btn btn-small"
                  data-testid="comment-reopen"
                  onClick={() => void actions.resolve(thread.id, false)}
                >
                  Mở lại
                </button>
                <button type="button" className="btn btn-link" data-testid="comment-collapse" onClick={() => setExpanded(false)}>
                  Thu gọn
                </button>
              </>
            ) : (
              <button
                type="button"
                className="btn btn-small"
                data-testid="comment-resolve"
                onClick={() => void actions.resolve(thread.id, true)}
              >
                Đã xử lý
              </button>
            )}
          </div>
        </>
      )}
    </li>
  );
});
