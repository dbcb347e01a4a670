import { parentPort } from 'node:worker_threads';
import { importDocument, readAnySource } from '../import/index.ts';
import { parasOf } from '../import/layout/text.ts';
import { checkDocxBytes } from './docxCheck/index.ts';
import type { ImportThreadReply, ImportThreadRequest, ThreadTask } from './importThread.ts';

/**
 * The worker thread that reads one imported file (see importThread.ts): the importer, a pure
 * function of the bytes, and the original paragraphs for the review screen; or checks one .docx.
 */

/** At most this many original paragraphs go to the screen. */
const MAX_ORIGINAL = 3000;

async function originalParagraphs(bytes: Uint8Array): Promise<string[]> {
  const source = await readAnySource(bytes);
  if (!source.ok) return [];
  return parasOf(source.value.blocks)
    .map((p) => p.text.replace(/\t/g, '    ').trim())
    .filter((t) => t !== '')
    .slice(0, MAX_ORIGINAL);
}

async function reply(req: ImportThreadRequest): Promise<ImportThreadReply> {
  // PDFs (text layer) and Word 97–2003 files too: the importer is a pure function of the bytes.
  const read = await importDocument(req.bytes, { known: req.known, ...(req.fallbackYear ? { fallbackYear: req.fallbackYear } : {}) });
  return { read, original: req.original && read.ok ? await originalParagraphs(req.bytes) : [] };
}

parentPort?.once('message', (task: ThreadTask) => {
  if (task.task === 'check-docx') parentPort?.postMessage(checkDocxBytes(task.bytes, task.profileId, task.today));
  else void reply(task).then((r) => parentPort?.postMessage(r));
});
