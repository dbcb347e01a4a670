import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { onlyKept, type CommandBundle } from './commandBundle.ts';
import { lazyNative } from './lazyNative.ts';

/**
 * The bundles that start fast: the command line (dist/cli/soan-nq.cjs) and the desktop app's main
 * process (dist/electron/app.js, started by main.js, with preload.cjs beside it) and browser mode's
 * server (dist/web/serve.mjs). One file each, every source and package inlined but the native
 * better-sqlite3 and Electron itself, so a start reads one file instead of hundreds of TypeScript
 * modules. A module the code imports with `import()` (a command's handler, a verb's domain, the
 * importer…) is inlined but runs only when first imported. The command line is a CommonJS script
 * that bin/soan-nq.mjs compiles with a V8 code cache made after a run of the same command, so
 * a command's functions are not compiled again at each start; the others use
 * Node's compile cache. Built by `npm run build`, and by the command line's launcher
 * (bin/soan-nq.mjs) whenever a source it was built from has changed. Each bundle records the
 * sources it was built from and when (`*.stamp.json`), and is written to a temporary folder renamed
 * into place, so concurrent starts never read a half-written bundle.
 */
export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * What a bundle was built from — the project's own source files, and when the build started (ms) —
 * and the command line's help text. bin/soan-nq.mjs reads it: the bundle is fresh when no source
 * changed since.
 */
export type BundleStamp = {
  builtAt: number;
  sources: string[];
  help?: string;
  /** The command bundles beside it (commandBundle.ts): file name -> the first words of the commands it runs. */
  commandBundles?: Record<string, string[]>;
};

export const bundleStampPath = (bundle: string): string => `${bundle}.stamp.json`;

/** A bundle: its entry (relative to the project) and output (relative to dist/). */
export type BundleSpec = {
  entry: string;
  out: string;
  format: 'esm' | 'cjs';
  external: string[];
  /** The command line: its `--help` text is kept in the stamp, so the launcher prints it without loading the bundle. */
  keepHelp?: boolean;
  /** A file (relative to dist/) that turns on Node's compile cache, then imports the bundle. */
  launcher?: string;
  /**
   * A CommonJS bundle of sources written as ES modules: `import.meta.url` is the bundle's own URL and
   * `import.meta.main` whether Node started it (not so when bin/soan-nq.mjs compiles it).
   */
  importMeta?: boolean;
  /** Native packages loaded when first used rather than when the bundle loads (lazyNative.ts). */
  lazy?: string[];
  /**
   * Compiled by bin/soan-nq.mjs with a V8 code cache (the command line): the script is its own
   * CommonJS wrapper, whose value the launcher calls (launcherScript), its text ASCII only and
   * without comments or indentation (asciiOnly): a smaller file, read and kept in memory as one byte
   * per character.
   */
  codeCache?: boolean;
  /** Smaller bundles of the same entry for a few commands, beside it (commandBundle.ts). */
  commandBundles?: CommandBundle[];
};

/** Node's compile cache (V8 code of the bundle kept between starts, in the system's temp folder) before the bundle loads. */
const launcherCode = (bundle: string): string =>
  `import module from 'node:module';\nmodule.enableCompileCache?.();\nawait import(${JSON.stringify(`./${bundle}`)});\n`;

export const CLI_BUNDLE: BundleSpec = {
  entry: 'electron/cli/soan-nq.ts',
  out: 'cli/soan-nq.cjs',
  format: 'cjs',
  external: ['better-sqlite3'],
  keepHelp: true,
  importMeta: true,
  // `export` and `check` of a file never open a database: SQLite's library is not loaded for them.
  lazy: ['better-sqlite3'],
  codeCache: true,
  commandBundles: [
    {
      file: 'soan-nq-file.cjs',
      commands: ['export', 'check'],
      keep: ['electron/cli/commands/document.ts', 'electron/contract/verbs/files.ts', 'electron/ipc/verbs/files.ts'],
    },
  ],
};
/** The main process: app.js, started by main.js (package.json "main"), which turns on the compile cache first. */
export const MAIN_BUNDLE: BundleSpec = {
  entry: 'electron/main.ts',
  out: 'electron/app.js',
  format: 'esm',
  external: ['better-sqlite3', 'electron'],
  launcher: 'electron/main.js',
};
/** Browser mode's server (`npm run web`): dist/web/serve.mjs, whose ../../dist/renderer is the built UI as from the sources. */
export const WEB_BUNDLE: BundleSpec = { entry: 'electron/web/serve.ts', out: 'web/serve.mjs', format: 'esm', external: ['better-sqlite3'] };
export const PRELOAD_BUNDLE: BundleSpec = {
  entry: 'electron/preload.cts',
  out: 'electron/preload.cjs',
  format: 'cjs',
  external: ['electron'],
};

