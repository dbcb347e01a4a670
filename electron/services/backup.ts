import {
  chmodSync,
  existsSync,
  mkdtempSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo, RestoreOutcome } from '../contract/verbs/backups.ts';
import { fail, ok, type Result } from '../contract/result.ts';
import type { Store } from '../store/connection.ts';
import type { Db } from '../store/db.ts';
import { migrate } from '../store/migrate.ts';
import { APPLICATION_ID, LATEST_VERSION, migrations } from '../store/migrations/index.ts';
import { localDate } from '../format/dates.ts';
import { describeFsError } from './fsErrors.ts';

/**
 * Backups of the office's one SQLite file. Every copy is made with SQLite's online backup (the
 * app keeps running and writing; the copy is one consistent moment), never by copying the file.
 * The data folder keeps automatic daily backups (`tu-dong-YYYY-MM-DD.sqlite`, how many is the
 * setting `backup.keep`) and the file kept aside before each restore (`truoc-khoi-phuc-….sqlite`).
 */

export const DEFAULT_KEEP = 7;

/** `<data folder>/sao-luu`, beside the database file. */
export function backupsDir(dbPath: string): string {
  return join(dirname(dbPath), 'sao-luu');
}

const stamp = (at: Date) =>
  at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');

/** A consistent copy of the open database at `target` (written beside it, then renamed into place by SQLite). */
export async function backupTo(db: Db, target: string): Promise<Result<string>> {
  try {
    mkdirSync(dirname(target), { recursive: true });
    // After the first step the rest goes in one step: a steady stream of writes from another
    // connection would otherwise restart a page-by-page backup for ever.
    await db.backup(target, { progress: ({ totalPages }) => Math.max(totalPages, 100) });
    stampTakenAt(target, new Date());
    return ok(target);
  } catch (err) {
    return { ok: false, error: describeFsError(err, 'ghi', target) };
  }
}

/** Writes into the copy when it was taken, so that its date survives being copied, mailed or uploaded. */
function stampTakenAt(path: string, at: Date): void {
  const copy = new Database(path);
  try {
    copy
      .prepare("INSERT INTO settings (key, value) VALUES ('backup.taken_at', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
      .run(JSON.stringify(at.toISOString()));
  } finally {
    copy.close();
  }
}

/** The backup as bytes (for "Sao lưu dữ liệu": a save dialog, a download, or -o). */
export async function backupBytes(db: Db): Promise<Result<Uint8Array>> {
  const dir = mkdtempSync(join(tmpdir(), 'soan-nq-sao-luu-'));
  try {
    const made = await backupTo(db, join(dir, 'sao-luu.sqlite'));
    return made.ok ? ok(new Uint8Array(readFileSync(made.value))) : made;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** "soan-nq-sao-luu-2026-12-20.sqlite". */
export function backupFileName(at: Date): string {
  return `soan-nq-sao-luu-${at.toISOString().slice(0, 10)}.sqlite`;
}

/** Opens a candidate backup read-only: ours (application id), not from a newer version, intact. */
function inspect(path: string): Result<{ organizations: number; documents: number; takenAt: string | null }> {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const appId = Number(db.pragma('application_id', { simple: true }));
    const version = Number(db.pragma('user_version', { simple: true }));
    if (appId !== APPLICATION_ID) return fail('INVALID_INPUT', `"${basename(path)}" không phải bản sao lưu dữ liệu của Soạn Nghị quyết.`);
    if (version > LATEST_VERSION) {
      return fail('INVALID_INPUT', `"${basename(path)}" do phiên bản mới hơn của ứng dụng tạo; hãy cập nhật ứng dụng trước khi khôi phục.`);
    }
    const check = String(db.pragma('integrity_check', { simple: true }));
    if (check !== 'ok') return fail('INVALID_INPUT', `"${basename(path)}" bị hỏng nên không khôi phục được.`, [check]);
    const count = (table: string) => Number(db?.prepare(`SELECT count(*) FROM ${table}`).pluck().get() ?? 0);
    const hasSettings = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'settings'").get() !== undefined;
    const stamp = hasSettings
      ? db.prepare<[], string>("SELECT value FROM settings WHERE key = 'backup.taken_at'").pluck().get()
      : undefined;
    const takenAt = stamp === undefined ? null : String(JSON.parse(stamp));
    return ok({ organizations: count('organizations'), documents: count('documents'), takenAt });
  } catch (err) {
    return fail('INVALID_INPUT', `Không đọc được "${basename(path)}" như một bản sao lưu dữ liệu.`, [
      err instanceof Error ? err.message : String(err),
    ]);
  } finally {
    db?.close();
  }
}

/** What a backup file holds and when it was taken, for the confirmation before restoring. */
export function describeBackup(path: string): Result<BackupInfo> {
  const held = inspect(path);
  if (!held.ok) return held;
  const name = basename(path);
  const stat = statSync(path);
  const { takenAt, ...contents } = held.value;
  return ok({ name, takenAt: takenAt ?? stat.mtime.toISOString(), bytes: stat.size, ...contents, automatic: name.startsWith('tu-dong-') });
}

/** The backups in the data folder, newest first; unreadable files are left out. */
export function listBackups(dbPath: string): Result<BackupInfo[]> {
  const dir = backupsDir(dbPath);
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.sqlite'));
  } catch {
    return ok([]);
  }
  const infos = names.flatMap((n) => {
    const info = describeBackup(join(dir, n));
    return info.ok ? [info.value] : [];
  });
  return ok(infos.sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.name.localeCompare(a.name)));
}

