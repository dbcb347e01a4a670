import type { TextareaHTMLAttributes } from 'react';
import { hasPlaceholder } from '../../electron/contract/model/placeholders.ts';
import { useImeText } from './useImeText.ts';

type Props = {
  value: string;
  onCommit: (value: string) => void;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'defaultValue'>;

/** The multi-line sibling of TextField: IME-safe, reports finished text only; marked while it holds a placeholder ("…"). */
export function TextArea({ value, onCommit, ...rest }: Props) {
  const ime = useImeText<HTMLTextAreaElement>(value, onCommit);
  return <textarea {...rest} {...ime} data-unfilled={hasPlaceholder(ime.value) ? '' : undefined} />;
}
