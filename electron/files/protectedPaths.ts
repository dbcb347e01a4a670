import { closeSync, openSync, readSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Files no export may write over: the open database and its -wal, -shm and -journal companions
 * (registered by the store while it is open), and any SQLite database at all (recognised by its
 * header), so that `-o` naming a database by mistake cannot replace it with a document.
 */

const open = new Map<string, number>();
const SQLITE_HEADER = 'SQLite format 3\u0000';

function real(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

/** The path with symbolic links resolved (through its folder when the file does not exist yet). */
function canonical(path: string): string {
  return real(path) ?? join(real(dirname(resolve(path))) ?? dirname(resolve(path)), basename(path));
}

const companions = (path: string): string[] => [path, `${path}-wal`, `${path}-shm`, `${path}-journal`];

/** Marks an open database file (and its companions) as not writable by exports; returns the release. */
export function protectPath(path: string): () => void {
  const names = companions(canonical(path));
  for (const n of names) open.set(n, (open.get(n) ?? 0) + 1);
  return () => {
    for (const n of names) {
      const left = (open.get(n) ?? 1) - 1;
      if (left <= 0) open.delete(n);
      else open.set(n, left);
    }
  };
}

function isSqliteFile(path: string): boolean {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(16);
    return readSync(fd, head, 0, 16, 0) === 16 && head.toString('latin1') === SQLITE_HEADER;
  } catch {
    return false;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** An error (code EDATABASE) when `path` is the open database, one of its companions, or any SQLite file. */
export function databaseTargetError(path: string): (Error & { code: string }) | null {
  if (!open.has(canonical(path)) && !isSqliteFile(path)) return null;
  return Object.assign(new Error(`"${path}" là tệp dữ liệu`), { code: 'EDATABASE' });
}
