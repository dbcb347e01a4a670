import { chmodSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { fail, ok, type Result } from '../contract/result.ts';
import { setClock } from './clock.ts';
import type { Db } from './db.ts';
import { protectPath } from '../files/protectedPaths.ts';
import { attempt } from './errors.ts';
import { preflight } from './preflight.ts';
import { indexWaiting } from './searchIndex.ts';
import { checkAtStart } from './startCheck.ts';
import { backupDatabase, backupPathFor, migrate, type MigrationReport } from './migrate.ts';
import { migrations as allMigrations, type Migration } from './migrations/index.ts';

export type OpenOptions = {
  /** Clock for every timestamp written (and the backup's name); the system clock by default. */
  now?: () => Date;
  /** Where the pre-migration backup goes; next to the file by default. */
  backupDir?: string;
  /** Open for reading only: every write then fails with READ_ONLY. */
  readonly?: boolean;
  /** The migrations to apply; the app's own list by default (tests pass longer lists). */
  migrations?: readonly Migration[];
  /** Run the start checks (quick_check, the search index's integrity); on by default. */
  check?: boolean;
};

export type Store = {
  db: Db;
  path: string;
  readonly: boolean;
  migration: MigrationReport;
  /** Whether the start checks found the search index damaged and rebuilt it from the documents. */
  searchRebuilt: boolean;
  close: () => Result<void>;
};

const BUSY_TIMEOUT_MS = 5000;
const isMemory = (path: string) => path === ':memory:' || path === '';

/**
 * Opens the app's database, creating it only when the file does not exist: refuses an empty
 * file, a file that is not SQLite, another program's database and one from a newer version
 * before changing anything (`preflight.ts`); then WAL, foreign keys, busy timeout; backs up,
 * then migrates. While open, exports refuse to write over the file. The only place that opens
 * a connection.
 */
export function openStore(path: string, options: OpenOptions = {}): Result<Store> {
  const readonly = options.readonly === true;
  if (!isMemory(path) && !existsSync(dirname(path))) {
    return fail('NOT_FOUND', `Không mở được tệp dữ liệu "${path}": thư mục chứa tệp không tồn tại.`);
  }
  const latest = (options.migrations ?? allMigrations).length;
  const checked = isMemory(path) ? ok('new' as const) : preflight(path, latest);
  if (!checked.ok) return checked;
  if (readonly && checked.value === 'new') return fail('NOT_FOUND', `Không tìm thấy tệp dữ liệu "${path}". Hãy kiểm tra lại đường dẫn.`);
  const opened = attempt(`mở tệp dữ liệu "${path}"`, () => {
    const db = new Database(path, { readonly, fileMustExist: readonly, timeout: BUSY_TIMEOUT_MS });
    try {
      // A new database is readable by its owner only (its -wal and -shm take the same mode).
      if (checked.value === 'new' && !isMemory(path)) chmodSync(path, 0o600);
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      db.pragma('foreign_keys = ON');
      if (!readonly) {
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
      }
      db.pragma('user_version', { simple: true });
    } catch (err) {
      db.close();
      throw err;
    }
    return db;
  });
  if (!opened.ok) return opened;
  const db = opened.value;
  const now = options.now ?? (() => new Date());
  setClock(db, now);
  const report = migrate(db, {
    migrations: options.migrations ?? allMigrations,
    readonly,
    backup: (from) => backupDatabase(db, backupPathFor(path, from, now(), options.backupDir)),
  });
  if (!report.ok) {
    db.close();
    return report;
  }
  const checkedAtStart = readonly || isMemory(path) || options.check === false ? ok({ searchRebuilt: false }) : checkAtStart(db, path);
  if (!checkedAtStart.ok) {
    db.close();
    return checkedAtStart;
  }
  const release = isMemory(path) ? () => undefined : protectPath(path);
  return ok({
    db,
    path,
    readonly,
    migration: report.value,
    searchRebuilt: checkedAtStart.value.searchRebuilt,
    close: () =>
      attempt('đóng tệp dữ liệu', () => {
        release();
        if (!db.open) return;
        try {
          indexWaiting(db);
        } catch {
          // Another process holds the file: the documents stay waiting, indexed before the next search.
        }
        db.close();
      }),
  });
}
