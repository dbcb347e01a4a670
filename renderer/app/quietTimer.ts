/**
 * Calls `fn` once `ms` have passed since the last `poke` (a debounce), arming one timer per quiet
 * spell instead of one per poke: the timer, when it fires early (poked meanwhile), sets itself again
 * for what is left. Typing pokes several of these at every key (autosave, the page layout, the
 * marks); clearing and setting a browser timer each time cost the key's handling ~0.1 ms.
 */
export type QuietTimer = {
  /** Something changed: `fn` runs `ms` (or `after`, for this poke) after the last poke. */
  poke: (after?: number) => void;
  /** `fn` will not run (until the next poke). */
  cancel: () => void;
};

export function quietTimer(fn: () => void, ms: number): QuietTimer {
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** When `fn` is to run, and when the timer set fires (never later than that). */
  let due = 0;
  let firesAt = 0;
  const arm = (wait: number): void => {
    firesAt = performance.now() + wait;
    timer = setTimeout(fire, wait);
  };
  const fire = (): void => {
    timer = null;
    const left = due - performance.now();
    if (left > 1) arm(left);
    else fn();
  };
  return {
    poke(after = ms) {
      due = performance.now() + after;
      // The timer set fires first and sets itself again for what is left; one set to fire later is replaced.
      if (timer !== null && firesAt <= due) return;
      if (timer !== null) clearTimeout(timer);
      arm(after);
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
