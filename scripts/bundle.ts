import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type BuildOptions, type Metafile } from 'esbuild';

/**
 * The bundles that start fast: the command line (dist/cli/soan-nq.mjs) and the desktop app's main
 * process (dist/electron/app.js, started by main.js, with preload.cjs beside it) and browser mode's
 * server (dist/web/serve.mjs). One ES module each, every source
 * and package inlined but the native better-sqlite3 and Electron itself, so a start reads one
 * file instead of hundreds of TypeScript modules (and Node's compile cache keeps its compiled
 * code). Built by `npm run build`, and by the command line's launcher (bin/soan-nq.ts) whenever a
 * source it was built from has changed. Each bundle records the sources it was built from and
 * when (`*.stamp.json`), and is written to a temporary file renamed into place, so concurrent
 * starts never read a half-written bundle.
 */
export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * What a bundle was built from — the project's own source files, and when the build started (ms) —
 * and the command line's help text. bin/soan-nq.mjs reads it: the bundle is fresh when no source
 * changed since.
 */
export type BundleStamp = { builtAt: number; sources: string[]; help?: string };

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
};

/** Node's compile cache (V8 code of the bundle kept between starts, in the system's temp folder) before the bundle loads. */
const launcherCode = (bundle: string): string =>
  `import module from 'node:module';\nmodule.enableCompileCache?.();\nawait import(${JSON.stringify(`./${bundle}`)});\n`;

export const CLI_BUNDLE: BundleSpec = {
  entry: 'electron/cli/soan-nq.ts',
  out: 'cli/soan-nq.mjs',
  format: 'esm',
  external: ['better-sqlite3'],
  keepHelp: true,
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
    ...extra,
  };
}

/** The project's own sources a bundle was built from (packages are pinned by package-lock.json). */
function sourcesOf(metafile: Metafile): string[] {
  const own = Object.keys(metafile.inputs)
    .map((p) => relative(projectRoot, join(projectRoot, p)))
    .filter((p) => !p.startsWith('node_modules') && !p.startsWith('..'));
  return [...own, 'package-lock.json'].sort();
}

/** The import worker: `services/importThread.ts` starts `importWorker<ext>` beside the bundle that holds it. */
const IMPORT_THREAD = 'electron/services/importThread.ts';
const IMPORT_WORKER = 'electron/services/importWorker.ts';

/** Builds one bundle into `distDir` (dist/ by default), atomically, with its stamp (and the import worker beside it when it imports files). */
export async function buildBundle(
  spec: BundleSpec,
  distDir = join(projectRoot, 'dist'),
  extra: Partial<BuildOptions> = {},
): Promise<string> {
  const outfile = join(distDir, spec.out);
  mkdirSync(dirname(outfile), { recursive: true });
  const ext = extname(outfile);
  const temp = `${outfile.slice(0, -ext.length)}.${process.pid}-${Date.now()}.tmp${ext}`;
  const startedAt = Date.now();
  try {
    const result = await build(bundleOptions(spec, temp, extra));
    const sources = sourcesOf(result.metafile ?? { inputs: {}, outputs: {} });
    if (sources.includes(IMPORT_THREAD)) {
      const worker = join(dirname(outfile), `importWorker${ext}`);
      const workerTemp = `${worker.slice(0, -ext.length)}.${process.pid}-${Date.now()}.tmp${ext}`;
      try {
        const built = await build(bundleOptions({ ...spec, entry: IMPORT_WORKER }, workerTemp, extra));
        sources.push(...sourcesOf(built.metafile ?? { inputs: {}, outputs: {} }).filter((f) => !sources.includes(f)));
        renameSync(workerTemp, worker);
      } finally {
        rmSync(workerTemp, { force: true });
      }
    }
    const stamp: BundleStamp = {
      builtAt: startedAt,
      sources: sources.sort(),
      ...(spec.keepHelp ? { help: await helpText(temp) } : {}),
    };
    writeFileSync(`${bundleStampPath(outfile)}.${process.pid}.tmp`, JSON.stringify(stamp));
    renameSync(temp, outfile);
    renameSync(`${bundleStampPath(outfile)}.${process.pid}.tmp`, bundleStampPath(outfile));
    if (spec.launcher) writeFileSync(join(distDir, spec.launcher), launcherCode(relative(dirname(join(distDir, spec.launcher)), outfile)));
  } finally {
    rmSync(temp, { force: true });
    rmSync(`${bundleStampPath(outfile)}.${process.pid}.tmp`, { force: true });
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
