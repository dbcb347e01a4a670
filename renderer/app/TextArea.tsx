import { useEffect, useRef, useState, type TextareaHTMLAttributes } from 'react';

type Props = {
  value: string;
  onCommit: (value: string) => void;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'defaultValue'>;

/** The multi-line sibling of TextField: IME-safe, reports finished text only. */
export function TextArea({ value, onCommit, ...rest }: Props) {
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
    <textarea
      {...rest}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        if (!composing.current && !(e.nativeEvent as InputEvent).isComposing) commit(e.target.value);
      }}
      onCompositionStart={() => {
        composing.current = true;
      }}
      onCompositionEnd={(e) => {
        composing.current = false;
        commit(e.currentTarget.value);
      }}
    />
  );
}
