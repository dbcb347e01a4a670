import { useEffect, useRef, useState } from 'react';
import type { Finding } from '../../../electron/contract/model/office.ts';
import { PLACEHOLDER_FINDING } from '../../../electron/contract/model/placeholders.ts';
import { call, errorText, useApi } from '../../api/useApi.ts';
import type { Autosave } from '../../editor/session/autosave.ts';
import { ReasonDialog } from './ReasonDialog.tsx';

type Props = {
  documentId: number;
  autosave: Autosave;
  onClose: () => void;
  /** Submits; `reason` is why it goes with placeholders unfilled (undefined when none remain). */
  onSubmit: (reason: string | undefined) => Promise<string | null>;
};

/** The placeholders ("…", "[… Nêu …]") still in the stored draft, after the pending edits are saved; null while asking. */
function useUnfilled(documentId: number, autosave: Autosave): { spots: Finding[] | null; error: string | null } {
  const api = useApi();
  const [spots, setSpots] = useState<Finding[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      await autosave.flush();
      const r = await call(() => api.approvalSummary({ id: documentId }));
      if (!live) return;
      if (!r.ok) setError(errorText(r.error));
      else setSpots(r.value.findings.filter((f) => f.code === PLACEHOLDER_FINDING));
    })();
    return () => {
      live = false;
    };
  }, [api, autosave, documentId]);
  return { spots, error };
}

/**
 * "Trình duyệt": straight on when nothing is left to write; while placeholders remain, it lists
 * them and asks why the draft goes anyway (the reason is recorded with the step).
 */
export function SubmitConfirm({ documentId, autosave, onClose, onSubmit }: Props) {
  const { spots, error } = useUnfilled(documentId, autosave);
  const empty = spots !== null && spots.length === 0;
  const fired = useRef(false);
  useEffect(() => {
    if (!empty || fired.current) return;
    fired.current = true;
    void onSubmit(undefined).then(onClose);
  }, [empty, onSubmit, onClose]);
  if (error) return <p className="form-error review-error">{error}</p>;
  if (spots === null || spots.length === 0) return null;
  return (
    <ReasonDialog
      title="Trình duyệt khi còn chỗ chưa điền"
      label="Lý do vẫn trình"
      confirmLabel="Vẫn trình duyệt"
      testId="confirm-submit"
      placeholder="Ví dụ: Xin ý kiến Thường trực trước khi có số liệu ước thực hiện."
      onClose={onClose}
      onConfirm={(reason) => onSubmit(reason)}
    >
      <div className="step-summary" data-testid="submit-unfilled">
        <p>
          Dự thảo còn <strong>{spots.length}</strong> chỗ chưa điền (tô vàng trên trang). Nên điền trước khi trình; muốn trình ngay thì ghi
          lý do, lý do được ghi vào lịch sử văn bản.
        </p>
        <ul className="form-error">
          {spots.slice(0, 6).map((f, i) => (
            <li key={`${f.path}-${i}`} data-testid="submit-unfilled-spot">
              {f.message}
            </li>
          ))}
          {spots.length > 6 ? <li>… và {spots.length - 6} chỗ khác (xem “Kiểm tra thể thức”).</li> : null}
        </ul>
      </div>
    </ReasonDialog>
  );
}
