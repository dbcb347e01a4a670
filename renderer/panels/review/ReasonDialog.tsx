import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useSubmit } from '../../api/useApi.ts';
import { FormDialog } from '../../app/FormDialog.tsx';
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
export function ReasonDialog({
  title,
  label,
  confirmLabel,
  testId,
  children,
  danger,
  required = true,
  placeholder,
  onClose,
  onConfirm,
}: Props) {
  const [reason, setReason] = useState('');
  const { busy, error, setError, attempt } = useSubmit();
  const form = useRef<HTMLFormElement>(null);
  // After the dialog has focused its first control: the reason is what is typed first.
  useEffect(() => form.current?.querySelector('textarea')?.focus(), []);
  const submit = async (): Promise<void> => {
    if (required && reason.trim() === '') {
      setError(`Hãy ghi ${label.toLocaleLowerCase('vi')}.`);
      return;
    }
    await attempt(() => onConfirm(reason.trim()));
  };
  return (
    <FormDialog
      title={title}
      onClose={onClose}
      testId={`${testId}-dialog`}
      onSubmit={submit}
      formRef={form}
      error={error}
      errorTestId={`${testId}-error`}
      cancelLabel="Đóng"
      submitLabel={confirmLabel}
      busyLabel="Đang thực hiện…"
      busy={busy}
      submitTestId={`${testId}-confirm`}
      danger={danger}
    >
      {children}
      <label className="field">
        <span>
          {label}
          {required ? ' (bắt buộc)' : ''}
        </span>
        <TextArea
          className="input"
          rows={3}
          value={reason}
          onCommit={setReason}
          data-testid={`${testId}-reason`}
          placeholder={placeholder}
          aria-required={required}
        />
      </label>
    </FormDialog>
  );
}
