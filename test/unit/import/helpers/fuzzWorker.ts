import { parentPort } from 'node:worker_threads';
import { importErrorCodes } from '../../../../electron/import/result.ts';
import { importResolution, READER_BUG } from '../../../../electron/import/index.ts';
import { checkDocxBytes } from '../../../../electron/services/docxCheck/index.ts';

/**
 * Runs the importer (and, for a zip, the format checker) on one fuzzed input per message, so
 * the test can enforce a time budget per input by terminating this thread.
 */
export type FuzzRequest = { id: number; bytes: Uint8Array };
export type FuzzReply = { id: number; outcome: string; problem: string | null; ms: number };

const codes = new Set<string>(importErrorCodes);

function problemOf(r: ReturnType<typeof importResolution> | ReturnType<typeof checkDocxBytes>): string | null {
  if (r === null || typeof r !== 'object' || typeof r.ok !== 'boolean') return 'không phải Result';
  if (r.ok) return null;
  if (!codes.has(r.error.code)) return `mã lạ ${r.error.code}`;
  if (!/\p{L}/u.test(r.error.message)) return 'thiếu thông báo';
  const bug = (r.error.details ?? []).find((d) => d.startsWith(READER_BUG));
  return bug ?? null;
}

parentPort?.on('message', (req: FuzzRequest) => {
  const start = performance.now();
  let outcome = 'ok';
  let problem: string | null;
  try {
    const imported = importResolution(req.bytes, { fallbackYear: 2024 });
    outcome = imported.ok ? 'ok' : imported.error.code;
    problem = problemOf(imported);
    if (!problem && req.bytes[0] === 0x50 && req.bytes[1] === 0x4b) problem = problemOf(checkDocxBytes(req.bytes));
  } catch (err) {
    problem = `ném lỗi: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`;
  }
  const reply: FuzzReply = { id: req.id, outcome, problem, ms: performance.now() - start };
  parentPort?.postMessage(reply);
});
