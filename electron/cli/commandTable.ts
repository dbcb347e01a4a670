import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EXIT_FAILURE, EXIT_OK, type Io } from './output.ts';

/**
 * Commands that each parse their own options, with a Vietnamese usage printed by --help (and on
 * wrong usage): a table of them, looked up by the first one or two words of the command line.
 */
export type Options = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | undefined>;

export type Command = {
  /** "org add", "status": the words that name the command. */
  words: string;
  usage: string;
  options: Options;
  /** Files and other words after the options. */
  positionals?: number;
  run: (io: Io, values: Values, positionals: string[]) => Promise<number>;
};

/** Options every command of the store takes. */
export const storeOptions: Options = {
  db: { type: 'string' },
  as: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

export function usageError(io: Io, usage: string, why?: string): number {
  if (why) io.err(`Lỗi: ${why}`);
  io.err(`Cách dùng: ${usage}`);
  return EXIT_FAILURE;
}

/** The command named by argv, or null when none of the table is. */
export function findCommand(table: readonly Command[], argv: readonly string[]): Command | null {
  const two = argv.slice(0, 2).join(' ');
  return table.find((c) => c.words === two) ?? table.find((c) => c.words === argv[0]) ?? null;
}

/** Parses the options of one command and runs it; --help prints its usage. */
export async function runCommand(io: Io, command: Command, argv: readonly string[]): Promise<number> {
  const rest = argv.slice(command.words.split(' ').length);
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: { ...storeOptions, ...command.options }, allowPositionals: true, strict: true });
  } catch (err) {
    const message = err instanceof Error ? err.message.replace(/^Unknown option '(.+)'.*$/s, 'không có tùy chọn $1') : String(err);
    return usageError(io, command.usage, message);
  }
  if (parsed.values.help === true) {
    io.out(`Cách dùng: ${command.usage}`);
    return EXIT_OK;
  }
  if (parsed.positionals.length !== (command.positionals ?? 0)) return usageError(io, command.usage);
  return command.run(io, parsed.values as Values, parsed.positionals);
}

/** A text option, or undefined. */
export const text = (v: Values, key: string): string | undefined => (typeof v[key] === 'string' ? (v[key] as string) : undefined);

/** --db, --as and -o as the call options of `cli/call.ts`. */
export function callOptions(v: Values): { db?: string; as?: string; out?: string } {
  const db = text(v, 'db');
  const as = text(v, 'as');
  const out = text(v, 'out');
  return { ...(db ? { db } : {}), ...(as ? { as } : {}), ...(out ? { out } : {}) };
}

/** A whole number from 1, or null. */
export function positiveInt(value: string | undefined): number | null {
  return value !== undefined && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : null;
}
