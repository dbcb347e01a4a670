import type { z } from 'zod';
import type { Result } from '../contract/result.ts';
import { fail } from '../contract/result.ts';
import { validate } from '../contract/validation.ts';

/** Checks a value read from the database with zod: stored data is never trusted blindly. */
export function readValue<S extends z.ZodType>(schema: S, value: unknown, what: string): Result<z.output<S>> {
  const checked = validate(schema, value, what);
  return checked.ok
    ? checked
    : fail('READ_FAILED', `${checked.error.message} — dữ liệu trong tệp có thể đã bị sửa ngoài ứng dụng.`, checked.error.details);
}

/** Parses JSON read back from the database and checks it with zod. */
export function readJson<S extends z.ZodType>(schema: S, text: string, what: string): Result<z.output<S>> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('READ_FAILED', `${what} trong tệp dữ liệu bị hỏng (không phải JSON hợp lệ).`);
  }
  return readValue(schema, data, what);
}
