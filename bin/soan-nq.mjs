#!/usr/bin/env node
// soan-nq, started fast: the bundle dist/cli/soan-nq.cjs (one CommonJS script; a module the code
// imports with import() runs only when first imported), or for `export` and `check` of a file the
// smaller command bundle beside it (scripts/commandBundle.ts), compiled with a V8 code cache made
// after a run of the same command, so the functions a command runs are not compiled again at each start.
// Rebuilt first when a source it was built from has changed (scripts/bundle.ts, needs esbuild: a
// development install); without esbuild and without a fresh bundle it runs the TypeScript sources.
// Plain JavaScript, so no TypeScript is compiled before the bundle runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

const root = new URL('../', import.meta.url);
const rootPath = fileURLToPath(root);

// On an older Node (a system's Node 20 started by hand: `node bin/soan-nq.mjs`), the sources and the
// bundle's SQLite do not run (an English stack trace, or a crash): run again on the project's own
// Node 24 (the npm package `node`, which `npm ci` installs), else say in Vietnamese what to do.
if (Number(process.versions.node.split('.')[0]) < 24) {
  const own = ['node_modules/node/bin/node', 'node_modules/node/bin/node.exe'].map((p) => fileURLToPath(new URL(p, root))).find(existsSync);
  if (own) {
    const again = spawnSync(own, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
    process.exit(again.status ?? 1);
  }
  process.stderr.write(
    `Lỗi: soan-nq cần Node.js 24 trở lên (máy đang chạy Node.js ${process.versions.node}). Hãy chạy "npm ci" một lần rồi dùng "npm run soan-nq -- <lệnh>" trong thư mục dự án.\n`,
  );
  process.exit(2);
}
const bundle = fileURLToPath(new URL('dist/cli/soan-nq.cjs', root));
const sources = new URL('electron/cli/soan-nq.ts', root);

/** The bundle's stamp when no source changed since it was built, else null. */
function freshStamp() {
  try {
    const stamp = JSON.parse(readFileSync(`${bundle}.stamp.json`, 'utf8'));
    if (statSync(bundle).mtimeMs < stamp.builtAt - 1000) return null;
    // A stamp that does not name the entry did not record the sources (an older build): rebuild.
    if (!stamp.sources.includes('electron/cli/soan-nq.ts')) return null;
    // Some 400 files: plain paths (a URL each cost more than its stat, before the JIT warms up).
    return stamp.sources.every((source) => statSync(rootPath + source).mtimeMs < stamp.builtAt) ? stamp : null;
  } catch {
    return null;
  }
}

async function rebuilt() {
  try {
    const { buildBundle, CLI_BUNDLE } = await import(new URL('scripts/bundle.ts', root).href);
    await buildBundle(CLI_BUNDLE);
    return freshStamp();
  } catch {
    return null;
  }
}

/** A short name of the bundle's folder (FNV-1a), so that two installs or checkouts keep their caches apart. */
function folderKey(path) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i += 1) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}

/**
 * Where a command's code cache is kept: the user's own folder in the system's temp folder (as
 * Node's compile cache), one folder per bundle and one file per build and command ("export",
 * "import"…), since each command runs other functions. V8 refuses a cache that does not match the
 * script, its version or flags.
 */
function cachePath(stamp, file, command) {
  const dir = join(tmpdir(), `soan-nq-code-cache-${process.getuid?.() ?? 'user'}`, folderKey(file));
  const name = /^[a-z][a-z-]{0,30}$/.test(command ?? '') ? command : 'other';
  return { dir, build: `${stamp.builtAt}-`, file: join(dir, `${stamp.builtAt}-${name}.v8`) };
}

function readCache(path) {
  try {
    return readFileSync(path.file);
  } catch {
    return undefined;
  }
}

/** The cache made after this run, written whole (temp file renamed), the previous builds' removed; a failure only costs speed. */
function writeCache(path, data) {
  try {
    mkdirSync(path.dir, { recursive: true, mode: 0o700 });
    for (const old of readdirSync(path.dir)) if (!old.startsWith(path.build)) rmSync(join(path.dir, old), { force: true });
    const temp = `${path.file}.${process.pid}.tmp`;
    writeFileSync(temp, data, { mode: 0o600 });
    renameSync(temp, path.file);
  } catch {
    // No cache: the next start compiles as this one did.
  }
}

