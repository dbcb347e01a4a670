import { parentPort, workerData } from 'node:worker_threads';
import { openStore } from '../store/connection.ts';
import { saveEdits } from './documentEdits.ts';
import type { FromEditsWorker, ToEditsWorker } from './editsThread.ts';

/**
 * The thread of the desktop app's autosaves (see editsThread.ts): its own connection to the
 * database the main process opened and checked (so no start check here), one save at a time.
 */
const port = parentPort;
if (port === null) throw new Error('editsWorker chỉ chạy trong một luồng riêng.');
const post = (message: FromEditsWorker): void => port.postMessage(message);

const opened = openStore(String((workerData as { path: unknown }).path), { check: false });
if (!opened.ok) {
  post({ kind: 'unavailable', message: opened.error.message });
  port.close();
} else {
  const store = opened.value;
  port.on('message', (message: ToEditsWorker) => {
    if (message.kind === 'save') {
      post({ kind: 'saved', call: message.call, result: saveEdits(store.db, message.input) });
      return;
    }
    store.close();
    post({ kind: 'stopped' });
    port.close();
  });
}
