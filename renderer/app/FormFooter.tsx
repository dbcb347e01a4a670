import { FormError } from './FormError.tsx';

export type FormFooterProps = {
  /** The error of the last attempt, shown above the buttons. */
  error: string | null | undefined;
  /** Prefix of the test ids: `${testId}-error`; the submit button's own id is `submitTestId`. */
  errorTestId: string;
  onCancel: () => void;
  cancelLabel?: string;
  submitLabel: string;
  /** Shown on the submit button while the action runs. */
  busyLabel: string;
  busy: boolean;
  disabled?: boolean;
  submitTestId: string;
  danger?: boolean;
};

/** The end of a dialog's form: its error, then "Hủy" and the submit button. */
export function FormFooter({
  error,
  errorTestId,
  onCancel,
  cancelLabel = 'Hủy',
  submitLabel,
  busyLabel,
  busy,
  disabled,
  submitTestId,
  danger,
}: FormFooterProps) {
  return (
    <>
      <FormError message={error} testId={errorTestId} />
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button
          type="submit"
          className={`btn ${danger ? 'btn-danger-solid' : 'btn-primary'}`}
          data-testid={submitTestId}
          disabled={busy || disabled === true}
        >
          {busy ? busyLabel : submitLabel}
        </button>
      </div>
    </>
  );
}
