import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ok } from '../contract/result.ts';
import { openStore, type Store } from '../store/connection.ts';

export type { Store };
import { databasePath } from '../services/paths.ts';
import { EXIT_FAILURE, printError, type Io } from './output.ts';

/** The database file named by --db / SOAN_NQ_DB / the app's data folder. */
export function databaseFile(dbFlag: string | undefined): string {
  return databasePath(dbFlag);
}

/** The database of verbs that read no stored data (export, check of a file): an empty one in memory, so no file is made. */
export const NO_DATABASE = ':memory:';

/** The in-memory database, opened only if the verb uses it (exporting a file never does: SQLite is not even loaded). */
function memoryStore(): Store {
  let opened: Store | null = null;
  const open = (): Store => {
    if (opened === null) {
      const made = openStore(NO_DATABASE);
      if (!made.ok) throw new Error(made.error.message);
      opened = made.value;
    }
    return opened;
  };
  return {
    get db() {
      return open().db;
    },
    path: NO_DATABASE,
    readonly: false,
    get migration() {
      return open().migration;
    },
    searchRebuilt: false,
    close: () => opened?.close() ?? ok(undefined),
  };
}

/** Opens the database named by --db / SOAN_NQ_DB / the app's data folder, runs `fn`, closes it. */
export async function withStore(io: Io, dbFlag: string | undefined, fn: (store: Store) => Promise<number> | number): Promise<number> {
  if (dbFlag === NO_DATABASE) {
    const store = memoryStore();
    try {
      return await fn(store);
    } finally {
      store.close();
    }
  }
  const path = databasePath(dbFlag);
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  } catch {
    // openStore reports the missing folder in Vietnamese.
  }
  const opened = openStore(path);
  if (!opened.ok) {
    printError(io, opened.error);
    return EXIT_FAILURE;
  }
  try {
    return await fn(opened.value);
  } finally {
    opened.value.close();
  }
}

/** Pads to a width for terminal tables (counts characters, which is right for NFC Vietnamese). */
export function pad(text: string, width: number): string {
  const t = text.length > width ? `${text.slice(0, width - 1)}…` : text;
  return t.padEnd(width);
}
