import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { EXIT_FAILURE, EXIT_OK, type Io } from './output.ts';

/**
 * One command of `soan-nq` (or a group: "db init", "db seed-demo"): its first word, its lines of
 * help, and how it runs. `soan-nq.ts` keeps the table of commands; a new command is a module
 * under `commands/` and one line there.
 */
export type Command = {
  name: string;
  /** Its lines of `soan-nq help` (Vietnamese), also printed by `soan-nq <name> --help`. */
  usage: string;
  /** Runs the command with the words after its name; returns the exit code. */
  run: (argv: readonly string[], io: Io) => Promise<number>;
};

/** Options of every command that opens the database. */
export const storeOptions = {
  db: { type: 'string' },
  as: { type: 'string' },
  json: { type: 'boolean' },
} as const satisfies ParseArgsOptionsConfig;

const helpOption = { help: { type: 'boolean', short: 'h' } } as const satisfies ParseArgsOptionsConfig;

type Parsed<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true }>>;

/** Prints what went wrong and how the command is used; exit code 2. */
export function usageError(io: Io, message: string, usage: string): number {
  io.err(`Lỗi: ${message}`);
  io.err(`Cách dùng:\n${usage}`);
  return EXIT_FAILURE;
}

/** node:util's parse errors (in English) as one Vietnamese sentence. */
function vietnameseParseError(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  const message = err instanceof Error ? err.message : String(err);
  const token = /'([^']+)'/.exec(message)?.[1] ?? '';
  const option = token.split(/[ ,]+/).find((t) => t.startsWith('--')) ?? token;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `không có tùy chọn "${option}".`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `thừa "${token}".`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take an argument/.test(message) ? `tùy chọn "${option}" không nhận giá trị.` : `tùy chọn "${option}" cần một giá trị.`;
  }
  return message;
}

/**
 * Parses a command's words: `--help` prints its usage (exit 0); a wrong option prints one
 * Vietnamese line and the usage (exit 2). Either way the caller gets the exit code back instead
 * of the values.
 */
export function parseCommand<O extends ParseArgsOptionsConfig>(
  io: Io,
  argv: readonly string[],
  options: O,
  usage: string,
): Parsed<O> | number {
  let parsed: Parsed<O & typeof helpOption>;
  try {
    parsed = parseArgs({ args: [...argv], options: { ...options, ...helpOption }, allowPositionals: true, strict: true });
  } catch (err) {
    return usageError(io, vietnameseParseError(err), usage);
  }
  if ((parsed.values as { help?: boolean }).help === true) {
    io.out(`Cách dùng:\n${usage}`);
    return EXIT_OK;
  }
  return parsed as unknown as Parsed<O>;
}

/** --org and --year, both required, the year four digits; null when either is missing or wrong. */
export function orgYear(values: { org?: string | undefined; year?: string | undefined }): { orgId: string; year: number } | null {
  const year = values.year !== undefined && /^\d{4}$/.test(values.year) ? Number(values.year) : null;
  return values.org && year !== null ? { orgId: values.org, year } : null;
}

export const ORG_YEAR_HINT = 'cần --org là mã cơ quan, ví dụ HU-DUC-TRONG, và --year là năm, ví dụ 2023';

/** A whole positive number typed on the command line (an id), or null. */
export function wholeNumber(text: string | undefined): number | null {
  return text !== undefined && /^\d{1,9}$/.test(text) && Number(text) > 0 ? Number(text) : null;
}

/** The store flags as `callVerb` takes them. */
export function callOptions(
  values: { db?: string | undefined; as?: string | undefined },
  out?: string,
): { db?: string; as?: string; out?: string } {
  return { ...(values.db ? { db: values.db } : {}), ...(values.as ? { as: values.as } : {}), ...(out ? { out } : {}) };
}
