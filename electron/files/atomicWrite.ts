import { renameSync } from 'node:fs';
import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { databaseTargetError } from './protectedPaths.ts';

/** A temporary file older than this, beside the same target, was left by a killed export. */
const STALE_TEMP_MS = 30_000;

/** Removes `.name.<hex>.tmp` files left beside `path` by an export that was killed; never throws. */
export async function removeStaleTemps(path: string, now = Date.now()): Promise<void> {
  const dir = dirname(path);
  const prefix = `.${basename(path)}.`;
  try {
    for (const name of await readdir(dir)) {
      if (!name.startsWith(prefix) || !/^[0-9a-f]{12}\.tmp$/.test(name.slice(prefix.length))) continue;
      const info = await stat(join(dir, name)).catch(() => null);
      if (info?.isFile() && now - info.mtimeMs > STALE_TEMP_MS) await rm(join(dir, name), { force: true });
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
  const temp = join(dirname(path), `.${basename(path)}.${tempSuffix()}.tmp`);
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
