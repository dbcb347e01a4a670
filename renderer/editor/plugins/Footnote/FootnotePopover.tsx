import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { TextArea } from '../../../app/TextArea.tsx';

type Props = {
  anchor: HTMLElement;
  text: string;
  readOnly: boolean;
  onChange: (text: string) => void;
  onRemove: () => void;
  onClose: () => void;
};

/** The footnote's text, under its number, outside the editable page (so the editor does not see the typing). */
export function FootnotePopover({ anchor, text, readOnly, onChange, onRemove, onClose }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState({ top: 0, left: 0 });

  useLayoutEffect(() => {
    const r = anchor.getBoundingClientRect();
    setPos({ top: r.bottom + window.scrollY + 6, left: Math.max(8, Math.min(r.left + window.scrollX - 40, window.innerWidth - 400)) });
    box.current?.querySelector('textarea')?.focus();
  }, [anchor]);

  useEffect(() => {
    const onDown = (e: MouseEvent): void => {
      if (!box.current?.contains(e.target as Node) && !anchor.contains(e.target as Node)) onClose();
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [anchor, onClose]);

  return createPortal(
    <div
      ref={box}
      className="popover footnote-popover"
      role="dialog"
      aria-label="Chú thích cuối trang"
      data-testid="footnote-popover"
      style={{ top: pos.top, left: pos.left }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.nativeEvent.isComposing) onClose();
      }}
    >
      <label className="field">
        <span>Nội dung chú thích (in cỡ chữ nhỏ ở cuối trang)</span>
        <TextArea className="input" rows={3} value={text} readOnly={readOnly} onCommit={onChange} data-testid="footnote-text" />
      </label>
      <div className="dialog-actions">
        <button type="button" className="btn btn-danger" disabled={readOnly} onClick={onRemove}>
          Xóa chú thích
        </button>
        <button type="button" className="btn btn-primary" onClick={onClose}>
          Xong
        </button>
      </div>
    </div>,
    document.body,
  );
}
