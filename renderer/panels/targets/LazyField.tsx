import { useLayoutEffect, useRef, useSyncExternalStore, type KeyboardEvent, type MouseEvent } from 'react';
import { hasPlaceholder } from '../../../electron/contract/model/placeholders.ts';
import { TextArea } from '../../app/TextArea.tsx';
import { LAZY_ATTR, liveFields, type Wanted } from './liveField.ts';

type Props = {
  /** Unique in the table: the target's key and the field ("1.2.value"). */
  id: string;
  /** Reached by Tab, its words are selected (as a one-line text box's are); else the caret goes to the end. */
  selectAll?: boolean;
  value: string;
  onCommit: (value: string) => void;
  className: string;
  label: string;
  testId: string;
  placeholder?: string;
  describedBy?: string;
  /** Spell-checked (`data-spell`, Spell/fieldMirror.ts): its misspelt words underlined, plain or live. */
  spell?: boolean;
};

/** A field of the table is one line of the printed table: Enter adds no line (a composition's Enter is the IME's). */
const keepEnterOut = (e: KeyboardEvent<HTMLTextAreaElement>): void => {
  if (e.key === 'Enter' && !e.nativeEvent.isComposing) e.preventDefault();
};

type Box = HTMLTextAreaElement;

function applyWanted(box: Box, select: Wanted): void {
  if (select === 'all') box.select();
  else if (select === 'end') box.setSelectionRange(box.value.length, box.value.length);
  else box.setSelectionRange(select.start, select.end);
}

/** Where in the plain text a click fell (the caret goes there once the box is live). */
function offsetAt(e: MouseEvent<HTMLDivElement>): number | null {
  const caret = document.caretPositionFromPoint?.(e.clientX, e.clientY);
  return caret && e.currentTarget.contains(caret.offsetNode) && caret.offsetNode.nodeType === Node.TEXT_NODE ? caret.offset : null;
}

/**
 * A text field of the targets table drawn as plain text (same box, same label for screen readers,
 * in the Tab order) until it takes the focus, when it becomes the live text box (a TextArea that
 * grows with its text, Enter kept out) in its place, with the caret where the click
 * fell: see liveField.ts for why.
 */
export function LazyField({
  id,
  selectAll = false,
  value,
  onCommit,
  className,
  label,
  testId,
  placeholder,
  describedBy,
  spell = false,
}: Props) {
  const live = useSyncExternalStore(liveFields.subscribe, () => liveFields.current() === id);
  const clicked = useRef<number | null>(null);
  const spellAttr = spell ? '' : undefined;
  useLayoutEffect(() => {
    if (!live) return;
    const box = document.querySelector<Box>(`[data-live-field="${CSS.escape(id)}"]`);
    if (!box) return;
    const { select, focus } = liveFields.take();
    if (focus) box.focus();
    applyWanted(box, select);
  }, [live, id]);
  if (live) {
    const common = {
      className,
      'aria-label': label,
      'aria-describedby': describedBy,
      'data-testid': testId,
      'data-live-field': id,
      'data-spell': spellAttr,
      placeholder,
      value,
      onCommit,
      onKeyDown: keepEnterOut,
    };
    return <TextArea {...common} rows={1} />;
  }
  return (
    <div
      className={`${className} lazy-field`}
      role="textbox"
      aria-multiline
      aria-label={label}
      aria-describedby={describedBy}
      aria-placeholder={placeholder}
      tabIndex={0}
      data-testid={testId}
      data-spell={spellAttr}
      {...{ [LAZY_ATTR]: id }}
      data-unfilled={hasPlaceholder(value) ? '' : undefined}
      onMouseDown={(e) => {
        clicked.current = offsetAt(e);
      }}
      onFocus={(e) => {
        if (e.currentTarget.closest('fieldset:disabled')) return;
        const at = clicked.current;
        clicked.current = null;
        liveFields.set(id, at !== null ? { start: at, end: at } : selectAll ? 'all' : 'end', true);
      }}
    >
      {value === '' && placeholder ? <span className="lazy-placeholder">{placeholder}</span> : value}
    </div>
  );
}
