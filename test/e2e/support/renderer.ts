import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
/** The built UI that `npm run build:renderer` makes and the web server serves. */
export const rendererDist = join(projectRoot, 'dist/renderer');

/** What the built UI is made from: the renderer, the parts of electron/ it imports, and the build's configuration. */
const SOURCES = ['renderer', 'electron/contract', 'electron/format', 'vite.config.ts', 'package.json', 'package-lock.json'];
const LOCK_STALE_MS = 120_000;

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function oldestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let oldest = Number.POSITIVE_INFINITY;
  for (const entry of readdirSync(path)) oldest = Math.min(oldest, oldestMtime(join(path, entry)));
  return oldest;
}

/** Whether dist/renderer was built after the last change to anything it is built from. */
export function rendererIsFresh(): boolean {
  if (!existsSync(join(rendererDist, 'index.html'))) return false;
  const built = oldestMtime(rendererDist);
  return SOURCES.every((s) => newestMtime(join(projectRoot, s)) <= built);
}

/** A lock shared by every test file (and `npm run bench`) of this checkout: mkdir is atomic. */
const lockDir = join(tmpdir(), `soan-nq-renderer-build-${createHash('sha1').update(projectRoot).digest('hex').slice(0, 12)}.lock`);

async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      // A build that died left its lock behind: take it over after a while.
      try {
        if (Date.now() - statSync(lockDir).mtimeMs > LOCK_STALE_MS) rmdirSync(lockDir);
      } catch {
        // Released meanwhile.
      }
      await sleep(100);
    }
  }
  try {
    return await fn();
  } finally {
    rmdirSync(lockDir);
  }
}

/**
 * Builds the UI into dist/renderer (as `npm run build:renderer` does) unless it is already newer
 * than its sources. Test files running in parallel build it once: the others wait for the lock and
 * then find it fresh. Returns whether this call built it.
 */
export async function ensureRenderer(): Promise<boolean> {
  if (rendererIsFresh()) return false;
  return withLock(async () => {
    if (rendererIsFresh()) return false;
    // `vite build` in its own process, as `npm run build:renderer` runs it. NODE_ENV must be
    // production: under Vitest it is "test", and Vite would then bundle React's development build
    // (StrictMode's double effects, several times slower) instead of what users get.
    await promisify(execFile)(process.execPath, [join(projectRoot, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: projectRoot,
      env: { ...process.env, NODE_ENV: 'production' },
      timeout: 120_000,
    });
    return true;
  });
}