/** ES modules that inline CommonJS packages need `require` for Node's own modules. */
const ESM_BANNER = "import { createRequire as __soanRequire } from 'node:module'; const require = __soanRequire(import.meta.url);";
/** `import.meta` in a CommonJS bundle (BundleSpec.importMeta). */
const IMPORT_META_BANNER =
  "const __soanImportMetaUrl = require('node:url').pathToFileURL(__filename).href; const __soanImportMetaMain = require.main === module;";
const IMPORT_META_DEFINE = { 'import.meta.url': '__soanImportMetaUrl', 'import.meta.main': '__soanImportMetaMain' };

/**
 * A bundle compiled by bin/soan-nq.mjs (BundleSpec.codeCache) is Node's CommonJS wrapper written
 * out: run as a script, its value is the function the launcher calls with its own `require` and
 * `module` (no copy of the 3 MB text made to wrap it); loaded by Node (`node <bundle>`, require or
 * import), where `module` is Node's, it calls itself.
 */
const LAUNCHER_WRAPPER_START = 'var __soanBundle = (function (exports, require, module, __filename, __dirname) {\n';
const LAUNCHER_WRAPPER_END =
  "\n});\nif (typeof module === 'object') __soanBundle(exports, require, module, __filename, __dirname);\n__soanBundle;\n";

/**
 * The text made ASCII only. esbuild (charset 'ascii') escapes strings and templates but leaves
 * regular expressions as written (/[đĐ]/), and one character past ASCII makes V8 keep the whole
 * 3 MB script at two bytes a character and decode it from UTF-8 at each start. In a regular
 * expression `\uXXXX` (UTF-16 units; a pair is one character with the u flag) means the character
 * itself, except right after a backslash: the build fails there rather than change a meaning.
 */
export function asciiOnly(code: string): string {
  return code.replace(/(\\?)([\u0080-\uffff]+)/g, (match, slash: string, text: string) => {
    if (slash) throw new Error(`Không thể viết lại thành ASCII: ${match}`);
    let escaped = '';
    for (let i = 0; i < text.length; i += 1) escaped += `\\u${text.charCodeAt(i).toString(16).padStart(4, '0')}`;
    return escaped;
  });
}

export function bundleOptions(spec: BundleSpec, outfile: string, extra: Partial<BuildOptions> = {}): BuildOptions {
  return {
    entryPoints: [join(projectRoot, spec.entry)],
    // The metafile's paths are relative to this: the project, whatever folder the build was started from.
    absWorkingDir: projectRoot,
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: spec.format,
    external: spec.external,
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
    ...(spec.format === 'esm' ? { banner: { js: ESM_BANNER } } : {}),
    ...(spec.importMeta ? { banner: { js: IMPORT_META_BANNER }, define: IMPORT_META_DEFINE } : {}),
    ...(spec.codeCache
      ? {
          minifyWhitespace: true,
          charset: 'ascii',
          banner: { js: `${LAUNCHER_WRAPPER_START}${spec.importMeta ? IMPORT_META_BANNER : ''}` },
          footer: { js: LAUNCHER_WRAPPER_END },
        }
      : {}),
    ...extra,
    plugins: [...(spec.lazy ? [lazyNative(spec.lazy)] : []), ...(extra.plugins ?? [])],
  };
}

/** The project's own sources a bundle was built from (packages are pinned by package-lock.json). */
function sourcesOf(metafile: Metafile): string[] {
  const own = Object.keys(metafile.inputs)
    // Not the modules a plugin makes ("lazy-native:better-sqlite3"): no file to watch.
    .filter((p) => !/^[\w-]+:/.test(p))
    .map((p) => relative(projectRoot, join(projectRoot, p)))
    .filter((p) => !p.startsWith('node_modules') && !p.startsWith('..'));
  return [...own, 'package-lock.json'].sort();
}

/**
 * The worker threads: each `thread` module starts `<name><ext>` beside the bundle that holds it
 * (importThread.ts: reading an imported file; editsThread.ts: the desktop app's autosaves;
 * hostThread.ts: the office server the desktop app runs).
 */
const WORKERS = [
  { thread: 'electron/services/importThread.ts', worker: 'electron/services/importWorker.ts', name: 'importWorker' },
  { thread: 'electron/services/editsThread.ts', worker: 'electron/services/editsWorker.ts', name: 'editsWorker' },
  { thread: 'electron/server/hostThread.ts', worker: 'electron/server/hostWorker.ts', name: 'hostWorker' },
] as const;

