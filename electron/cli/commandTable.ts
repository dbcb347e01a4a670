import { parseArgs, type ParseArgsConfig, type ParseArgsOptionsConfig } from 'node:util';
import { parseDateField } from '../format/dates.ts';
import { EXIT_FAILURE, EXIT_OK, type Io } from './output.ts';

/**
 * The one shape of a `soan-nq` command: the words that name it ("export", "org add"), its
 * Vietnamese usage lines (printed by --help, on wrong usage, and in `soan-nq help`), its options,
 * and its handler — loaded only when the command runs, so a start reads the code of one command
 * and not of all of them. The tables are in `table/`; `soan-nq.ts` gathers them.
 */
export type Options = NonNullable<ParseArgsConfig['options']>;

/** The options' values as node:util's parseArgs gives them, typed by the options. */
export type ValuesOf<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; allowPositionals: true }>
>['values'];

/** What a handler is given: the parsed words, and how to say it was used wrongly (exit 2). */
export type Call<O extends ParseArgsOptionsConfig = Options> = {
  io: Io;
  values: ValuesOf<O>;
  positionals: string[];
  /** Prints `Lỗi: <why>` (when given) and the command's usage; returns the exit code 2. */
  usage: (why?: string) => number;
};

export type Handler<O extends ParseArgsOptionsConfig = Options> = (call: Call<O>) => Promise<number> | number;

export type Command = {
  /** "export", "org add": the words that name the command. */
  words: string;
  /** Its usage lines, each indented by two spaces as in `soan-nq help`. */
  usage: string;
  options: Options;
  /** How many words follow the options (checked before the handler runs); 'any': the handler checks them. Default 0. */
  positionals?: number | 'any';
  /** A form of a command told apart by its options (`export --id <n>` beside `export <tệp.json>`). */
  when?: (rest: readonly string[]) => boolean;
  /** The handler, imported when the command runs. */
  load: () => Promise<Handler>;
};

/**
 * The code of the error a command bundle's stand-in throws when a command needs a handler or verb
 * domain the bundle does not hold (scripts/commandBundle.ts): `main` lets it through, and
 * bin/soan-nq.mjs runs the whole bundle instead.
 */
export const OTHER_BUNDLE = 'SOAN_NQ_OTHER_BUNDLE';

export const isOtherBundle = (err: unknown): boolean =>
  typeof err === 'object' && err !== null && 'code' in err && err.code === OTHER_BUNDLE;

/** Declares a command; the handler's values are typed by the options. */
export function command<const O extends Options>(
  spec: Omit<Command, 'options' | 'load'> & { options: O; load: () => Promise<Handler<O>> },
): Command {
  return spec as unknown as Command;
}

/** Options of every command that opens the database. */
export const storeOptions = {
  db: { type: 'string' },
  as: { type: 'string' },
  json: { type: 'boolean' },
} as const satisfies Options;

const helpOption = { help: { type: 'boolean', short: 'h' } } as const satisfies Options;

/** The command named by argv (the longest words first, then the form whose options match), or null. */
export function findCommand(table: readonly Command[], argv: readonly string[]): Command | null {
  for (const length of [2, 1].filter((n) => n <= argv.length)) {
    const words = argv.slice(0, length).join(' ');
    const found = table.find((c) => c.words === words && (c.when?.(argv.slice(length)) ?? true));
    if (found) return found;
  }
  return null;
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

/** Prints what went wrong (when said) and how the command is used; exit code 2. */
export function usageError(io: Io, usage: string, why?: string): number {
  if (why) io.err(`Lỗi: ${why}`);
  io.err(`Cách dùng:\n${usage}`);
  return EXIT_FAILURE;
}

/**
 * Parses one command's words: --help prints its usage (exit 0); a wrong option or a wrong count
 * of words prints one Vietnamese line and the usage (exit 2); otherwise its handler is loaded and run.
 */
export async function runCommand(io: Io, command: Command, argv: readonly string[]): Promise<number> {
  const rest = argv.slice(command.words.split(' ').length);
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: { ...command.options, ...helpOption }, allowPositionals: true, strict: true });
  } catch (err) {
    return usageError(io, command.usage, vietnameseParseError(err));
  }
  if (parsed.values.help === true) {
    io.out(`Cách dùng:\n${command.usage}`);
    return EXIT_OK;
  }
  const count = command.positionals ?? 0;
  if (count !== 'any' && parsed.positionals.length !== count) return usageError(io, command.usage);
  const handler = await command.load();
  return handler({ io, values: parsed.values, positionals: parsed.positionals, usage: (why) => usageError(io, command.usage, why) });
}

/** A text option, or undefined. */
export const text = (v: Record<string, unknown>, key: string): string | undefined => (typeof v[key] === 'string' ? v[key] : undefined);

/**
 * A day typed on the command line, as the office writes it ("7/12/2026", "07.12.2026") or as ISO
 * ("2026-12-07"): the ISO day the verbs take. Anything else goes through as typed, for the verb's
 * schema to refuse with its message.
 */
export function dayOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return parseDateField(value) ?? value.trim();
}

/** The store flags, and the file a verb writes (-o, --csv …), as `callVerb` takes them. */
export function callOptions(values: Record<string, unknown>, out?: string): { db?: string; as?: string; out?: string } {
  const [db, as] = [text(values, 'db'), text(values, 'as')];
  return { ...(db ? { db } : {}), ...(as ? { as } : {}), ...(out ? { out } : {}) };
}

/** A whole positive number typed on the command line (an id), or null. */
export function wholeNumber(text: string | undefined): number | null {
  return text !== undefined && /^\d{1,9}$/.test(text) && Number(text) > 0 ? Number(text) : null;
}

/** --org and --year, both required, the year four digits; null when either is missing or wrong. */
export function orgYear(values: { org?: string | undefined; year?: string | undefined }): { orgId: string; year: number } | null {
  const year = values.year !== undefined && /^\d{4}$/.test(values.year) ? Number(values.year) : null;
  return values.org && year !== null ? { orgId: values.org, year } : null;
}

export const ORG_YEAR_HINT = 'cần --org là mã cơ quan, ví dụ HU-DUC-TRONG, và --year là năm, ví dụ 2023';
