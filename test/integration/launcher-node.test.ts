import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * `node bin/soan-nq.mjs …` started by hand with the system's older Node (Debian's Node 20): the launcher
 * runs itself again on the project's own Node 24 instead of crashing (a segmentation fault in SQLite, or
 * an English "Unknown file extension .ts").
 */
const SYSTEM_NODE = '/usr/bin/node';
const older = existsSync(SYSTEM_NODE) && Number(execFileSync(SYSTEM_NODE, ['-p', 'process.versions.node.split(".")[0]']).toString()) < 24;
const launcher = fileURLToPath(new URL('../../bin/soan-nq.mjs', import.meta.url));

describe.runIf(older)('the launcher on an older Node', () => {
  it('runs the command on the project’s Node 24, with the database', () => {
    const dir = mkdtempSync(join(tmpdir(), 'soan-nq-launcher-'));
    try {
      const run = spawnSync(SYSTEM_NODE, [launcher, 'org', 'list', '--db', join(dir, 'data.sqlite')], {
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('Chưa có cơ quan nào.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
