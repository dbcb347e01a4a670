import { useCallback, useState } from 'react';
import type { ApprovalSummary } from '../../../electron/contract/model/review.ts';
import { ReasonDialog } from './ReasonDialog.tsx';
import { StepSummary } from './StepSummary.tsx';

type Props = {
  documentId: number;
  step: 'approve' | 'issue';
  onClose: () => void;
  /** Goes on with the step; `reason` is the written reason when the check finds errors (else undefined). */
  onConfirm: (reason: string | undefined) => Promise<string | null>;
};

/** "Duyệt" / "Ban hành" asked for confirmation, with what is still open; a reason is required while format errors remain. */
export function StepConfirm({ documentId, step, onClose, onConfirm }: Props) {
  const [errors, setErrors] = useState(0);
  const loaded = useCallback((s: ApprovalSummary) => setErrors(s.errors), []);
  const approve = step === 'approve';
  return (
    <ReasonDialog
      title={approve ? 'Duyệt văn bản' : 'Ban hành văn bản'}
      label={errors > 0 ? `Lý do vẫn ${approve ? 'duyệt' : 'ban hành'} khi còn lỗi` : 'Ghi chú'}
      confirmLabel={approve ? 'Duyệt' : 'Tiếp tục'}
      testId={`confirm-${step}`}
      required={errors > 0}
      placeholder={errors > 0 ? 'Ví dụ: Thường trực đã đồng ý; sẽ sửa ở bản ban hành.' : 'Không bắt buộc'}
      onClose={onClose}
      onConfirm={(reason) => onConfirm(errors > 0 ? reason : undefined)}
    >
      <StepSummary documentId={documentId} onLoaded={loaded} />
    </ReasonDialog>
  );
}
