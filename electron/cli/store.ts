import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ok } from '../contract/result.ts';
import type { openStore, Store } from '../store/connection.ts';
import { databasePath } from '../services/paths.ts';
import { EXIT_FAILURE, printError, type Io } from './output.ts';
import { fitText } from '../format/shortText.ts';

/** The database file named by --db / SOAN_NQ_DB / the app's data folder. */
export function databaseFile(dbFlag: string | undefined): string {
  return databasePath(dbFlag);
}

export type { Store };

/** The database of verbs that may read an empty one (a file's import preview without --org): an empty one in memory, so no file is made. */
export const NO_DATABASE = ':memory:';

/**
 * No database at all, for the verbs that read no stored data (a file's export and check): neither
 * SQLite nor the store's modules are loaded. A verb that touched it would be a fault of the program,
 * reported as such by the dispatcher.
 */
export const NO_STORE = null;

function noStore(): Store {
  const none = (): never => {
    throw new Error('Lệnh này không dùng cơ sở dữ liệu.');
  };
  return {
    get db() {
      return none();
    },
    path: '',
    readonly: true,
    get migration() {
      return none();
    },
    searchRebuilt: false,
    close: () => ok(undefined),
  };
}

/** The in-memory database, opened only if the verb uses it (SQLite's library is loaded then, not before). */
function memoryStore(open: typeof openStore): Store {
  let opened: Store | null = null;
  const get = (): Store => {
    if (opened === null) {
      const made = open(NO_DATABASE);
      if (!made.ok) throw new Error(made.error.message);
      opened = made.value;
    }
    return opened;
  };
  return {
    get db() {
      return get().db;
    },
    path: NO_DATABASE,
    readonly: false,
    get migration() {
      return get().migration;
    },
    searchRebuilt: false,
    close: () => opened?.close() ?? ok(undefined),
  };
}

/**
 * Opens the database named by --db / SOAN_NQ_DB / the app's data folder, runs `fn`, closes it
 * (`NO_STORE`: none; the store's modules are loaded only for a database).
 */
export async function withStore(
  io: Io,
  dbFlag: string | undefined | typeof NO_STORE,
  fn: (store: Store) => Promise<number> | number,
): Promise<number> {
  if (dbFlag === NO_STORE) return fn(noStore());
  const { openStore } = await import('../store/connection.ts');
  if (dbFlag === NO_DATABASE) {
    const store = memoryStore(openStore);
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
  return fitText(text, width).padEnd(width);
}
