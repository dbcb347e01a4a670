type Props = {
  /** What the button does, read out by screen readers ("Chuyển lên"). */
  label: string;
  /** The symbol shown (↑ ↓ ✕ …). */
  icon: string;
  onClick: () => void;
  disabled?: boolean;
  /** A button that removes something (shown in red). */
  danger?: boolean;
  testId?: string;
  /** Whether the label also shows on hover (default yes). */
  tooltip?: boolean;
};

/** A small square button of a row of a list or table (move, indent, add, remove): a symbol, its meaning as its label. */
export function IconButton({ label, icon, onClick, disabled, danger, testId, tooltip = true }: Props) {
  return (
    <button
      type="button"
      className={danger ? 'icon-btn danger' : 'icon-btn'}
      aria-label={label}
      title={tooltip ? label : undefined}
      data-testid={testId}
      disabled={disabled}
      onClick={onClick}
    >
      {icon}
    </button>
  );
}
