import { useLayoutEffect, useRef, useState } from 'react';

export type SelectOption = { value: string; label: string };

type Props = {
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  className: string;
  label: string;
  testId: string;
};

/**
 * A list (`<select>`) drawn as its chosen label until the pointer or the focus comes to it, when
 * the real list takes its place (so a click opens it, and Tab reaches it with the keyboard as
 * ever); it goes back to plain text when both have left. Why: Chromium anchors a list's own popup
 * to it, and an anchor anywhere inside the contained page pane makes every keystroke lay the whole
 * window out instead of the pane alone (traced: a layout of 18 objects from the root, 10 from the
 * pane without one; 12 tiles rastered per key instead of 8).
 */
export function LazySelect({ value, options, onChange, className, label, testId }: Props) {
  const [live, setLive] = useState(false);
  const box = useRef<HTMLSelectElement>(null);
  const pointerIn = useRef(false);
  const focusWhenLive = useRef(false);
  useLayoutEffect(() => {
    if (!live || !focusWhenLive.current) return;
    focusWhenLive.current = false;
    box.current?.focus();
  }, [live]);
  const disabled = (el: Element): boolean => el.closest('fieldset:disabled') !== null;
  if (live) {
    return (
      <select
        ref={box}
        className={className}
        aria-label={label}
        data-testid={testId}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onPointerLeave={() => {
          pointerIn.current = false;
          if (document.activeElement !== box.current) setLive(false);
        }}
        onBlur={() => {
          if (!pointerIn.current) setLive(false);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  }
  return (
    <div
      className={`${className} lazy-select`}
      role="combobox"
      aria-label={label}
      aria-expanded={false}
      tabIndex={0}
      data-testid={testId}
      onPointerEnter={(e) => {
        if (disabled(e.currentTarget)) return;
        pointerIn.current = true;
        setLive(true);
      }}
      onFocus={(e) => {
        if (disabled(e.currentTarget)) return;
        focusWhenLive.current = true;
        setLive(true);
      }}
    >
      {options.find((o) => o.value === value)?.label ?? value}
    </div>
  );
}