/** A bundle (`file`) compiled with the command's code cache; when there was none (or V8 refused it), one is made as the process ends. */
function loadBundle(stamp, file, command) {
  const path = cachePath(stamp, file, command);
  const cachedData = readCache(path);
  // ASCII only (scripts/bundle.ts): read as one byte a character, with nothing to decode.
  const source = readFileSync(file, 'latin1');
  // The bundle is Node's CommonJS wrapper written out: the script's value is the function to call.
  const script = new vm.Script(source, {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (cachedData === undefined || script.cachedDataRejected) process.once('exit', () => writeCache(path, script.createCachedData()));
  const cjs = { exports: {} };
  script.runInThisContext()(cjs.exports, module.createRequire(file), cjs, file, dirname(file));
  return cjs.exports;
}

/**
 * V8 flags for a command that ends within a fraction of a second (all but `serve`, which runs for
 * days). V8 sizes the heap for a long life: once the old generation nears its first, small limit
 * (the bundle's code and the document's tree reach it near the end of an export) it starts marking
 * it incrementally and ends with a mark-compact, some 8 ms of an export, to free memory the process
 * gives back anyway when it exits. Marking then starts only when 95 % of the limit is used (at once
 * past 98 %): a command that allocates more is still collected, in full, before the limit.
 * These are flags V8 reads at each allocation check; the heap's sizes (--max-semi-space-size…) are
 * fixed when the process starts and setting them here does nothing.
 *
 * `export` and `check` of a document also run without V8's optimizing compilers (Maglev,
 * TurboFan; the interpreter's baseline compiler stays): they compile the writer's hot functions on
 * other threads for a run that ends before the code pays back (Nhơn Trạch's export: 15–20 ms of
 * CPU less; a generated 300-page document: as fast). Not for the others: `import` of a 60-page
 * PDF takes 1.5 s and is 60 % slower without them.
 *
 * Set before the bundle is compiled: V8 keeps a code cache only for the flags it was made with.
 */
const SHORT_COMPUTE = new Set(['export', 'check']);

function flagsForShortRun(command) {
  if (command === 'serve') return;
  v8.setFlagsFromString('--incremental-marking-soft-trigger=95');
  v8.setFlagsFromString('--incremental-marking-hard-trigger=98');
  if (!SHORT_COMPUTE.has(command)) return;
  v8.setFlagsFromString('--no-maglev');
  v8.setFlagsFromString('--no-opt');
}

const args = process.argv.slice(2);
flagsForShortRun(args[0]);
const stamp = freshStamp() ?? (await rebuilt());
if (stamp?.help && args.length === 1 && ['--help', '-h', 'help'].includes(args[0])) {
  // The help text the bundle prints, kept at build time: no need to load the program to print it.
  process.stdout.write(stamp.help);
} else if (stamp) {
  // `export` and `check` of a file: the command bundle that holds only what they load (scripts/commandBundle.ts).
  const [file] = Object.entries(stamp.commandBundles ?? {}).find(([, commands]) => commands.includes(args[0])) ?? [];
  const beside = file === undefined ? undefined : join(dirname(bundle), file);
  // Not there (a dist/ copied without it): the whole bundle.
  const smaller = beside !== undefined && existsSync(beside) ? beside : undefined;
  try {
    await loadBundle(stamp, smaller ?? bundle, args[0]).runProgram(args);
  } catch (err) {
    // A command it does not hold (`export --id <n>`), found before the command did anything: the whole bundle runs it.
    if (smaller === undefined || err?.code !== 'SOAN_NQ_OTHER_BUNDLE') throw err;
    await loadBundle(stamp, bundle, args[0]).runProgram(args);
  }
} else {
  module.enableCompileCache?.();
  const cli = await import(sources.href);
  await cli.runProgram(args);
}
