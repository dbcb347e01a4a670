import { memo, useRef, useState } from 'react';
import { isContentEditable, type DocumentStatus } from '../../../electron/contract/model/status.ts';
import { call, errorText, useApi, useReloadable } from '../../api/useApi.ts';
import { fileToBase64, uploadProblem } from '../../app/files.ts';
import { showToast } from '../../app/toast/toastStore.ts';
import type { Autosave } from '../../editor/session/autosave.ts';
import { SuggestionRow } from './SuggestionRow.tsx';
import { orderSuggestions } from './suggestionText.ts';
import './wordReview.css';
import { FormError } from '../../app/FormError.tsx';

type Props = { documentId: number; status: DocumentStatus; autosave: Autosave; onReload: () => void };

/**
 * "Góp ý từ Word": takes back the .docx a reviewer returns (comments and tracked changes), lists
 * the suggestions with the reviewer's name, where they are and what they change, and lets the
 * secretary accept or reject each, or all. What could not be placed is listed, never dropped.
 */
export const WordReviewPanel = memo(function WordReviewPanel({ documentId, status, autosave, onReload }: Props) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const editable = isContentEditable(status);

  const [list, load] = useReloadable(() => api.listSuggestions({ id: documentId }), [api, documentId], [], setError);

  /** Saves what is typed, runs `work`, then reloads the document (its content changed). */
  const run = async (work: () => Promise<string | null>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      if (!(await autosave.flush())) {
        setError('Văn bản chưa lưu xong; hãy chờ lưu xong rồi thử lại.');
        return;
      }
      const problem = await work();
      if (problem) setError(problem);
      else onReload();
      await load();
    } finally {
      setBusy(false);
    }
  };

  const importFile = (file: File): void => {
    const problem = uploadProblem(file);
    if (problem) return setError(problem);
    void run(async () => {
      const read = await fileToBase64(file);
      if (!read.ok) return read.message;
      const r = await call(() => api.importWordReview({ id: documentId, fileName: file.name, base64: read.base64 }));
      if (!r.ok) return errorText(r.error);
      const v = r.value;
      const who = v.reviewers.length > 0 ? ` của ${v.reviewers.join(', ')}` : '';
      const again = v.alreadyImported > 0 ? `; ${v.alreadyImported} mục đã nhập trước đó, bỏ qua` : '';
      const loose = v.comments.filter((c) => c.placed === 'none').length;
      const looseText = loose > 0 ? ` (và ${loose} ý kiến trên phần ứng dụng tự ghi, xem ở “Ý kiến”)` : '';
      showToast({
        kind: 'success',
        message: `Đã nhập góp ý${who}: ${v.comments.length} ý kiến, ${v.suggestions.length} góp ý sửa, ${v.unplaced.length} không đặt được${looseText}${again}.`,
      });
      return null;
    });
  };

  const decide = (decision: 'accept' | 'reject', ids: number[] | 'all'): void =>
    void run(async () => {
      const request = ids === 'all' ? { id: documentId, decision, all: true } : { id: documentId, decision, suggestions: ids };
      const r = await call(() => api.decideSuggestions(request));
      if (!r.ok) return errorText(r.error);
      const word = decision === 'accept' ? 'chấp nhận' : 'bỏ qua';
      showToast({ kind: 'success', message: `Đã ${word} ${r.value.decided.length} góp ý.` });
      return r.value.conflicts.length > 0 ? r.value.conflicts.map((c) => `Góp ý #${c.id}: ${c.message}`).join(' ') : null;
    });

  const rows = orderSuggestions(list);
  const open = rows.filter((s) => s.state === 'open').length;
  return (
    <section className="panel-section word-review" aria-labelledby="word-review-title" data-testid="word-review-panel">
      <div className="row spread">
        <h3 id="word-review-title">Góp ý sửa từ Word {open > 0 ? <span className="badge badge-warn">{open}</span> : null}</h3>
        <button
          type="button"
          className="btn btn-small"
          data-testid="word-review-import"
          disabled={busy || status === 'ban-hanh'}
          title="Chọn tệp .docx người góp ý gửi lại (có theo dõi thay đổi và ghi chú của Word)"
          onClick={() => picker.current?.click()}
        >
          Nhập góp ý từ Word
        </button>
        <input
          ref={picker}
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          hidden
          data-testid="word-review-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) importFile(file);
          }}
        />
      </div>
      <FormError message={error} testId="word-review-error" />
      {rows.length === 0 ? (
        <p className="hint">
          Chưa có góp ý sửa. Xuất bản góp ý, gửi người góp ý sửa bằng Word (bật Theo dõi thay đổi), rồi nhập tệp họ gửi lại.
        </p>
      ) : null}
      {open > 0 && editable ? (
        <div className="row">
          <button
            type="button"
            className="btn btn-small btn-primary"
            data-testid="word-review-accept-all"
            disabled={busy}
            onClick={() => decide('accept', 'all')}
          >
            Chấp nhận tất cả
          </button>
          <button
            type="button"
            className="btn btn-small"
            data-testid="word-review-reject-all"
            disabled={busy}
            onClick={() => decide('reject', 'all')}
          >
            Bỏ qua tất cả
          </button>
        </div>
      ) : null}
      {open > 0 && !editable ? (
        <p className="hint">Văn bản đang không sửa được; góp ý sẽ được xử lý khi văn bản về dự thảo hoặc bị trả lại.</p>
      ) : null}
      <ul className="suggestions" data-testid="suggestions">
        {rows.map((s) => (
          <SuggestionRow key={s.id} suggestion={s} canDecide={editable} busy={busy} onDecide={(d) => decide(d, [s.id])} />
        ))}
      </ul>
    </section>
  );
});
