import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFrameSubscribe } from '../../../renderer/app/afterFrame.ts';

/** A store whose changes its listeners hear at once. */
function store() {
  const listeners = new Set<() => void>();
  return {
    subscribe: (l: () => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    change: () => listeners.forEach((l) => l()),
    size: () => listeners.size,
  };
}

describe('afterFrameSubscribe: a display hears of changes once the frame is drawn', () => {
  // Node has no animation frames: one every 16 ms on the fake clock.
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (cb: (t: number) => void) => setTimeout(() => cb(performance.now()), 16));
    vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('tells the listener after the next animation frame and a task, several changes as one', () => {
    const s = store();
    const heard = vi.fn();
    afterFrameSubscribe(s.subscribe)(heard);
    s.change();
    s.change();
    s.change();
    expect(heard).not.toHaveBeenCalled();
    vi.advanceTimersByTime(16);
    expect(heard).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(heard).toHaveBeenCalledTimes(1);
    // A change after that is heard again, after its own frame.
    s.change();
    vi.advanceTimersByTime(16);
    vi.advanceTimersByTime(1);
    expect(heard).toHaveBeenCalledTimes(2);
  });

  it('tells nothing once unsubscribed, also of a change already waiting for its frame', () => {
    const s = store();
    const heard = vi.fn();
    const off = afterFrameSubscribe(s.subscribe)(heard);
    s.change();
    off();
    expect(s.size()).toBe(0);
    vi.advanceTimersByTime(16);
    vi.advanceTimersByTime(50);
    expect(heard).not.toHaveBeenCalled();
  });
});
