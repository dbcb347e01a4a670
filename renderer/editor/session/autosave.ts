import type { StoredDocument } from '../../../electron/contract/model/office.ts';
import type { Resolution } from '../../../electron/contract/model/resolution.ts';
import type { AppError, Result } from '../../../electron/contract/result.ts';
import { quietTimer } from '../../app/quietTimer.ts';

/** What the save indicator shows. */
export type SaveState =
  | { kind: 'saved'; at: Date | null }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string; retryAt: Date }
  | { kind: 'conflict'; message: string };

/** `C`: the content saved; `S`: what a save answers (at least the new version). */
export type AutosaveOptions<C = Resolution, S extends { version: number } = StoredDocument> = {
  version: number;
  /** Quiet time after the last change before saving (≤ 1.5 s). */
  debounceMs?: number;
  /** The content to save now, or null when it cannot be read yet (an IME is composing): try again shortly. */
  collect: () => C | null;
  save: (content: C, expectedVersion: number) => Promise<Result<S>>;
  isConflict: (error: AppError) => boolean;
  onSaved?: (saved: S, content: C) => void;
  now?: () => Date;
};

export type Autosave = {
  markDirty: () => void;
  /** Saves now if anything is unsaved; resolves true when everything is saved. */
  flush: () => Promise<boolean>;
  getState: () => SaveState;
  subscribe: (listener: () => void) => () => void;
  getVersion: () => number;
  /** After a conflict: save the local content over the newer version `version`. */
  overwrite: (version: number) => Promise<boolean>;
  hasUnsaved: () => boolean;
  /** The other side answers again (the office server came back): send a failed save now instead of at its next retry. */
  resume: () => void;
  dispose: () => void;
};

const RETRY_FIRST_MS = 2000;
const RETRY_MAX_MS = 30000;
const COMPOSING_RETRY_MS = 300;

/**
 * Autosave with optimistic versions: a change schedules a save `debounceMs` after the last one;
 * one save runs at a time and changes made meanwhile are saved right after it. A failed save is
 * retried (2 s, 4 s … 30 s) and never drops the edits, which stay in the editor; a version
 * conflict stops and waits for the user (reload, or overwrite). "Đã lưu" is shown only once the
 * store has confirmed the write.
 */
export function createAutosave<C = Resolution, S extends { version: number } = StoredDocument>(opts: AutosaveOptions<C, S>): Autosave {
  const debounceMs = opts.debounceMs ?? 1000;
  const now = opts.now ?? (() => new Date());
  let version = opts.version;
  let state: SaveState = { kind: 'saved', at: null };
  let changeSeq = 0;
  let savedSeq = 0;
  let inFlight: Promise<void> | null = null;
  let retryMs = RETRY_FIRST_MS;
  let disposed = false;
  const listeners = new Set<() => void>();

  const setState = (next: SaveState): void => {
    state = next;
    listeners.forEach((l) => l());
  };
  const dirty = (): boolean => changeSeq !== savedSeq;
  const timer = quietTimer(() => void run(), debounceMs);
  const schedule = (ms: number): void => {
    if (!disposed) timer.poke(ms);
  };

  async function run(): Promise<void> {
    if (state.kind === 'conflict' || !dirty()) return;
    if (inFlight) return;
    let content: C | null;
    try {
      content = opts.collect();
    } catch (err) {
      setState({
        kind: 'error',
        message: `Không đọc được nội dung: ${err instanceof Error ? err.message : String(err)}`,
        retryAt: new Date(now().getTime() + retryMs),
      });
      return schedule(retryMs);
    }
    if (content === null) return schedule(COMPOSING_RETRY_MS);
    const seq = changeSeq;
    setState({ kind: 'saving' });
    inFlight = (async () => {
      const result = await opts.save(content, version).catch((err: unknown): Result<S> => ({
        ok: false,
        error: { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) },
      }));
      if (result.ok) {
        version = result.value.version;
        savedSeq = Math.max(savedSeq, seq);
        retryMs = RETRY_FIRST_MS;
        opts.onSaved?.(result.value, content);
        if (dirty()) {
          setState({ kind: 'dirty' });
          schedule(debounceMs);
        } else setState({ kind: 'saved', at: now() });
      } else if (opts.isConflict(result.error)) {
        setState({ kind: 'conflict', message: result.error.message });
      } else {
        setState({ kind: 'error', message: result.error.message, retryAt: new Date(now().getTime() + retryMs) });
        schedule(retryMs);
        retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
      }
    })();
    await inFlight;
    inFlight = null;
  }

  return {
    markDirty() {
      changeSeq += 1;
      if (state.kind === 'saved') setState({ kind: 'dirty' });
      if (state.kind !== 'conflict' && state.kind !== 'error') schedule(debounceMs);
    },
    async flush() {
      timer.cancel();
      while (inFlight) await inFlight;
      if (dirty() && state.kind !== 'conflict') await run();
      while (inFlight) await inFlight;
      return !dirty();
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getVersion: () => version,
    async overwrite(newVersion) {
      version = newVersion;
      setState({ kind: 'dirty' });
      changeSeq += 1;
      return this.flush();
    },
    hasUnsaved: () => dirty() || inFlight !== null,
    resume() {
      if (state.kind !== 'error' || disposed) return;
      retryMs = RETRY_FIRST_MS;
      schedule(0);
    },
    dispose() {
      disposed = true;
      timer.cancel();
      listeners.clear();
    },
  };
}
