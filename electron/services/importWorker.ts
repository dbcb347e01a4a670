import { parentPort } from 'node:worker_threads';
import { importResolution, readSource } from '../import/index.ts';
import { parasOf } from '../import/layout/text.ts';
import type { ImportThreadReply, ImportThreadRequest } from './importThread.ts';

/**
 * The worker thread that reads one imported file (see importThread.ts): the importer, a pure
 * function of the bytes, and the original paragraphs for the review screen.
 */

/** At most this many original paragraphs go to the screen. */
const MAX_ORIGINAL = 3000;

function originalParagraphs(bytes: Uint8Array): string[] {
  const source = readSource(bytes);
  if (!source.ok) return [];
  return parasOf(source.value.blocks)
    .map((p) => p.text.replace(/\t/g, '    ').trim())
    .filter((t) => t !== '')
    .slice(0, MAX_ORIGINAL);
}

parentPort?.once('message', (req: ImportThreadRequest) => {
  const read = importResolution(req.bytes, { known: req.known, ...(req.fallbackYear ? { fallbackYear: req.fallbackYear } : {}) });
  const reply: ImportThreadReply = { read, original: req.original && read.ok ? originalParagraphs(req.bytes) : [] };
  parentPort?.postMessage(reply);
});
