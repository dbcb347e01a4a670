import { flushSync } from 'react-dom';

/**
 * Which field of the targets table is a live text box: one at a time. The others are drawn as
 * plain text (LazyField.tsx), because 180 live text boxes (name, unit and value of 60 rows) cost
 * about a millisecond of every frame of the page, a keystroke in the body included (each box is a
 * scroller of its own that the compositor has to place again). A field becomes live when it takes the focus (Tab, a click,
 * `liveField` below) and stays so until another one does.
 */
export type Wanted = { start: number; end: number } | 'all' | 'end';

type State = { id: string | null; select: Wanted; focus: boolean };

let state: State = { id: null, select: 'end', focus: false };
const listeners = new Set<() => void>();

export const liveFields = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  current: (): string | null => state.id,
  /**
   * How the field that became live last is to be shown (what to select, whether it takes the
   * focus), once: a table shown again (another tab and back) does not move the focus to it.
   */
  take(): { select: Wanted; focus: boolean } {
    const { select, focus } = state;
    state = { ...state, select: 'end', focus: false };
    return { select, focus };
  },
  set(id: string, select: Wanted, focus: boolean): void {
    state = { id, select, focus };
    for (const l of listeners) l();
  },
};

/** What a plain-text field is marked with (its id in `liveFields`). */
export const LAZY_ATTR = 'data-lazy-field';

/**
 * The live text box of a field of the side panel from its element (found by selector: find and
 * replace, comments): when it is drawn as plain text, it is made live at once (synchronously) with
 * `select` selected, without moving the focus. Null when the element is neither.
 */
export function liveField(el: Element | null, select: Wanted = 'end'): HTMLInputElement | HTMLTextAreaElement | null {
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el;
  const id = el?.getAttribute(LAZY_ATTR);
  if (!el || !id) return null;
  const parent = el.parentElement;
  flushSync(() => liveFields.set(id, select, false));
  return parent?.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-live-field="${CSS.escape(id)}"]`) ?? null;
}
