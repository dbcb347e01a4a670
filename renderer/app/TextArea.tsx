import type { TextareaHTMLAttributes } from 'react';
import { useImeText } from './useImeText.ts';

type Props = {
  value: string;
  onCommit: (value: string) => void;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'defaultValue'>;

/** The multi-line sibling of TextField: IME-safe, reports finished text only. */
export function TextArea({ value, onCommit, ...rest }: Props) {
  const ime = useImeText<HTMLTextAreaElement>(value, onCommit);
  return <textarea {...rest} {...ime} />;
}
