import { readFile } from 'node:fs/promises';
import { resolutionSchema, type Resolution } from '../contract/model/resolution.ts';
import { fail, ok, type Result } from '../contract/result.ts';
import { validate } from '../contract/validation.ts';
import type { FormatProfile } from '../format/profile.ts';
import { resolveProfile } from '../format/resolveProfile.ts';
import { describeFsError } from './fsErrors.ts';
import { jsonErrorOffset, lineColumn } from './jsonError.ts';
import { withParsedValues } from './normalize.ts';

/** Largest document file the app reads (a 100-page resolution is well under 5 MB of JSON). */
const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

/**
 * A resolution's JSON text read, not yet checked against the model: parsed (INVALID_JSON naming
 * the line and column), with targets' written values parsed (normalize.ts). For a verb, whose
 * request schema checks it.
 */
export function parseDocumentJson(text: string, source = 'Văn bản'): Result<unknown> {
  const clean = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(clean);
  } catch (err) {
    const offset = jsonErrorOffset(clean);
    const place = offset === null ? (err instanceof Error ? err.message : String(err)) : lineColumn(clean, offset);
    return fail('INVALID_JSON', `${source} không phải JSON hợp lệ (${place}).`);
  }
  return ok(withParsedValues(data));
}

/** Parses and validates a resolution given as JSON text. */
export function parseResolutionJson(text: string, source = 'Văn bản'): Result<Resolution> {
  const data = parseDocumentJson(text, source);
  return data.ok ? validate(resolutionSchema, data.value, source) : data;
}

/**
 * A resolution's JSON file read (by `read`: the command line reads synchronously) and parsed, not
 * yet checked against the model (parseDocumentJson): for a verb, whose request schema checks it once. Clear Vietnamese errors for a missing, too
 * large or unreadable file, a Word/PDF/text file, and bad JSON.
 */
export async function readDocumentFile(
  path: string,
  read: (path: string) => Buffer | Promise<Buffer> = readFile,
): Promise<Result<unknown>> {
  let buffer: Buffer;
  try {
    buffer = await read(path);
  } catch (err) {
    return { ok: false, error: describeFsError(err, 'đọc', path) };
  }
  if (buffer.byteLength > MAX_DOCUMENT_BYTES) {
    return fail('INVALID_INPUT', `Tệp "${path}" quá lớn (${Math.round(buffer.byteLength / 1048576)} MB) để là một văn bản.`);
  }
  if (/\.(docx|doc|pdf|txt|odt)$/iu.test(path)) {
    return fail(
      'INVALID_INPUT',
      `Tệp "${path}" là văn bản Word, PDF hay văn bản thuần, không phải văn bản của ứng dụng (.json): hãy đọc nó bằng "soan-nq import" (hoặc "Nhập văn bản cũ" trong ứng dụng) trước.`,
    );
  }
  return parseDocumentJson(buffer.toString('utf8'), `Tệp "${path}"`);
}

/** The document's profile by the one policy of `format/resolveProfile.ts` (UNKNOWN_PROFILE for a name the app does not know). */
export function profileFor(doc: Pick<Resolution, 'profileId' | 'header' | 'planYear'>): Result<FormatProfile> {
  return resolveProfile({ profileId: doc.profileId, date: doc.header.date, planYear: doc.planYear });
}
