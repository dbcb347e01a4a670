/**
 * Results cross every boundary (IPC, HTTP, CLI) as data, never as thrown errors.
 * `code` is stable for programs; `message` is Vietnamese for people; `details` lists specifics
 * such as one line per invalid field.
 */
export const errorCodes = [
  'INVALID_INPUT',
  'INVALID_JSON',
  'NOT_FOUND',
  /** The person working may not do this (their role); the message says who may. */
  'FORBIDDEN',
  'UNKNOWN_PROFILE',
  'READ_FAILED',
  'WRITE_FAILED',
  'DISK_FULL',
  'READ_ONLY',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export type AppError = { code: ErrorCode; message: string; details?: string[] };
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string, details?: string[]): Result<T> {
  return details && details.length > 0 ? { ok: false, error: { code, message, details } } : { ok: false, error: { code, message } };
}
