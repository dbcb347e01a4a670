import type * as Crypto from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fail, ok, type Result } from '../contract/result.ts';
import type { Db } from './db.ts';
import { attempt } from './errors.ts';
import { APPLICATION_ID, type Migration } from './migrations/index.ts';

export type MigrationReport = {
  /** `user_version` found when the file was opened (0 = new, empty database). */
  from: number;
  to: number;
  /** The copy taken before migrating, or null when nothing was migrated or the database was new. */
  backupPath: string | null;
};

export function schemaVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/** `<file>.bak-v<old>-<timestamp>` next to the file (or in `backupDir`), never overwriting an older copy. */
export function backupPathFor(file: string, fromVersion: number, at: Date, backupDir?: string): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const base = join(backupDir ?? dirname(file), `${basename(file)}.bak-v${fromVersion}-${stamp}`);
  let path = base;
  for (let n = 2; existsSync(path); n += 1) path = `${base}-${n}`;
  return path;
}

/** Node's crypto, loaded when a backup is made: opening a database (or a command that opens none) does not load it. */
const crypto = (): typeof Crypto => process.getBuiltinModule('node:crypto');

function digest(path: string): string {
  return crypto().createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** An earlier backup in `target`'s folder, of the same file and version, with the same bytes as `copy`. */
function sameBackup(target: string, copy: string): string | null {
  const stem = basename(target).replace(/-\d{8}T\d{6}Z(-\d+)?$/, '-');
  const size = statSync(copy).size;
  let hash: string | null = null;
  for (const name of readdirSync(dirname(target)).sort()) {
    const path = join(dirname(target), name);
    if (!name.startsWith(stem) || !/-\d{8}T\d{6}Z(-\d+)?$/.test(name) || statSync(path).size !== size) continue;
    hash ??= digest(copy);
    if (digest(path) === hash) return path;
  }
  return null;
}

/**
 * A consistent copy of the whole database (including what is still in the WAL) in a new file —
 * or the earlier copy of the same version with the same content (a migration that failed at the
 * last start is not backed up again at every start).
 */
export function backupDatabase(db: Db, target: string): Result<string> {
  return attempt('sao lưu tệp dữ liệu', () => {
    const temp = `${target}.${crypto().randomBytes(6).toString('hex')}.part`;
    try {
      db.prepare('VACUUM INTO ?').run(temp);
      const earlier = sameBackup(target, temp);
      if (earlier !== null) return earlier;
      renameSync(temp, target);
      return target;
    } finally {
      rmSync(temp, { force: true });
    }
  });
}

function checkList(list: readonly Migration[]): Result<void> {
  const wrong = list.findIndex((m, i) => m.version !== i + 1);
  return wrong === -1 ? ok(undefined) : fail('INTERNAL', `Danh sách nâng cấp dữ liệu sai thứ tự ở bước ${wrong + 1}.`);
}

/** Whether the file is ours: refuses another program's database and one written by a newer version. */
export function checkOwnership(db: Db, from: number, latest: number): Result<void> {
  if (from > latest) {
    return fail(
      'INVALID_INPUT',
      `Tệp dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng (dữ liệu phiên bản ${from}, ứng dụng này chỉ đọc được đến phiên bản ${latest}). Hãy cập nhật ứng dụng; tệp không bị thay đổi.`,
    );
  }
  const appId = Number(db.pragma('application_id', { simple: true }));
  const objects = Number(db.prepare('SELECT count(*) FROM sqlite_master').pluck().get());
  const foreign = from > 0 ? appId !== APPLICATION_ID : objects > 0;
  return foreign
    ? fail(
        'INVALID_INPUT',
        'Tệp này là cơ sở dữ liệu của chương trình khác, không phải tệp dữ liệu của Soạn Nghị quyết; tệp không bị thay đổi.',
      )
    : ok(undefined);
}

export type MigrateOptions = {
  migrations: readonly Migration[];
  /** Called once before the first step when the database is not new; returns the copy's path. */
  backup: (fromVersion: number) => Result<string>;
  readonly?: boolean;
};

/** Brings the database to the last version, one transaction per step, after a backup. */
export function migrate(db: Db, options: MigrateOptions): Result<MigrationReport> {
  const list = checkList(options.migrations);
  if (!list.ok) return list;
  const latest = options.migrations.length;
  const from = schemaVersion(db);
  const owned = checkOwnership(db, from, latest);
  if (!owned.ok) return owned;
  if (from === latest) return ok({ from, to: latest, backupPath: null });
  if (options.readonly) {
    return fail(
      'READ_ONLY',
      `Tệp dữ liệu cần được nâng cấp (phiên bản ${from} lên ${latest}) nhưng đang mở ở chế độ chỉ đọc. Hãy mở tệp ở nơi có quyền ghi.`,
    );
  }
  let backupPath: string | null = null;
  if (from > 0) {
    const copy = options.backup(from);
    if (!copy.ok) {
      return fail(
        copy.error.code,
        `Chưa nâng cấp tệp dữ liệu vì không sao lưu được trước khi nâng cấp. ${copy.error.message}`,
        copy.error.details,
      );
    }
    backupPath = copy.value;
  }
  for (const step of options.migrations.slice(from)) {
    const done = attempt(`nâng cấp tệp dữ liệu lên phiên bản ${step.version}`, () =>
      db.transaction(() => {
        step.up(db);
        db.pragma(`user_version = ${Math.trunc(step.version)}`);
      })(),
    );
    if (!done.ok) {
      const kept = backupPath ? ` Bản sao lưu trước khi nâng cấp: ${backupPath}.` : '';
      return fail(done.error.code, `${done.error.message} Tệp vẫn ở phiên bản ${schemaVersion(db)}.${kept}`, done.error.details);
    }
  }
  return ok({ from, to: latest, backupPath });
}
