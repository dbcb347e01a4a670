import type { CompositionEvent, InputHTMLAttributes, Ref } from 'react';
import { hasPlaceholder } from '../../electron/contract/model/placeholders.ts';
import { useImeText } from './useImeText.ts';

type Common = {
  value: string;
  /** Called with the text as typed: after each keystroke, and once when an IME composition ends. */
  onCommit: (value: string) => void;
};

type FieldProps = Common & { ref?: Ref<HTMLInputElement> } & Omit<
    InputHTMLAttributes<HTMLInputElement>,
    'value' | 'onChange' | 'defaultValue'
  >;

/**
 * A text box that Vietnamese input methods (Telex/VNI, as Windows IMEs send them) can type into:
 * it keeps its own text while a composition runs and reports only finished text, never
 * reformatting what is being typed. When the value changes from outside, it shows the new one.
 * While it holds a placeholder ("…", model/placeholders.ts) it is marked `data-unfilled`.
 */
export function TextField({ value, onCommit, onCompositionStart, onCompositionEnd, ...rest }: FieldProps) {
  const ime = useImeText<HTMLInputElement>(value, onCommit);
  return (
    <input
      {...rest}
      value={ime.value}
      data-unfilled={hasPlaceholder(ime.value) ? '' : undefined}
      onChange={ime.onChange}
      onCompositionStart={(e: CompositionEvent<HTMLInputElement>) => {
        ime.onCompositionStart();
        onCompositionStart?.(e);
      }}
      onCompositionEnd={(e: CompositionEvent<HTMLInputElement>) => {
        ime.onCompositionEnd(e);
        onCompositionEnd?.(e);
      }}
    />
  );
}
