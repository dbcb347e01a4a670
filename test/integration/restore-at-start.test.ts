import { closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { restoreOfferText } from '../../electron/fatal.ts';
import { openAtStart, type RestoreOffer } from '../../electron/services/openDatabase.ts';
import { autoBackup, backupsDir } from '../../electron/services/backup.ts';
import { ensureDemo } from '../../electron/services/demo.ts';
import { openStore } from '../../electron/store/connection.ts';
import { runCli } from '../support/cli.ts';

/** Issue 16, item 7: a damaged database at start is offered a restore from the newest backup. */
const work = mkdtempSync(join(tmpdir(), 'soan-nq-restore-start-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A demo database in its own folder, with its automatic backup taken, closed. */
async function demoWithBackup(name: string, backup = true): Promise<{ path: string; documents: number }> {
  const dir = join(work, name);
  const path = join(dir, 'soan-nq.sqlite');
  mkdirSync(dir);
  const opened = openStore(path);
  if (!opened.ok) throw new Error(opened.error.message);
  const demo = ensureDemo(opened.value.db);
  if (!demo.ok) throw new Error(demo.error.message);
  const documents = Number(opened.value.db.prepare('SELECT count(*) FROM documents').pluck().get());
  if (backup) {
    const made = await autoBackup(opened.value, new Date('2026-12-05T01:30:00Z'));
    if (!made.ok) throw new Error(made.error.message);
  }
  opened.value.close();
  return { path, documents };
}

/** Overwrites data pages, as a power cut or a failing disk would. */
function damage(path: string): void {
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, 4096 * 2);
  closeSync(fd);
}

describe('opening a damaged database at start', () => {
  it('restores the newest backup when the person agrees, keeping the damaged file aside', async () => {
    const { path, documents } = await demoWithBackup('agree');
    damage(path);
    const damagedBytes = readFileSync(path);
    const offers: RestoreOffer[] = [];
    const opened = await openAtStart(path, (offer) => (offers.push(offer), true));
    if (!opened.ok) throw new Error(opened.error.message);
    try {
      expect(offers).toHaveLength(1);
      expect(offers[0]?.damage.code).toBe('DATABASE_DAMAGED');
      expect(offers[0]?.backup.name).toBe('tu-dong-2026-12-05.sqlite');
      expect(opened.value.restored?.restored).toBe('tu-dong-2026-12-05.sqlite');
      const db = opened.value.store.db;
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(Number(db.prepare('SELECT count(*) FROM documents').pluck().get())).toBe(documents);
      const aside = readdirSync(backupsDir(path)).filter((n) => /^hong-.*\.sqlite$/.test(n));
      expect(aside).toHaveLength(1);
      expect(readFileSync(join(backupsDir(path), aside[0] ?? '')).equals(damagedBytes)).toBe(true);
    } finally {
      opened.value.store.close();
    }
  });

  it('changes nothing when the person declines, and reports the damage', async () => {
    const { path } = await demoWithBackup('decline');
    damage(path);
    const before = readFileSync(path);
    const opened = await openAtStart(path, () => false);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error.code).toBe('DATABASE_DAMAGED');
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(backupsDir(path)).some((n) => n.startsWith('hong-'))).toBe(false);
  });

  it('asks nothing when there is no backup to restore', async () => {
    const { path } = await demoWithBackup('none', false);
    damage(path);
    let asked = false;
    const opened = await openAtStart(path, () => ((asked = true), true));
    expect(asked).toBe(false);
    expect(opened.ok).toBe(false);
  });

  it('opens a healthy database without asking', async () => {
    const { path } = await demoWithBackup('healthy');
    const copy = join(work, 'healthy', 'copy.sqlite');
    copyFileSync(path, copy);
    const opened = await openAtStart(copy, () => {
      throw new Error('must not ask');
    });
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.restored).toBeNull();
    opened.value.store.close();
  });

  it('names the backup by its local date and time and its contents in the question', () => {
    const text = restoreOfferText({
      path: '/du-lieu/soan-nq.sqlite',
      damage: { code: 'DATABASE_DAMAGED', message: 'hỏng' },
      backup: {
        name: 'tu-dong-2026-12-05.sqlite',
        takenAt: '2026-12-05T01:30:00.000Z',
        bytes: 1,
        organizations: 3,
        documents: 1234,
        automatic: true,
      },
    });
    const at = new Date('2026-12-05T01:30:00.000Z');
    const hhmm = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
    expect(text.detail).toContain(`lúc ${hhmm}`);
    expect(text.detail).toMatch(/sao lưu ngày \d{2}\/12\/2026/);
    expect(text.detail).toContain('3 cơ quan và 1.234 văn bản');
    expect(text.buttons).toEqual(['Khôi phục', 'Thoát']);
  });
});

describe('soan-nq restore over a damaged database', () => {
  it('puts the given backup in place of a file too damaged to open, keeping the damaged one aside', async () => {
    const { path, documents } = await demoWithBackup('cli');
    const backup = join(backupsDir(path), 'tu-dong-2026-12-05.sqlite');
    damage(path);
    const r = await runCli(['restore', backup, '--db', path], { cwd: work });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Tệp dữ liệu bị hỏng; đã khôi phục từ');
    const opened = openStore(path);
    if (!opened.ok) throw new Error(opened.error.message);
    expect(Number(opened.value.db.prepare('SELECT count(*) FROM documents').pluck().get())).toBe(documents);
    opened.value.close();
    expect(readdirSync(backupsDir(path)).some((n) => n.startsWith('hong-'))).toBe(true);
  });
});
