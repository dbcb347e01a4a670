import { spawnSync } from 'node:child_process';

/** Whether an external program is on PATH. */
export function hasTool(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/**
 * For tests that need external programs (LibreOffice, poppler): true when they are all there.
 * When one is missing the test is skipped on a developer machine, but in CI (process.env.CI set)
 * this throws, so the run fails with a clear message instead of silently skipping.
 */
export function requireTool(...names: string[]): boolean {
  const missing = names.filter((n) => !hasTool(n));
  if (missing.length === 0) return true;
  if (process.env.CI) {
    throw new Error(
      `Thiếu chương trình ${missing.join(', ')} trên máy CI: cài libreoffice-writer, poppler-utils, fonts-liberation2 (apt-get install).`,
    );
  }
  return false;
}
