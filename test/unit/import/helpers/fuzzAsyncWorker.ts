import { parentPort } from 'node:worker_threads';
import { importDocument, READER_BUG } from '../../../../electron/import/index.ts';
import { importErrorCodes } from '../../../../electron/import/result.ts';
import type { FuzzReply, FuzzRequest } from './fuzzWorker.ts';

/** Like fuzzWorker.ts, for the asynchronous importer (PDF, .doc): one input per message, a Result every time. */

const codes = new Set<string>(importErrorCodes);

parentPort?.on('message', (req: FuzzRequest) => {
  const start = performance.now();
  void (async () => {
    let outcome = 'ok';
    let problem: string | null = null;
    try {
      const r = await importDocument(req.bytes, { fallbackYear: 2026 });
      outcome = r.ok ? 'ok' : r.error.code;
      if (!r.ok) {
        if (!codes.has(r.error.code)) problem = `mã lạ ${r.error.code}`;
        else if (!/\p{L}/u.test(r.error.message)) problem = 'thiếu thông báo';
        else problem = (r.error.details ?? []).find((d) => d.startsWith(READER_BUG)) ?? null;
      }
    } catch (err) {
      problem = `ném lỗi: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`;
    }
    const reply: FuzzReply = { id: req.id, outcome, problem, ms: performance.now() - start };
    parentPort?.postMessage(reply);
  })();
});
