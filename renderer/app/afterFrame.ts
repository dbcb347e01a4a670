type Subscribe = (listener: () => void) => () => void;

/**
 * A store's `subscribe` (for useSyncExternalStore) whose listeners hear of a change once the next
 * frame is drawn (an animation frame, then a task), several changes as one. A subscriber is
 * otherwise re-rendered in the task that changed the store, and while the body editor has the
 * focus every React commit first walks the editor's text up to the caret (react-dom keeps the
 * selection across the commit): some 0,8 ms in the middle of 300 pages, in that keystroke's own
 * frame. For displays whose change is not urgent, such as the save state's label.
 */
export function afterFrameSubscribe(subscribe: Subscribe): Subscribe {
  return (listener) => {
    let frame: number | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const fire = (): void => {
      timer = null;
      listener();
    };
    const off = subscribe(() => {
      if (frame !== null || timer !== null) return;
      frame = requestAnimationFrame(() => {
        frame = null;
        timer = setTimeout(fire, 0);
      });
    });
    return () => {
      off();
      if (frame !== null) cancelAnimationFrame(frame);
      if (timer !== null) clearTimeout(timer);
    };
  };
}
