/**
 * Results cross every boundary (IPC, HTTP, CLI) as data, never as thrown errors.
 * `code` is stable for programs; `message` is Vietnamese for people; `details` lists specifics
 * such as one line per invalid field.
 */
export const errorCodes = [
  'INVALID_INPUT',
  'INVALID_JSON',
  'NOT_FOUND',
  /** Someone saved a newer version meanwhile: reopen and edit again. */
  'CONFLICT',
  /** A file given to import or check could not be read as a document; `cause` says why. */
  'UNREADABLE_FILE',
  /** The person working may not do this (their role); the message says who may. */
  'FORBIDDEN',
  /** The office server: no session, an ended one, or a wrong name or password at login. */
  'UNAUTHENTICATED',
  /** The office server: too many wrong passwords; the message says how long to wait. */
  'LOCKED_OUT',
  'UNKNOWN_PROFILE',
  'READ_FAILED',
  /** The database file itself is damaged (its start checks failed): restore it from a backup. */
  'DATABASE_DAMAGED',
  'WRITE_FAILED',
  'DISK_FULL',
  'READ_ONLY',
  /** The window could not be printed or made into a PDF (no printer, the print system failed). */
  'PRINT_FAILED',
  'INTERNAL',
  /** The office server did not answer (network, server stopped): what was typed is kept and sent again. */
  'UNREACHABLE',
  /** The office server's certificate is not the one pinned at the first connection: refused. */
  'CERTIFICATE_CHANGED',
  /**
   * An imported document names another issuing body than the body it is stored for: stored only
   * when the request confirms it (`otherIssuer`); the message names both bodies.
   */
  'OTHER_ISSUER',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/**
 * Why a file could not be read (import, check, copy of a received file): a stable code for
 * programs, beside the error's Vietnamese message.
 */
export const importCauses = [
  'EMPTY_FILE',
  'TOO_LARGE',
  'ENCRYPTED',
  'LEGACY_DOC',
  'NOT_DOCX',
  'CORRUPT_ZIP',
  'ZIP_BOMB',
  'UNSAFE_XML',
  'CORRUPT_XML',
  'NOT_TEXT',
  'NO_TEXT_LAYER',
  'IMAGE_FILE',
  'CORRUPT_DOC',
  'CORRUPT_PDF',
  'NOT_A_RESOLUTION',
  'INVALID_MODEL',
  'READ_FAILED',
] as const;
export type ImportCause = (typeof importCauses)[number];

export type AppError = { code: ErrorCode; message: string; details?: string[]; cause?: ImportCause };
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string, details?: string[]): Result<T> {
  return details && details.length > 0 ? { ok: false, error: { code, message, details } } : { ok: false, error: { code, message } };
}

/** Whether `value` (JSON that came over a wire) has the shape of a Result with a known error code. */
export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  if (value.ok !== false || !('error' in value)) return false;
  const error = value.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    (errorCodes as readonly string[]).includes(error.code) &&
    'message' in error &&
    typeof error.message === 'string'
  );
}
