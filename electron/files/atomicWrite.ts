import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { databaseTargetError } from './protectedPaths.ts';

/** A temporary file older than this, beside the same target, was left by a killed export. */
const STALE_TEMP_MS = 30_000;

/** Whether `name` is a `.name.<hex>.tmp` file of `path`'s (a temporary file beside it). */
const isTempOf = (path: string, name: string): boolean => {
  const prefix = `.${basename(path)}.`;
  return name.startsWith(prefix) && /^[0-9a-f]{12}\.tmp$/.test(name.slice(prefix.length));
};

/** Whether a temporary file was left by a killed export: one that no export still running can be writing. */
const isStale = (info: { isFile(): boolean; mtimeMs: number } | null | undefined, now: number): boolean =>
  info?.isFile() === true && now - info.mtimeMs > STALE_TEMP_MS;

/** Removes `.name.<hex>.tmp` files left beside `path` by an export that was killed; never throws. */
export async function removeStaleTemps(path: string, now = Date.now()): Promise<void> {
  const dir = dirname(path);
  try {
    for (const name of await readdir(dir)) {
      if (!isTempOf(path, name)) continue;
      const info = await stat(join(dir, name)).catch(() => null);
      if (isStale(info, now)) await rm(join(dir, name), { force: true });
    }
  } catch {
    // A folder that cannot be listed is reported by the write itself.
  }
}

/**
 * Twelve hex digits naming a temporary file: it need only differ from its neighbours' (it is
 * created with 'wx', so a clash fails rather than overwrites), and Math.random spares a command
 * loading Node's crypto (several ms at start) for it.
 */
const tempSuffix = (): string =>
  [0, 0]
    .map(() =>
      Math.floor(Math.random() * 0x1000000)
        .toString(16)
        .padStart(6, '0'),
    )
    .join('');

/** A new temporary file's path beside `path` (hidden, named after it). */
const tempBeside = (path: string): string => join(dirname(path), `.${basename(path)}.${tempSuffix()}.tmp`);

/** A complete, flushed temporary file beside its destination, not yet in place. */
export type StagedFile = {
  /** Renames the file over its destination; synchronous, so it can run inside a SQLite transaction. */
  commitSync(): void;
  /** Removes the temporary file; never throws. */
  discard(): Promise<void>;
};

/**
 * Writes `bytes` to a temporary file in the same directory as `path` and flushes it to disk.
 * Refuses (code EDATABASE) to write over the open database, its -wal/-shm, or any SQLite file;
 * removes temporary files a killed export left beside `path`. On error the temporary file is removed and the error is thrown; `path` is never touched.
 */
export async function stageFile(path: string, bytes: Uint8Array | string): Promise<StagedFile & { temp: string }> {
  const guarded = databaseTargetError(path);
  if (guarded) throw guarded;
  await removeStaleTemps(path);
  const temp = tempBeside(path);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return {
    temp,
    commitSync: () => renameSync(temp, path),
    discard: () => rm(temp, { force: true }).catch(() => undefined),
  };
}

/**
 * Writes `bytes` to `path` atomically: a temporary file in the same directory, flushed to disk,
 * then renamed over `path`. A reader never sees a partial file; on error (a full disk, a crash
 * mid-write) the temporary file is removed and `path` is left as it was.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array | string): Promise<void> {
  const staged = await stageFile(path, bytes);
  try {
    await rename(staged.temp, path);
  } catch (error) {
    await staged.discard();
    throw error;
  }
}

/**
 * writeFileAtomic for the command line, which waits on nothing else: the same steps (the database
 * refused, stale temporary files removed, a temporary file written, flushed, renamed over `path`),
 * synchronous, without fs/promises' round trip to the thread pool at each step.
 */
export function writeFileAtomicSync(path: string, bytes: Uint8Array | string, now = Date.now()): void {
  const guarded = databaseTargetError(path);
  if (guarded) throw guarded;
  const dir = dirname(path);
  try {
    for (const name of readdirSync(dir)) {
      if (!isTempOf(path, name)) continue;
      if (isStale(statSync(join(dir, name), { throwIfNoEntry: false }), now)) rmSync(join(dir, name), { force: true });
    }
  } catch {
    // A folder that cannot be listed is reported by the write itself.
  }
  const temp = tempBeside(path);
  try {
    const fd = openSync(temp, 'wx');
    try {
      writeFileSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
