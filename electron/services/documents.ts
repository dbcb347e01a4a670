import { readFile } from 'node:fs/promises';
import { resolutionSchema, type Resolution } from '../contract/model/resolution.ts';
import { fail, type Result } from '../contract/result.ts';
import { validate } from '../contract/validation.ts';
import type { FormatProfile } from '../format/profile.ts';
import { resolveProfile } from '../format/resolveProfile.ts';
import { describeFsError } from './fsErrors.ts';
import { jsonErrorOffset, lineColumn } from './jsonError.ts';
import { withParsedValues } from './normalize.ts';

/** Largest document file the app reads (a 100-page resolution is well under 5 MB of JSON). */
const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

/** Parses and validates a resolution given as JSON text. */
export function parseResolutionJson(text: string, source = 'Văn bản'): Result<Resolution> {
  const clean = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(clean);
  } catch (err) {
    const offset = jsonErrorOffset(clean);
    const place = offset === null ? (err instanceof Error ? err.message : String(err)) : lineColumn(clean, offset);
    return fail('INVALID_JSON', `${source} không phải JSON hợp lệ (${place}).`);
  }
  return validate(resolutionSchema, withParsedValues(data), source);
}

/** Reads a resolution from a JSON file: clear Vietnamese errors for a missing file, bad JSON or wrong fields. */
export async function readResolutionFile(path: string): Promise<Result<Resolution>> {
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
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
  return parseResolutionJson(buffer.toString('utf8'), `Tệp "${path}"`);
}

/** The document's profile by the one policy of `format/resolveProfile.ts` (UNKNOWN_PROFILE for a name the app does not know). */
export function profileFor(doc: Pick<Resolution, 'profileId' | 'header' | 'planYear'>): Result<FormatProfile> {
  return resolveProfile({ profileId: doc.profileId, date: doc.header.date, planYear: doc.planYear });
}
