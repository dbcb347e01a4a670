import { useEffect, useRef, useState, type CompositionEvent, type InputHTMLAttributes, type Ref } from 'react';

type Common = {
  value: string;
  /** Called with the text as typed: after each keystroke, and once when an IME composition ends. */
  onCommit: (value: string) => void;
};

type FieldProps = Common & { ref?: Ref<HTMLInputElement> } & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'defaultValue'>;

/**
 * A text box that Vietnamese input methods (Telex/VNI, as Windows IMEs send them) can type into:
 * it keeps its own text while a composition runs and reports only finished text, never
 * reformatting what is being typed. When the value changes from outside, it shows the new one.
 */
export function TextField({ value, onCommit, onCompositionStart, onCompositionEnd, ...rest }: FieldProps) {
  const [text, setText] = useState(value);
  const composing = useRef(false);
  const committed = useRef(value);

  useEffect(() => {
    if (!composing.current && value !== committed.current) {
      committed.current = value;
      setText(value);
    }
  }, [value]);

  const commit = (next: string): void => {
    committed.current = next;
    onCommit(next);
  };

  return (
    <input
      {...rest}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const native = e.nativeEvent as InputEvent;
        if (!composing.current && !native.isComposing) commit(e.target.value);
      }}
      onCompositionStart={(e: CompositionEvent<HTMLInputElement>) => {
        composing.current = true;
        onCompositionStart?.(e);
      }}
      onCompositionEnd={(e: CompositionEvent<HTMLInputElement>) => {
        composing.current = false;
        commit(e.currentTarget.value);
        onCompositionEnd?.(e);
      }}
    />
  );
}
