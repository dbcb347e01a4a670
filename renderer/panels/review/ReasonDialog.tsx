import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Dialog } from '../../app/Dialog.tsx';
import { TextArea } from '../../app/TextArea.tsx';

type Props = {
  title: string;
  /** The label of the reason box ("Lý do trả lại"). */
  label: string;
  confirmLabel: string;
  /** Prefix of the test ids: `<id>-dialog`, `<id>-reason`, `<id>-confirm`, `<id>-error`. */
  testId: string;
  /** Shown above the reason. */
  children?: ReactNode;
  danger?: boolean;
  required?: boolean;
  placeholder?: string;
  onClose: () => void;
  /** Does the work; resolves with an error to show, or null when done (the dialog is then closed by the caller). */
  onConfirm: (reason: string) => Promise<string | null>;
};

/** A dialog that asks for a reason (required unless said otherwise) before doing something. */
export function ReasonDialog({ title, label, confirmLabel, testId, children, danger, required = true, placeholder, onClose, onConfirm }: Props) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  // After the dialog has focused its first control: the reason is what is typed first.
  useEffect(() => form.current?.querySelector('textarea')?.focus(), []);
  const submit = async (): Promise<void> => {
    if (required && reason.trim() === '') {
      setError(`Hãy ghi ${label.toLocaleLowerCase('vi')}.`);
      return;
    }
    setBusy(true);
    setError(null);
    const problem = await onConfirm(reason.trim());
    setBusy(false);
    if (problem !== null) setError(problem);
  };
  return (
    <Dialog title={title} onClose={onClose} testId={`${testId}-dialog`}>
      <form
        ref={form}
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {children}
        <label className="field">
          <span>
            {label}
            {required ? ' (bắt buộc)' : ''}
          </span>
          <TextArea className="input" rows={3} value={reason} onCommit={setReason} data-testid={`${testId}-reason`} placeholder={placeholder} aria-required={required} />
        </label>
        {error ? (
          <p className="form-error" role="alert" data-testid={`${testId}-error`}>
            {error}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            Đóng
          </button>
          <button type="submit" className={`btn ${danger ? 'btn-danger-solid' : 'btn-primary'}`} data-testid={`${testId}-confirm`} disabled={busy}>
            {busy ? 'Đang thực hiện…' : confirmLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
