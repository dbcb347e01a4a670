import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { openStore, type Store } from '../store/index.ts';

export type { Store };
import { databasePath } from '../services/paths.ts';
import { EXIT_FAILURE, printError, type Io } from './output.ts';

/** The database file named by --db / SOAN_NQ_DB / the app's data folder. */
export function databaseFile(dbFlag: string | undefined): string {
  return databasePath(dbFlag);
}

/** Opens the database named by --db / SOAN_NQ_DB / the app's data folder, runs `fn`, closes it. */
export async function withStore(io: Io, dbFlag: string | undefined, fn: (store: Store) => Promise<number> | number): Promise<number> {
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
