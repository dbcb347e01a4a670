import { useEffect, useLayoutEffect, useRef, useState } from 'react';

type Props = {
  x: number;
  y: number;
  word: string;
  suggestions: string[];
  onReplace: (word: string) => void;
  onAdd: () => void;
  onIgnore: () => void;
  onClose: () => void;
};

/** The right-click menu on a misspelt word: suggestions, "Thêm vào từ điển của cơ quan", "Bỏ qua". */
export function SpellMenu({ x, y, word, suggestions, onReplace, onAdd, onIgnore, onClose }: Props) {
  const menu = useRef<HTMLDivElement>(null);
  const [at, setAt] = useState({ left: x, top: y });
  // Kept inside the window: opened upwards or leftwards where the point is near its edge.
  useLayoutEffect(() => {
    const r = menu.current?.getBoundingClientRect();
    if (!r) return;
    setAt({
      left: Math.max(4, Math.min(x, window.innerWidth - r.width - 4)),
      top: y + r.height > window.innerHeight - 4 ? Math.max(4, y - r.height) : y,
    });
  }, [x, y]);
  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const away = (e: MouseEvent): void => {
      if (!menu.current?.contains(e.target as Node)) onClose();
    };
    const key = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('mousedown', away, true);
    window.addEventListener('keydown', key, true);
    return () => {
      window.removeEventListener('mousedown', away, true);
      window.removeEventListener('keydown', key, true);
    };
  }, [onClose]);
  return (
    <div ref={menu} className="spell-menu" role="menu" aria-label={`Chính tả: ${word}`} data-testid="spell-menu" style={at}>
      {suggestions.length === 0 ? <p className="spell-none">Không có gợi ý cho "{word}"</p> : null}
      {suggestions.map((s) => (
        <button
          key={s}
          type="button"
          role="menuitem"
          className="spell-item spell-suggestion"
          data-testid="spell-suggestion"
          onClick={() => onReplace(s)}
        >
          {s}
        </button>
      ))}
      <hr />
      <button type="button" role="menuitem" className="spell-item" data-testid="spell-add" onClick={onAdd}>
        Thêm vào từ điển của cơ quan
      </button>
      <button type="button" role="menuitem" className="spell-item" data-testid="spell-ignore" onClick={onIgnore}>
        Bỏ qua
      </button>
    </div>
  );
}
