import { fail, ok, type Result } from '../contract/result.ts';
import { writeFileAtomic } from '../files/atomicWrite.ts';
import { describeFsError } from './fsErrors.ts';

/** Writes a value as pretty JSON (UTF-8, final newline) atomically. */
export async function writeJsonAtomic(path: string, value: unknown): Promise<Result<void>> {
  if (!/\.json$/i.test(path)) return fail('INVALID_INPUT', `Tệp "${path}" phải có đuôi .json (tệp văn bản dạng JSON).`);
  try {
    await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
    return ok(undefined);
  } catch (err) {
    return { ok: false, error: describeFsError(err, 'ghi', path) };
  }
}
