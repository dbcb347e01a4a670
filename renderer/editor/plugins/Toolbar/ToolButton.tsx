import type { ReactNode } from 'react';

type Props = {
  label: string;
  hint?: string;
  pressed?: boolean;
  disabled?: boolean;
  testId: string;
  onPress: () => void;
  children: ReactNode;
};

/** A toolbar button that keeps the caret in the editor (no focus steal on mouse down). */
export function ToolButton({ label, hint, pressed, disabled, testId, onPress, children }: Props) {
  return (
    <button
      type="button"
      className="tool"
      aria-label={label}
      title={hint ? `${label} (${hint})` : label}
      aria-pressed={pressed}
      disabled={disabled}
      data-testid={testId}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onPress}
    >
      {children}
    </button>
  );
}
