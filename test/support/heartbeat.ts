/**
 * How long this thread stops answering: a timer every `everyMs` measures how late it fires.
 * `reset()` forgets the time since the last beat (work of the test itself, such as building an
 * input); `stop()` also counts a block that has just ended (the timer had no chance to fire
 * after it) and returns the longest lag seen, in milliseconds.
 */
export type Heartbeat = { reset(): void; stop(): number };

export function startHeartbeat(everyMs = 20): Heartbeat {
  let lagMs = 0;
  let last = performance.now();
  const beat = setInterval(() => {
    const now = performance.now();
    lagMs = Math.max(lagMs, now - last - everyMs);
    last = now;
  }, everyMs);
  return {
    reset: () => {
      last = performance.now();
    },
    stop: () => {
      clearInterval(beat);
      lagMs = Math.max(lagMs, performance.now() - last - everyMs);
      last = performance.now();
      return lagMs;
    },
  };
}
