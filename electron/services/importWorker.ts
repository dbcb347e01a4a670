import { parentPort } from 'node:worker_threads';
import { fail, ok, type Result } from '../contract/result.ts';
import type { ReceivedDocx } from '../docx/appendCopy/index.ts';
import { importDocument, readAnySource } from '../import/index.ts';
import { parasOf } from '../import/layout/text.ts';
import { checkDocxBytes } from './docxCheck/index.ts';
import type { CopyThreadTask } from './copyThread.ts';
import type { ImportThreadReply, ImportThreadRequest, ThreadTask } from './importThread.ts';

/**
 * The worker thread that reads one imported file (see importThread.ts): the importer, a pure
 * function of the bytes, and the original paragraphs for the review screen; or checks one .docx;
 * or opens a received .docx for a sao lục and appends the copy block to it.
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

/** A sao lục of a received .docx: open it, or append the copy block to it (see copyThread.ts). */
async function copyReply(task: CopyThreadTask): Promise<Result<ReceivedDocx> | Result<Uint8Array>> {
  // Loaded only for a copy: an import's thread (started ahead of every file) does not wait for the .docx writer.
  const { appendCopyBlock, openReceivedDocx } = await import('../docx/appendCopy/index.ts');
  if (task.task === 'copy-open') return openReceivedDocx(task.bytes);
  try {
    return ok(await appendCopyBlock(task.received, task.block, task.profile));
  } catch (err) {
    return fail<Uint8Array>('INTERNAL', 'Không tạo được tệp bản sao.', [err instanceof Error ? err.message : String(err)]);
  }
}

parentPort?.once('message', (task: ThreadTask) => {
  if (task.task === 'check-docx') parentPort?.postMessage(checkDocxBytes(task.bytes, task.profileId, task.today));
  else if (task.task === 'import') void reply(task).then((r) => parentPort?.postMessage(r));
  else void copyReply(task).then((r) => parentPort?.postMessage(r));
});
