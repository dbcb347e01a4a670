import { closeSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { fail, ok, type Result } from '../contract/result.ts';
import { checkOwnership } from './migrate.ts';

/**
 * Looks at an existing database file before anything writes to it: a database is created only
 * when the file does not exist. An empty file (a failed copy, a sync conflict), a file that is not
 * SQLite, and another program's SQLite file are refused with what to do; nothing is changed (no
 * WAL switch, no migration, no demo), because the connection is opened read-only for the check.
 */

const SQLITE_HEADER = 'SQLite format 3\u0000';

function size(path: string): number | null {
  try {
    return statSync(path).size;
  } catch {
    return null;
  }
}

function header(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(16);
    const read = readSync(fd, head, 0, 16, 0);
    return head.subarray(0, read).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

/** `'new'` when the file does not exist yet (it will be created), `'existing'` when it is ours. */
export function preflight(path: string, latest: number): Result<'new' | 'existing'> {
  const bytes = size(path);
  if (bytes === null) return ok('new');
  if (statSync(path).isDirectory()) {
    return fail('READ_ONLY', `Không mở được tệp dữ liệu "${path}": đây là một thư mục. Hãy chọn đúng tệp dữ liệu (.sqlite).`);
  }
  if (bytes === 0 && (size(`${path}-wal`) ?? 0) === 0) {
    return fail(
      'INVALID_INPUT',
      `Tệp dữ liệu "${path}" rỗng (0 byte), có thể do chép tệp bị lỗi hoặc xung đột khi đồng bộ. Ứng dụng không ghi gì vào tệp này. Hãy chép lại tệp dữ liệu từ bản sao lưu; hoặc nếu muốn bắt đầu với dữ liệu mới, hãy xóa hoặc đổi tên tệp rỗng này rồi mở lại.`,
    );
  }
  if (bytes > 0 && header(path) !== SQLITE_HEADER) {
    return fail(
      'READ_FAILED',
      `Tệp "${path}" không phải tệp dữ liệu của Soạn Nghị quyết (không phải cơ sở dữ liệu SQLite); tệp không bị thay đổi. Hãy chọn đúng tệp dữ liệu (.sqlite), hoặc một tên tệp chưa có để tạo tệp dữ liệu mới.`,
    );
  }
  let probe: Database.Database | null = null;
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true });
    const from = Number(probe.pragma('user_version', { simple: true }));
    const owned = checkOwnership(probe, from, latest);
    return owned.ok ? ok('existing') : owned;
  } catch {
    // A damaged file is reported by the connection that opens it (and by the start checks).
    return ok('existing');
  } finally {
    probe?.close();
  }
}
