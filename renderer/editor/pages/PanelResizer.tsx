import { useCallback, useState, type PointerEvent } from 'react';

const KEY = 'soan-nq:panel-width';
const MIN = 320;

const maxWidth = (): number => Math.max(MIN, Math.round(window.innerWidth * 0.6));
const initial = (): number => {
  const saved = Number(localStorage.getItem(KEY));
  // Room for the targets table (editor.css: this year's value beside last year's) and the page beside it: 601 px at 1366, 680 px at 1920.
  const fallback = Math.min(680, Math.round(window.innerWidth * 0.44));
  return Math.min(maxWidth(), Math.max(MIN, Number.isFinite(saved) && saved > 0 ? saved : fallback));
};

/** The side panel's width, dragged by its edge and remembered on this computer. */
export function usePanelWidth(): [number, (width: number) => void] {
  const [width, setWidth] = useState(initial);
  const set = useCallback((w: number) => {
    const next = Math.min(maxWidth(), Math.max(MIN, Math.round(w)));
    setWidth(next);
    localStorage.setItem(KEY, String(next));
  }, []);
  return [width, set];
}

/** The edge between the pages and the side panel: drag to resize, arrow keys by 20 px. */
export function PanelResizer({ width, onWidth }: { width: number; onWidth: (width: number) => void }) {
  const start = (e: PointerEvent<HTMLDivElement>): void => {
    const from = e.clientX;
    const base = width;
    const target = e.currentTarget;
    target.setPointerCapture(e.pointerId);
    const move = (ev: globalThis.PointerEvent): void => onWidth(base + (from - ev.clientX));
    const up = (): void => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
  };
  return (
    <div
      className="panel-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label="Kéo để đổi độ rộng bảng bên"
      aria-valuenow={width}
      tabIndex={0}
      data-testid="panel-resizer"
      onPointerDown={start}
      onKeyDown={(e) => {
        if (e.key === 'ArrowLeft') onWidth(width + 20);
        else if (e.key === 'ArrowRight') onWidth(width - 20);
      }}
    />
  );
}
