import { useState } from 'react';
import { TextArea } from '../../app/TextArea.tsx';

type Props = {
  testId: string;
  label: string;
  submitLabel: string;
  /** The marked text, shown above the box of a new comment. */
  quote?: string;
  /** The part of the draft a new thread is on, when not the body's text ("Chỉ tiêu 3 (giá trị)"). */
  place?: string;
  onSubmit: (body: string) => Promise<boolean>;
  onCancel: () => void;
};

/** A comment or reply being written: Ctrl+Enter sends, Esc cancels; the text stays when sending fails. */
export function CommentBox({ testId, label, submitLabel, quote, place, onSubmit, onCancel }: Props) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const send = async (): Promise<void> => {
    if (busy || text.trim() === '') return;
    setBusy(true);
    const sent = await onSubmit(text.trim());
    setBusy(false);
    if (sent) setText('');
  };
  return (
    <div className="comment-box" data-testid={testId}>
      {place ? (
        <p className="comment-box-place" data-testid={`${testId}-place`}>
          Ý kiến cho: <strong>{place}</strong>
        </p>
      ) : null}
      {quote !== undefined ? <p className="comment-box-quote">“{quote}”</p> : null}
      <TextArea
        className="input comment-input"
        aria-label={label}
        placeholder={label}
        data-testid={`${testId}-text`}
        rows={3}
        autoFocus
        value={text}
        onCommit={setText}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void send();
          } else if (e.key === 'Escape') onCancel();
        }}
      />
      <div className="row comment-box-actions">
        <button
          type="button"
          className="btn btn-primary btn-small"
          data-testid={`${testId}-submit`}
          disabled={busy || text.trim() === ''}
          onClick={() => void send()}
        >
          {busy ? 'Đang gửi…' : submitLabel}
        </button>
        <button type="button" className="btn btn-small" data-testid={`${testId}-cancel`} onClick={onCancel}>
          Hủy
        </button>
      </div>
    </div>
  );
}
