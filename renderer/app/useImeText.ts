import { useEffect, useRef, useState, type ChangeEvent, type CompositionEvent } from 'react';

type TextElement = HTMLInputElement | HTMLTextAreaElement;

/**
 * The text of a box that Vietnamese input methods (Telex/VNI, as Windows IMEs send them) can type
 * into: it keeps its own text while a composition runs and reports only finished text (after each
 * keystroke, and once when a composition ends), never reformatting what is being typed. When the
 * value changes from outside, it shows the new one.
 */
export function useImeText<E extends TextElement>(value: string, onCommit: (value: string) => void) {
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

  return {
    value: text,
    onChange: (e: ChangeEvent<E>): void => {
      setText(e.target.value);
      if (!composing.current && !(e.nativeEvent as InputEvent).isComposing) commit(e.target.value);
    },
    onCompositionStart: (): void => {
      composing.current = true;
    },
    onCompositionEnd: (e: CompositionEvent<E>): void => {
      composing.current = false;
      commit(e.currentTarget.value);
    },
  };
}
