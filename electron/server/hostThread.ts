import { Worker } from 'node:worker_threads';
import { workerBeside } from '../files/workerFile.ts';
import { logError } from '../log.ts';
import { NoAccountError, type OfficeServerOptions } from './officeServer.ts';

/**
 * The office server run by the desktop app, in a thread of its own (host.ts starts it here): the
 * main process's thread also passes the keys on to the app's window, and the office's PCs' calls
 * (their saves, exports, searches) would otherwise run on it, each one holding up what the person
 * at this computer types.
 */

/** What the thread is given: the server's options that cross to a thread (no clock). */
export type HostThreadOptions = Omit<OfficeServerOptions, 'clock'>;

/** The server running in its thread, as host.ts sees it. */
export type HostedServer = { url: string; fingerprint: string; close: () => Promise<void> };

export type ToHostWorker = { kind: 'start'; options: HostThreadOptions } | { kind: 'close' };
export type FromHostWorker =
  | { kind: 'started'; url: string; fingerprint: string }
  | { kind: 'failed'; name: string; code: string; message: string }
  | { kind: 'closed' };

/** How long closing waits for the server to close its connections before its thread is ended. */
const STOP_MS = 5_000;

const workerUrl = workerBeside('hostWorker', import.meta.url);

/** The error the server's start threw in its thread, made again here for host.ts to explain (a port in use, no account …). */
function startFailure(failed: Extract<FromHostWorker, { kind: 'failed' }>, dbPath: string): Error {
  if (failed.name === 'NoAccountError') return new NoAccountError(dbPath);
  return Object.assign(new Error(failed.message), failed.code === '' ? {} : { code: failed.code });
}

/**
 * Starts the office server in a new thread; resolves once it listens, or rejects with why it did
 * not start. `onStop` is told if the thread ends by itself (a fault: logged).
 */
export function startHostThread(options: HostThreadOptions, onStop: () => void): Promise<HostedServer> {
  const worker = new Worker(workerUrl);
  return new Promise((resolve, reject) => {
    let closing: (() => void) | null = null;
    let started = false;
    worker.on('message', (message: FromHostWorker) => {
      if (message.kind === 'started') {
        started = true;
        resolve({
          url: message.url,
          fingerprint: message.fingerprint,
          // Closed when its thread has ended: after the server closed, or at most STOP_MS later.
          close: () =>
            new Promise<void>((done) => {
              closing = done;
              setTimeout(() => void worker.terminate(), STOP_MS).unref();
              worker.postMessage({ kind: 'close' } satisfies ToHostWorker);
            }),
        });
      } else if (message.kind === 'failed') {
        reject(startFailure(message, options.dbPath));
        void worker.terminate();
      } else void worker.terminate();
    });
    worker.on('error', (err) => {
      if (!started) reject(err);
      else logError('Máy chủ văn phòng dừng vì lỗi', err);
    });
    worker.on('exit', () => {
      if (!started) reject(new Error('Luồng của máy chủ văn phòng dừng trước khi máy chủ chạy.'));
      else if (closing) closing();
      else onStop();
    });
    worker.postMessage({ kind: 'start', options } satisfies ToHostWorker);
  });
}
