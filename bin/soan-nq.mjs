#!/usr/bin/env node
// soan-nq, started fast: the bundle dist/cli/soan-nq.mjs (its table of commands; what a command
// imports when it runs in files of their own under dist/cli/commands/, code splitting) with Node's
// compile cache, rebuilt first when a source it was built from has changed (scripts/bundle.ts,
// needs esbuild: a development install); without esbuild and without a fresh bundle it runs
// the TypeScript sources. Plain JavaScript, so no TypeScript is compiled before the bundle runs.
import { readFileSync, statSync } from 'node:fs';
import module from 'node:module';

module.enableCompileCache?.();

const root = new URL('../', import.meta.url);
const bundle = new URL('dist/cli/soan-nq.mjs', root);
const sources = new URL('electron/cli/soan-nq.ts', root);

/** The bundle's stamp when no source changed since it was built, else null. */
function freshStamp() {
  try {
    const stamp = JSON.parse(readFileSync(new URL('dist/cli/soan-nq.mjs.stamp.json', root), 'utf8'));
    if (statSync(bundle).mtimeMs < stamp.builtAt - 1000) return null;
    // A stamp that does not name the entry did not record the sources (an older build): rebuild.
    if (!stamp.sources.includes('electron/cli/soan-nq.ts')) return null;
    return stamp.sources.every((source) => statSync(new URL(source, root)).mtimeMs < stamp.builtAt) ? stamp : null;
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

const args = process.argv.slice(2);
const stamp = freshStamp() ?? (await rebuilt());
if (stamp?.help && args.length === 1 && ['--help', '-h', 'help'].includes(args[0])) {
  // The help text the bundle prints, kept at build time: no need to load the program to print it.
  process.stdout.write(stamp.help);
} else {
  const cli = await import((stamp ? bundle : sources).href);
  await cli.runProgram(args);
}
