import { Worker } from 'node:worker_threads';
import { workerBeside } from '../files/workerFile.ts';
import type { Result } from '../contract/result.ts';
import type { SavedEdits } from '../contract/verbs/edits.ts';
import type { EditsInput } from './documentEdits.ts';

/**
 * The desktop app's autosaves (saveEdits) in a thread of their own, on its own connection to the
 * same database file. The main process's thread is also its windows' thread: the keys typed while
 * it runs a save (some 30 ms for a 300-page draft: reading the stored version, writing the new one
 * and its version row) wait for it to pass them on to the window. Only the editor's autosave comes
 * after each pause in typing; every other verb stays on the main thread.
 *
 * The thread answers the same Result as `saveEdits` on the main thread. If it could not open the
 * database or has stopped, each save runs on the main thread (`fallback`) as it would without it.
 */
export type EditsThread = {
  save: (input: EditsInput) => Promise<Result<SavedEdits>>;
  /** Waits for the saves sent, then closes the thread's connection (the search entries left waiting are made) and ends it. */
  stop: () => Promise<void>;
};

export type ToEditsWorker = { kind: 'save'; call: number; input: EditsInput } | { kind: 'stop' };
export type FromEditsWorker =
  { kind: 'unavailable'; message: string } | { kind: 'saved'; call: number; result: Result<SavedEdits> } | { kind: 'stopped' };

/** How long `stop` waits for the thread to close its connection before ending it. */
const STOP_MS = 5_000;

const workerUrl = workerBeside('editsWorker', import.meta.url);

export function startEditsThread(
  path: string,
  fallback: (input: EditsInput) => Result<SavedEdits>,
  /** Told when the thread fails (the app logs it); the saves go on on the main thread. */
  fault: (err: unknown) => void,
): EditsThread {
  const worker = new Worker(workerUrl, { workerData: { path } });
  worker.unref();
  let alive = true;
  let calls = 0;
  const waiting = new Map<number, { input: EditsInput; resolve: (result: Result<SavedEdits>) => void; reject: (err: unknown) => void }>();
  /** A save on the main thread, whatever it throws turned into the promise's rejection (the dispatcher answers INTERNAL). */
  const onMainThread = (input: EditsInput): Promise<Result<SavedEdits>> => Promise.resolve().then(() => fallback(input));
  const stopped = new Promise<void>((resolve) => {
    const end = (): void => {
      if (!alive) return;
      alive = false;
      // Saves sent but not answered are made here: one the thread had written meets CONFLICT, as a save in between would.
      for (const [call, sent] of waiting) {
        waiting.delete(call);
        onMainThread(sent.input).then(sent.resolve, sent.reject);
      }
      resolve();
    };
    worker.on('message', (message: FromEditsWorker) => {
      if (message.kind === 'saved') {
        waiting.get(message.call)?.resolve(message.result);
        waiting.delete(message.call);
      } else if (message.kind === 'unavailable' || message.kind === 'stopped') end();
    });
    worker.once('error', (err) => {
      fault(err);
      end();
    });
    worker.once('exit', end);
  });
  return {
    save: (input) => {
      if (!alive) return onMainThread(input);
      const call = ++calls;
      return new Promise((resolve, reject) => {
        waiting.set(call, { input, resolve, reject });
        worker.postMessage({ kind: 'save', call, input } satisfies ToEditsWorker);
      });
    },
    stop: async () => {
      if (alive) {
        worker.postMessage({ kind: 'stop' } satisfies ToEditsWorker);
        const timer = setTimeout(() => void worker.terminate(), STOP_MS);
        await stopped;
        clearTimeout(timer);
      }
      await worker.terminate();
    },
  };
}
