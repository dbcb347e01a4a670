import type { PrintMode } from '../print/usePrint.ts';
import type { ZoomMode } from './useZoom.ts';

type Props = {
  mode: ZoomMode;
  zoom: number;
  onMode: (mode: ZoomMode) => void;
  panelOpen: boolean;
  onTogglePanel: () => void;
  onPrint: (mode: PrintMode) => void;
};

const modes: { mode: ZoomMode; label: string }[] = [
  { mode: 'fit-width', label: 'Vừa chiều rộng' },
  { mode: 'fit-page', label: 'Vừa trang' },
  { mode: 'actual', label: '100 %' },
];

/** Zoom of the page view, printing (In, Xuất PDF) and the side panel's toggle, above the pages. */
export function ViewControls({ mode, zoom, onMode, panelOpen, onTogglePanel, onPrint }: Props) {
  return (
    <div className="view-controls" role="group" aria-label="Cách xem trang" data-testid="view-controls">
      {modes.map((m) => (
        <button
          key={m.mode}
          type="button"
          className="btn btn-small"
          aria-pressed={mode === m.mode}
          data-testid={`zoom-${m.mode}`}
          onClick={() => onMode(m.mode)}
        >
          {m.label}
        </button>
      ))}
      <span className="view-zoom" data-testid="zoom-level">
        {Math.round(zoom * 100)} %
      </span>
      <button
        type="button"
        className="btn btn-small"
        data-testid="print-open"
        onClick={() => onPrint('print')}
        title="In các trang (Ctrl+P)"
      >
        In
      </button>
      <button
        type="button"
        className="btn btn-small"
        data-testid="print-pdf"
        onClick={() => onPrint('pdf')}
        title="Xuất các trang ra tệp PDF"
      >
        Xuất PDF
      </button>
      <button type="button" className="btn btn-small" data-testid="panel-toggle" aria-expanded={panelOpen} onClick={onTogglePanel}>
        {panelOpen ? 'Ẩn bảng bên ›' : '‹ Hiện bảng bên'}
      </button>
    </div>
  );
}
