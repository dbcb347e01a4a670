import { Worker } from 'node:worker_threads';
import { workerBeside } from '../files/workerFile.ts';
import type { ImportReport, KnownIndicator, ReadResult } from '../import/index.ts';
import { failWith } from '../import/result.ts';
import type { Result } from '../contract/result.ts';
import type { CopyThreadTask } from './copyThread.ts';
import type { DocxCheckReport } from './docxCheck/index.ts';

/**
 * Reading an imported file (or checking a .docx) off the main thread: the desktop app's main process and the
 * browser-mode server keep answering while a file is read, and a hostile file can neither
 * freeze nor kill them. Each file is read in its own worker thread with its own heap limit
 * (running out of memory ends that thread, not the app) and a time limit (the thread is
 * stopped); either way the user gets a Vietnamese message.
 */

export type ImportThreadRequest = { bytes: Uint8Array; known: readonly KnownIndicator[]; fallbackYear?: number; original: boolean };
export type ImportThreadReply = { read: ReadResult<ImportReport>; original: string[] };

/** Heap of one reading thread (MB): a real resolution needs a few tens. */
export const IMPORT_HEAP_MB = 192;
/** Time one file may take (ms) before its thread is stopped. */
export const IMPORT_TIME_MS = 10_000;

const workerUrl = workerBeside('importWorker', import.meta.url);

const startWorker = (): Worker => {
  const worker = new Worker(workerUrl, {
    resourceLimits: { maxOldGenerationSizeMb: IMPORT_HEAP_MB, maxYoungGenerationSizeMb: 32, stackSizeMb: 8 },
  });
  worker.unref();
  return worker;
};

/** A thread started ahead (loading the importer takes a moment), used by the next file. */
let spare: Worker | null = null;

function takeWorker(): Worker {
  const worker = spare ?? startWorker();
  spare = null;
  setImmediate(() => {
    spare ??= startWorker();
    spare.once('error', () => (spare = null));
  });
  return worker;
}

/** Stops the thread kept ready (at shutdown, and in tests). */
export async function stopImportThreads(): Promise<void> {
  const worker = spare;
  spare = null;
  await worker?.terminate();
}

/**
 * What a reading thread is asked: read a file to import, check a .docx's layout (the `soan-nq
 * check <tệp.docx>` and "Kiểm tra tệp Word" work), or read a received .docx and append a copy
 * block to it (sao lục, `copyThread.ts`).
 */
export type ThreadTask =
  | ({ task: 'import' } & ImportThreadRequest)
  | { task: 'check-docx'; bytes: Uint8Array; profileId: string | null; today: string }
  | CopyThreadTask;
export type CheckThreadReply = ReadResult<DocxCheckReport> | Result<DocxCheckReport>;

/** Runs one task in a reading thread; a thread out of memory, out of time or stopped gives `failed(details)`'s reply. */
export function offThread<T>(
  task: ThreadTask,
  failed: (cause: 'TOO_LARGE' | 'READ_FAILED', details: string) => T,
  timeMs: number,
): Promise<T> {
  return new Promise((resolve) => {
    let settled = false;
    const worker = takeWorker();
    worker.removeAllListeners('error');
    const finish = (reply: T): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(reply);
    };
    const timer = setTimeout(
      () => finish(failed('TOO_LARGE', `đọc quá ${timeMs / 1000} giây: tệp quá phức tạp để là một văn bản; hãy kiểm tra lại tệp đã chọn`)),
      timeMs,
    );
    worker.once('message', (reply: T) => finish(reply));
    worker.once('error', (err: Error & { code?: string }) =>
      finish(
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? failed(
              'TOO_LARGE',
              `cần quá ${IMPORT_HEAP_MB} MB bộ nhớ để đọc: tệp quá phức tạp để là một văn bản; hãy kiểm tra lại tệp đã chọn`,
            )
          : // The thread's own words are English (a stack overflow, a failed start): the person gets what to do.
            failed(
              'READ_FAILED',
              'bộ đọc gặp lỗi không lường trước khi đọc tệp này; hãy thử lại, nếu vẫn lỗi hãy mở tệp bằng Word và lưu lại',
            ),
      ),
    );
    worker.once('exit', () => finish(failed('READ_FAILED', 'bộ đọc dừng giữa chừng; hãy thử lại')));
    worker.postMessage(task.task === 'import' ? { ...task, known: [...task.known] } : task);
  });
}

/** Reads `bytes` with the importer in a worker thread; never throws, never hangs past the time limit. */
export function importOffThread(req: ImportThreadRequest, timeMs = IMPORT_TIME_MS): Promise<ImportThreadReply> {
  return offThread<ImportThreadReply>(
    { task: 'import', ...req },
    (cause, details) => ({ read: failWith(cause, [details]), original: [] }),
    timeMs,
  );
}

/** Checks a .docx's layout in a worker thread (see `checkDocxBytes`), with the same limits as an import. */
export function checkDocxOffThread(
  bytes: Uint8Array,
  profileId: string | null,
  today: string,
  timeMs = IMPORT_TIME_MS,
): Promise<CheckThreadReply> {
  return offThread<CheckThreadReply>(
    { task: 'check-docx', bytes, profileId, today },
    (cause, details) => failWith(cause, [details]),
    timeMs,
  );
}
