/** Short messages at the bottom of the window, some with one action ("Hoàn tác"). */
export type Toast = {
  id: number;
  kind: 'info' | 'success' | 'error';
  message: string;
  action?: { label: string; run: () => void };
  /** Milliseconds before it goes; 0 keeps it until closed. */
  timeoutMs: number;
};

type Listener = () => void;
let toasts: readonly Toast[] = [];
let nextId = 1;
const listeners = new Set<Listener>();
const emit = (): void => listeners.forEach((l) => l());

export function subscribeToasts(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getToasts(): readonly Toast[] {
  return toasts;
}

export function dismissToast(id: number): void {
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

export function showToast(toast: Omit<Toast, 'id' | 'timeoutMs'> & { timeoutMs?: number }): number {
  const id = nextId++;
  const timeoutMs = toast.timeoutMs ?? (toast.kind === 'error' ? 0 : 6000);
  toasts = [...toasts.slice(-3), { ...toast, id, timeoutMs }];
  emit();
  if (timeoutMs > 0) window.setTimeout(() => dismissToast(id), timeoutMs);
  return id;
}
