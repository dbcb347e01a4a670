type Props = {
  /** The message to show; nothing is shown when there is none. */
  message: string | null | undefined;
  testId?: string;
};

/** The error of a form or of a load, in the form's red, announced at once to screen readers (role="alert"). */
export function FormError({ message, testId }: Props) {
  return message ? (
    <p className="form-error" role="alert" data-testid={testId}>
      {message}
    </p>
  ) : null;
}
