type Props = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  autoComplete: 'current-password' | 'new-password';
  required?: boolean;
};

/** A labelled password box (the label above it, as the form's other fields). */
export function PasswordField({ label, value, onChange, testId, autoComplete, required }: Props) {
  return (
    <label className="field">
      <span>{label}</span>
      <input
        className="input"
        type="password"
        data-testid={testId}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete={autoComplete}
        required={required}
      />
    </label>
  );
}
