import { useState } from 'react';
import { Dialog } from '../../app/Dialog.tsx';
import { FormError } from '../../app/FormError.tsx';

type Props = { version: number; onClose: () => void; onConfirm: () => Promise<string | null> };

/** "Khôi phục phiên bản N?": the confirmation, saying that nothing is lost. */
export function RestoreDialog({ version, onClose, onConfirm }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Dialog title={`Khôi phục phiên bản ${version}?`} onClose={onClose} testId="restore-dialog">
      <p>
        Nội dung của phiên bản {version} sẽ trở thành nội dung hiện tại, lưu thành một phiên bản mới. Nội dung đang có không mất: nó vẫn là
        một phiên bản cũ, xem và khôi phục lại được.
      </p>
      <FormError message={error} />
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          Hủy
        </button>
        <button
          type="button"
          className="btn btn-primary"
          data-testid="restore-confirm"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void onConfirm().then((problem) => {
              setBusy(false);
              setError(problem);
            });
          }}
        >
          {busy ? 'Đang khôi phục…' : 'Khôi phục'}
        </button>
      </div>
    </Dialog>
  );
}
