import { parentPort } from 'node:worker_threads';
import type { FromHostWorker, ToHostWorker } from './hostThread.ts';
import { startOfficeServer, type OfficeServer } from './officeServer.ts';

/** The thread of the office server run by the desktop app (see hostThread.ts): starts it, closes it, then ends. */
const port = parentPort;
if (port === null) throw new Error('hostWorker chỉ chạy trong một luồng riêng.');
const post = (message: FromHostWorker): void => port.postMessage(message);
let server: OfficeServer | null = null;

port.on('message', (message: ToHostWorker) => {
  if (message.kind === 'start') {
    startOfficeServer(message.options).then(
      (started) => {
        server = started;
        post({ kind: 'started', url: started.url, fingerprint: started.fingerprint });
      },
      (err: unknown) => {
        const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
        post({
          kind: 'failed',
          name: err instanceof Error ? err.name : '',
          code,
          message: err instanceof Error ? err.message : String(err),
        });
        port.close();
      },
    );
    return;
  }
  void (server?.close() ?? Promise.resolve()).finally(() => {
    post({ kind: 'closed' });
    port.close();
  });
});
