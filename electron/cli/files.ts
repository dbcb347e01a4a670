import { readFileSync } from 'node:fs';
import type { AppError, Result } from '../contract/result.ts';
import { readDocumentFile as readDocument } from '../services/documents.ts';
import { writeJsonAtomic } from '../services/jsonFile.ts';

/**
 * The command line's files, its edge besides the verbs: a document's JSON read (Vietnamese errors
 * naming the file, the line and column), any input file read whole (refused before reading when
 * too large), and JSON written atomically.
 */

/**
 * A document's JSON file read and parsed for a verb (`{ content }`), which checks it against the
 * model: once, by the dispatcher, as every request is (`documentFileError` tells its findings).
 */
export function readDocumentFile(path: string): Promise<Result<unknown>> {
  // Read at once: a command waits on nothing else, and fs/promises costs a round trip to the thread
  // pool at each step (open, stat, read, close), each a wait for a thread on a busy machine.
  return readDocument(path, readFileSync);
}

/**
 * The dispatcher's findings on a document sent as `content`, told as the file's: 'Tệp "x.json"
 * không hợp lệ (2 lỗi)', each field named from the document's root (header.number.seq …), as
 * when the command line checked the file itself. Other errors are left as they are.
 */
export function documentFileError(path: string, error: AppError): AppError {
  const details = error.details ?? [];
  const inDocument = (d: string) => d.startsWith('content.') || d.startsWith('content:');
  if (error.code !== 'INVALID_INPUT' || details.length === 0 || !details.every(inDocument)) return error;
  return {
    ...error,
    message: `Tệp "${path}" không hợp lệ (${details.length} lỗi)`,
    details: details.map((d) => (d.startsWith('content.') ? d.slice('content.'.length) : `(gốc)${d.slice('content'.length)}`)),
  };
}

/** The bytes of a .docx or .txt given on the command line, as base64 for a verb. */
export async function readInputFile(path: string): Promise<Result<{ base64: string; bytes: number }>> {
  // The importer's module, loaded by the commands that read such a file (a .json export never does).
  const { importErrorAsAppError, readImportFile } = await import('../services/importService.ts');
  const read = await readImportFile(path);
  if (!read.ok) return { ok: false, error: importErrorAsAppError(read.error) };
  // Said here, with the file's name: the verbs would refuse the empty base64 as a malformed request.
  if (read.value.byteLength === 0) {
    return {
      ok: false,
      error: {
        code: 'UNREADABLE_FILE',
        cause: 'EMPTY_FILE',
        message: `Tệp "${path}" rỗng (0 byte), không có gì để đọc. Hãy chọn đúng tệp.`,
      },
    };
  }
  return { ok: true, value: { base64: Buffer.from(read.value).toString('base64'), bytes: read.value.byteLength } };
}

export function writeJsonFile(path: string, value: unknown): Promise<Result<void>> {
  return writeJsonAtomic(path, value);
}
