import type { AppError, ErrorCode, Result } from '../contract/result.ts';

/**
 * Expected failures inside the store (a missing row, an invalid document, a refused status
 * change) are thrown as a StoreAbort so that an enclosing `db.transaction` rolls back, and are
 * turned back into a Result by `attempt` at the module boundary. Nothing else leaves the store
 * as a thrown error.
 */
export class StoreAbort extends Error {
  readonly appError: AppError;
  constructor(appError: AppError) {
    super(appError.message);
    this.name = 'StoreAbort';
    this.appError = appError;
  }
}

/** Stops the current operation (and rolls back its transaction) with this error. */
export function abort(code: ErrorCode, message: string, details?: string[]): never {
  throw new StoreAbort(details && details.length > 0 ? { code, message, details } : { code, message });
}

/** The value of a Result, or abort with its error (for use inside a transaction). */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new StoreAbort(result.error);
}

function codeOf(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : '';
}

/** Whether SQLite refused for a lock another connection holds (SQLITE_BUSY, SQLITE_LOCKED and their extended codes). */
export function isBusy(err: unknown): boolean {
  return /^SQLITE_(BUSY|LOCKED)/.test(codeOf(err));
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * A Vietnamese message for an SQLite or file-system error met while doing `what`
 * ("lưu văn bản"). Extended SQLite codes (SQLITE_IOERR_WRITE…) are matched by their prefix.
 */
export function describeStoreError(err: unknown, what: string): AppError {
  if (err instanceof StoreAbort) return err.appError;
  const code = codeOf(err);
  // SQLite's own wording ("database or disk is full") is English: people see the code only.
  const detail = code ? [`mã lỗi: ${code}`] : [messageOf(err)];
  const is = (prefix: string) => code === prefix || code.startsWith(`${prefix}_`);
  if (is('SQLITE_FULL') || code === 'ENOSPC' || code === 'EDQUOT') {
    return {
      code: 'DISK_FULL',
      message: `Ổ đĩa đã đầy nên không ${what} được. Dữ liệu đã lưu trước đó vẫn được giữ nguyên; hãy giải phóng dung lượng rồi thử lại.`,
      details: detail,
    };
  }
  if (is('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return {
      code: 'READ_ONLY',
      message: `Không ${what} được vì tệp dữ liệu đang ở chế độ chỉ đọc hoặc không có quyền ghi. Dữ liệu đã lưu trước đó vẫn được giữ nguyên; hãy chép tệp sang thư mục có quyền ghi.`,
      details: detail,
    };
  }
  if (is('SQLITE_CANTOPEN')) {
    return {
      code: 'READ_ONLY',
      message: `${what.startsWith('mở ') ? `Không ${what} được` : `Không mở được tệp dữ liệu để ${what}`}: đường dẫn không tồn tại, là một thư mục, hoặc không có quyền truy cập. Hãy kiểm tra đường dẫn và quyền của thư mục.`,
      details: detail,
    };
  }
  if (is('SQLITE_BUSY') || is('SQLITE_LOCKED')) {
    return {
      code: 'WRITE_FAILED',
      message: `Tệp dữ liệu đang bận (một cửa sổ hoặc chương trình khác đang ghi) nên không ${what} được. Hãy thử lại sau ít giây.`,
      details: detail,
    };
  }
  if (is('SQLITE_NOTADB') || is('SQLITE_CORRUPT')) {
    return {
      code: is('SQLITE_CORRUPT') ? 'DATABASE_DAMAGED' : 'READ_FAILED',
      message: `Tệp dữ liệu bị hỏng hoặc không phải cơ sở dữ liệu của ứng dụng nên không ${what} được. Hãy dùng bản sao lưu gần nhất.`,
      details: detail,
    };
  }
  if (is('SQLITE_CONSTRAINT')) {
    return {
      code: 'INVALID_INPUT',
      message: `Dữ liệu không hợp lệ nên không ${what} được (trùng hoặc thiếu dữ liệu liên quan).`,
      details: detail,
    };
  }
  if (is('SQLITE_IOERR')) {
    return {
      code: 'WRITE_FAILED',
      message: `Lỗi đọc/ghi ổ đĩa khi ${what}. Dữ liệu đã lưu trước đó vẫn được giữ nguyên.`,
      details: detail,
    };
  }
  return { code: 'INTERNAL', message: `Lỗi không mong đợi khi ${what}.`, details: detail };
}

/** Runs `fn` and returns its value, or the error it met, described in Vietnamese. */
export function attempt<T>(what: string, fn: () => T): Result<T> {
  try {
    return { ok: true, value: fn() };
  } catch (err) {
    return { ok: false, error: describeStoreError(err, what) };
  }
}
