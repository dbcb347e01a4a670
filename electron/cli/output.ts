import type { AppError } from '../contract/result.ts';

export const EXIT_OK = 0;
/** `check` found at least one error in the document. */
export const EXIT_FINDINGS = 1;
/** Wrong usage, unreadable input, unwritable output. */
export const EXIT_FAILURE = 2;

export type Io = { out: (line: string) => void; err: (line: string) => void };

export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** One clear Vietnamese line, then the specifics indented under it. */
export function printError(io: Io, error: AppError): void {
  io.err(`Lỗi: ${error.message}`);
  for (const detail of error.details ?? []) io.err(`  - ${detail}`);
}

/**
 * A list command's output: with --json the rows as JSON and nothing else (a script parses it);
 * otherwise one line per row, or `empty` when there is none.
 */
export function printList<T>(io: Io, json: boolean, rows: readonly T[], empty: string, line: (row: T) => string): typeof EXIT_OK {
  if (json) io.out(JSON.stringify(rows, null, 2));
  else if (rows.length === 0) io.out(empty);
  else for (const row of rows) io.out(line(row));
  return EXIT_OK;
}
