import { useEffect, useState, type InputHTMLAttributes } from 'react';
import { formatDateField, parseDateField } from '../../electron/format/dates.ts';

type Props = {
  /** ISO "2021-12-10", or null when empty. */
  value: string | null;
  onCommit: (value: string | null) => void;
  /** Whether an empty field is allowed (null committed); otherwise empty counts as not a date. */
  allowEmpty?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'defaultValue' | 'type'>;

const show = (iso: string | null): string => (iso === null || iso === '' ? '' : formatDateField(iso));

/**
 * A date typed and shown as dd/mm/yyyy whatever the computer's locale (a browser's date input
 * follows the system and showed 10/12/2021 as 12/10/2021). A real date is committed as soon as it
 * is typed; anything else is marked and explained.
 */
export function DateField({ value, onCommit, allowEmpty = true, className, ...rest }: Props) {
  const [text, setText] = useState(() => show(value));
  const [bad, setBad] = useState(false);
  useEffect(() => {
    setText((old) => (parseDateField(old) === value || (value === null && old.trim() === '') ? old : show(value)));
  }, [value]);
  const change = (next: string): void => {
    setText(next);
    if (next.trim() === '') {
      setBad(!allowEmpty);
      if (allowEmpty) onCommit(null);
      return;
    }
    const iso = parseDateField(next);
    if (iso !== null) {
      setBad(false);
      onCommit(iso);
    }
  };
  const invalid = bad || (text.trim() !== '' && parseDateField(text) === null);
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      placeholder="dd/mm/yyyy"
      className={`${className ?? 'input'} input-date`}
      value={text}
      aria-invalid={invalid}
      title={invalid ? 'Nhập ngày theo dạng ngày/tháng/năm, ví dụ 10/12/2021.' : undefined}
      onChange={(e) => change(e.target.value)}
      onBlur={(e) => {
        setBad(e.target.value.trim() === '' ? !allowEmpty : parseDateField(e.target.value) === null);
        rest.onBlur?.(e);
      }}
    />
  );
}