/** Reads the setting `backup.keep` (how many automatic backups to keep). */
export function backupKeep(db: Db): number {
  const raw = db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck().get('backup.keep');
  const n = raw === undefined ? DEFAULT_KEEP : Number(JSON.parse(raw));
  return Number.isInteger(n) && n >= 1 ? n : DEFAULT_KEEP;
}

export function setBackupKeep(db: Db, keep: number): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    'backup.keep',
    JSON.stringify(keep),
  );
}

/**
 * The automatic daily backup, at start: one per day (`tu-dong-YYYY-MM-DD.sqlite`, local day),
 * the oldest removed beyond `backup.keep`. Returns the file written, or null when today's exists.
 */
export async function autoBackup(store: Store, now: Date = new Date()): Promise<Result<string | null>> {
  if (store.path === ':memory:' || store.path === '') return ok(null);
  const dir = backupsDir(store.path);
  const day = localDate(now);
  const target = join(dir, `tu-dong-${day}.sqlite`);
  let existing: string[] = [];
  try {
    existing = readdirSync(dir);
  } catch {
    // No folder yet: the first backup makes it.
  }
  if (existing.includes(basename(target))) return ok(null);
  const made = await backupTo(store.db, target);
  if (!made.ok) return made;
  const autos = [...existing.filter((n) => /^tu-dong-\d{4}-\d{2}-\d{2}\.sqlite$/u.test(n)), basename(target)].sort();
  for (const old of autos.slice(0, Math.max(0, autos.length - backupKeep(store.db)))) rmSync(join(dir, old), { force: true });
  return ok(target);
}

/** Writes the database `source` over `target` with SQLite's backup (in one step after the first, see backupTo). */
async function copyDatabase(source: string, target: string): Promise<Result<void>> {
  const src = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await src.backup(target, { progress: ({ totalPages }) => Math.max(totalPages, 100) });
    return ok(undefined);
  } catch (err) {
    return { ok: false, error: describeFsError(err, 'ghi', target) };
  } finally {
    src.close();
  }
}

/**
 * "Khôi phục": checks the backup (ours, not newer, intact), keeps the current file aside in the
 * backups folder, then copies the backup into the open database with SQLite's backup (every
 * connection sees the restored data) and brings it to this version's schema.
 */
export async function restoreFrom(store: Store, source: string, now: Date = new Date()): Promise<Result<RestoreOutcome>> {
  const held = inspect(source);
  if (!held.ok) return held;
  const aside = join(backupsDir(store.path), `truoc-khoi-phuc-${stamp(now)}.sqlite`);
  const kept = await backupTo(store.db, aside);
  if (!kept.ok) return kept;
  const copied = await copyDatabase(source, store.path);
  if (!copied.ok) return copied;
  const migrated = migrate(store.db, { migrations, backup: () => ok(aside) });
  if (!migrated.ok) return migrated;
  return ok({ restored: basename(source), keptAside: aside });
}

/**
 * "Khôi phục" when the database cannot be opened because the file itself is damaged (the start
 * checks refused it): checks the backup, moves the damaged file and its -wal/-shm into the
 * backups folder (`hong-….sqlite`, kept for a technician, never deleted), then writes the backup
 * in its place with SQLite's backup. The caller opens the database again afterwards (which
 * migrates it to this version).
 */
export async function restoreDamagedFile(dbPath: string, source: string, now: Date = new Date()): Promise<Result<RestoreOutcome>> {
  const held = inspect(source);
  if (!held.ok) return held;
  const dir = backupsDir(dbPath);
  const aside = join(dir, `hong-${stamp(now)}.sqlite`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(`${dbPath}${suffix}`)) renameSync(`${dbPath}${suffix}`, `${aside}${suffix}`);
    }
  } catch (err) {
    return { ok: false, error: describeFsError(err, 'ghi', dbPath) };
  }
  const copied = await copyDatabase(source, dbPath);
  if (!copied.ok) return copied;
  chmodSync(dbPath, 0o600);
  return ok({ restored: basename(source), keptAside: aside });
}

/** A backup that arrived as bytes (an uploaded file, or the command line's file) written to a private temp file. */
export function withTempFile<T>(bytes: Uint8Array, run: (path: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'soan-nq-khoi-phuc-'));
  const path = join(dir, 'khoi-phuc.sqlite');
  writeFileSync(path, bytes);
  return run(path).finally(() => rmSync(dir, { recursive: true, force: true }));
}
