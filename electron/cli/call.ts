import { extname } from 'node:path';
import type { ApiRequest, ApiResult } from '../contract/api.ts';
import { fail, ok, type AppError, type Result } from '../contract/result.ts';
import { writeFileAtomicSync } from '../files/atomicWrite.ts';
import type { HandlerContext } from '../ipc/context.ts';
import { dispatchVerb } from '../ipc/dispatchCore.ts';
import { currentUserName } from '../services/appInfo.ts';
import { fileSink } from '../services/copies/sinks.ts';
import type { SaveFile } from '../services/exportFile.ts';
import { describeFsError } from '../services/fsErrors.ts';
import type { Store } from '../store/connection.ts';
import { EXIT_FAILURE, printError, type Io } from './output.ts';
import { withStore } from './store.ts';
import { loadVerb, type CliVerb } from './verbs.ts';

/** What a command line gives every verb besides its request: the database, the person, the output file. */
export type CliCallOptions = {
  /** --db; NO_DATABASE: an empty one in memory; NO_STORE: none (store.ts). */
  db?: string | null;
  /** --as "<họ tên>": who does it (recorded in versions and the audit log); the system user otherwise. */
  as?: string;
  /** -o <tệp>: where a verb that exports writes its file. */
  out?: string;
};

/**
 * The command line's save strategy: the bytes go, atomically, to the file named by -o. A verb
 * that exports without -o is a usage error; the extension must be the one the verb makes.
 */
export function saveToPath(out: string | undefined): SaveFile {
  return async ({ fileName, render }) => {
    if (!out) return fail('INVALID_INPUT', `Cần -o <tệp${extname(fileName)}> để ghi tệp xuất.`);
    const wanted = extname(fileName).toLowerCase();
    if (wanted && extname(out).toLowerCase() !== wanted) {
      return fail('INVALID_INPUT', `Tệp xuất phải có đuôi ${wanted}: ${out}`);
    }
    const bytes = await render();
    if (!bytes.ok) return bytes;
    try {
      writeFileAtomicSync(out, bytes.value);
    } catch (err) {
      return { ok: false, error: describeFsError(err, 'ghi', out) };
    }
    return ok({ kind: 'saved', path: out });
  };
}

export { NO_DATABASE, NO_STORE } from './store.ts';

/** The handler context of one command line run. */
export function cliContext(store: Store, options: CliCallOptions): HandlerContext {
  return {
    store,
    transport: 'cli',
    who: options.as?.trim() || currentUserName(),
    saveFile: saveToPath(options.out),
    ...(options.out ? { stageFile: fileSink(options.out) } : {}),
  };
}

/**
 * The command line's one front door to the services: the same contract verb, checked by the same
 * dispatcher, as the UI and browser mode use (only its domain is imported: verbs.ts). Never throws.
 */
export function callVerb<K extends CliVerb>(
  store: Store,
  name: K,
  request: ApiRequest<K>,
  options: CliCallOptions = {},
): Promise<Result<ApiResult<K>>> {
  return dispatchVerb(name, () => loadVerb(name), request, cliContext(store, options));
}

/**
 * Opens the database, calls one verb and prints its result with `show`; a failed call prints one
 * Vietnamese line (and its details, as `explain` tells them) on stderr and exits 2.
 */
export function runVerb<K extends CliVerb>(
  io: Io,
  name: K,
  request: ApiRequest<K>,
  options: CliCallOptions,
  show: (value: ApiResult<K>) => number | Promise<number>,
  explain: (error: AppError) => AppError = (error) => error,
): Promise<number> {
  return withStore(io, options.db, async (store) => {
    const result = await callVerb(store, name, request, options);
    if (!result.ok) {
      printError(io, explain(result.error));
      return EXIT_FAILURE;
    }
    return show(result.value);
  });
}
