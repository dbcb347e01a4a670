import type { Resolution } from '../contract/model/resolution.ts';
import type { Result } from '../contract/result.ts';
import { readResolutionFile } from '../services/documents.ts';
import { importErrorAsAppError, readImportFile } from '../services/importService.ts';
import { writeJsonAtomic } from '../services/jsonFile.ts';

/**
 * The command line's files, its edge besides the verbs: a document's JSON read and checked
 * (Vietnamese errors naming the file, the line and column, every wrong field), any input file
 * read whole (refused before reading when too large), and JSON written atomically.
 */

export function readDocumentFile(path: string): Promise<Result<Resolution>> {
  return readResolutionFile(path);
}

/** The bytes of a .docx or .txt given on the command line, as base64 for a verb. */
export async function readInputFile(path: string): Promise<Result<{ base64: string; bytes: number }>> {
  const read = await readImportFile(path);
  if (!read.ok) return { ok: false, error: importErrorAsAppError(read.error) };
  return { ok: true, value: { base64: Buffer.from(read.value).toString('base64'), bytes: read.value.byteLength } };
}

export function writeJsonFile(path: string, value: unknown): Promise<Result<void>> {
  return writeJsonAtomic(path, value);
}