/** The files under a folder, as paths relative to it. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());

/** The folders (relative to `root`) of the outputs that hold `input`. */
function foldersHolding(metafiles: Metafile[], input: string, root: string): string[] {
  const outputs = metafiles.flatMap((m) =>
    Object.entries(m.outputs)
      .filter(([, o]) => input in o.inputs)
      .map(([out]) => out),
  );
  return [...new Set(outputs.map((out) => relative(root, dirname(join(projectRoot, out)))))];
}

/**
 * Builds one bundle into `distDir` (dist/ by default) with its stamp, and each worker beside the
 * file that starts it. Everything is written to a temporary folder beside the bundle, then
 * renamed into place, the entry last (and its stamp): a start never reads a half-written file, nor
 * an entry whose command bundles are not there yet.
 */
export async function buildBundle(
  spec: BundleSpec,
  distDir = join(projectRoot, 'dist'),
  extra: Partial<BuildOptions> = {},
): Promise<string> {
  const outfile = join(distDir, spec.out);
  const outDir = dirname(outfile);
  const ext = extname(outfile);
  mkdirSync(outDir, { recursive: true });
  const temp = mkdtempSync(join(outDir, `.${basename(outfile)}-`));
  const entry = join(temp, basename(outfile));
  const stampFile = join(temp, 'stamp.json');
  const startedAt = Date.now();
  try {
    const result = await build(bundleOptions(spec, entry, extra));
    const metafiles = [result.metafile ?? { inputs: {}, outputs: {} }];
    for (const command of spec.commandBundles ?? []) {
      const file = join(temp, command.file);
      const plugins = [onlyKept(projectRoot, command), ...(extra.plugins ?? [])];
      const built = await build(bundleOptions({ ...spec, commandBundles: [] }, file, { ...extra, plugins }));
      metafiles.push(built.metafile ?? { inputs: {}, outputs: {} });
      if (spec.codeCache) writeFileSync(file, asciiOnly(readFileSync(file, 'utf8')));
    }
    if (spec.codeCache) writeFileSync(entry, asciiOnly(readFileSync(entry, 'utf8')));
    for (const { thread, worker, name } of WORKERS) {
      const workerAt = foldersHolding(metafiles, thread, temp).map((dir) => join(temp, dir, `${name}${ext}`));
      if (workerAt[0] === undefined) continue;
      const built = await build(bundleOptions({ ...spec, entry: worker, codeCache: false }, workerAt[0], extra));
      metafiles.push(built.metafile ?? { inputs: {}, outputs: {} });
      for (const other of workerAt.slice(1)) copyFileSync(workerAt[0], other);
    }
    const stamp: BundleStamp = {
      builtAt: startedAt,
      sources: [...new Set(metafiles.flatMap(sourcesOf))].sort(),
      ...(spec.keepHelp ? { help: await helpText(entry) } : {}),
      ...(spec.commandBundles?.length ? { commandBundles: Object.fromEntries(spec.commandBundles.map((c) => [c.file, c.commands])) } : {}),
    };
    writeFileSync(stampFile, JSON.stringify(stamp));
    const parts = filesUnder(temp).filter((f) => join(temp, f) !== entry && join(temp, f) !== stampFile);
    for (const part of parts) {
      mkdirSync(dirname(join(outDir, part)), { recursive: true });
      renameSync(join(temp, part), join(outDir, part));
    }
    renameSync(entry, outfile);
    renameSync(stampFile, bundleStampPath(outfile));
    if (spec.launcher) writeFileSync(join(distDir, spec.launcher), launcherCode(relative(dirname(join(distDir, spec.launcher)), outfile)));
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  return outfile;
}

/** What the built command line prints for `--help` (its `main`, run in this process with the output kept). */
async function helpText(bundle: string): Promise<string> {
  const cli = (await import(pathToFileURL(bundle).href)) as {
    main: (argv: string[], io: { out: (l: string) => void; err: (l: string) => void }) => Promise<number>;
  };
  const lines: string[] = [];
  const code = await cli.main(['--help'], { out: (l) => lines.push(l), err: (l) => lines.push(l) });
  if (code !== 0) throw new Error(`soan-nq --help trả về mã ${code}`);
  return lines.map((l) => `${l}\n`).join('');
}

/** Every bundle of the app; `npm run build` runs this. */
export async function buildAll(distDir?: string): Promise<string[]> {
  return Promise.all([CLI_BUNDLE, MAIN_BUNDLE, PRELOAD_BUNDLE, WEB_BUNDLE].map((spec) => buildBundle(spec, distDir)));
}

if (import.meta.main) {
  const built = await buildAll(process.argv[2]);
  process.stdout.write(`Đã đóng gói: ${built.map((p) => relative(projectRoot, p)).join(', ')}\n`);
}
