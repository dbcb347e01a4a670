import { useSyncExternalStore } from 'react';
import { dismissToast, getToasts, subscribeToasts } from './toastStore.ts';

/** Where toasts appear: bottom centre, announced to screen readers. */
export function ToastHost() {
  const toasts = useSyncExternalStore(subscribeToasts, getToasts);
  return (
    <div className="toasts" role="status" aria-live="polite" data-testid="toasts">
      {toasts.map((t) => (
        <div key={t.id} className={`toast toast-${t.kind}`} data-testid="toast">
          <span className="toast-message">{t.message}</span>
          {t.action ? (
            <button
              type="button"
              className="toast-action"
              data-testid="toast-action"
              onClick={() => {
                dismissToast(t.id);
                t.action?.run();
              }}
            >
              {t.action.label}
            </button>
          ) : null}
          <button type="button" className="toast-close" aria-label="Đóng thông báo" onClick={() => dismissToast(t.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
