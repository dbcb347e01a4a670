import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { quietTimer } from '../../../renderer/app/quietTimer.ts';

describe('quietTimer: runs once the pokes have stopped for a while, one timer per quiet spell', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, `ms` after the last of a burst of pokes', () => {
    const fn = vi.fn();
    const t = quietTimer(fn, 700);
    for (let i = 0; i < 10; i++) {
      t.poke();
      vi.advanceTimersByTime(30);
    }
    // 300 ms of keys, then 699 ms of quiet: not yet.
    vi.advanceTimersByTime(669);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('arms no new timer for a poke while one is set (the keystroke costs no timer)', () => {
    const set = vi.spyOn(globalThis, 'setTimeout');
    const clear = vi.spyOn(globalThis, 'clearTimeout');
    const t = quietTimer(() => undefined, 700);
    for (let i = 0; i < 20; i++) {
      t.poke();
      vi.advanceTimersByTime(30);
    }
    expect(set).toHaveBeenCalledTimes(1);
    expect(clear).not.toHaveBeenCalled();
    // Fired early (poked meanwhile): set once more, for what is left.
    vi.advanceTimersByTime(700);
    expect(set).toHaveBeenCalledTimes(2);
    set.mockRestore();
    clear.mockRestore();
  });

  it('a poke with a shorter wait brings the run forward; a longer one puts it off', () => {
    const fn = vi.fn();
    const t = quietTimer(fn, 1000);
    t.poke();
    vi.advanceTimersByTime(100);
    t.poke(0);
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    t.poke(50);
    vi.advanceTimersByTime(10);
    t.poke(2000);
    vi.advanceTimersByTime(1999);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('cancel: nothing runs until the next poke', () => {
    const fn = vi.fn();
    const t = quietTimer(fn, 100);
    t.poke();
    t.cancel();
    vi.advanceTimersByTime(1000);
    expect(fn).not.toHaveBeenCalled();
    t.poke();
    vi.advanceTimersByTime(100);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
