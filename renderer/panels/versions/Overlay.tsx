import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

type Props = { testId: string; label: string; onClose: () => void; children: ReactNode; data?: Record<string, string | number> };

/** A layer over the whole editor (a version opened, a comparison), closed by its own button or Escape. */
export function Overlay({ testId, label, onClose, children, data = {} }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    box.current?.focus();
    return () => previous?.focus();
  }, []);
  const attrs = Object.fromEntries(Object.entries(data).map(([k, v]) => [`data-${k}`, String(v)]));
  return createPortal(
    <div
      ref={box}
      className="overlay"
      role="dialog"
      aria-modal="true"
      aria-label={label}
      tabIndex={-1}
      data-testid={testId}
      {...attrs}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.nativeEvent.isComposing && !(e.target instanceof HTMLElement && e.target.closest('.dialog'))) {
          onClose();
        }
      }}
    >
      {children}
    </div>,
    document.body,
  );
}
