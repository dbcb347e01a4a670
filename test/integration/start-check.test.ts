import { closeSync, copyFileSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, truncateSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../electron/store/connection.ts';
import { runCli } from '../support/cli.ts';

/** Issue 16, item 7: a damaged database is noticed at start, a damaged search index rebuilt. */
const work = mkdtempSync(join(tmpdir(), 'soan-nq-startcheck-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const demo = join(work, 'demo.sqlite');
const run = (...args: string[]) => runCli(args, { cwd: work });

beforeAll(async () => {
  expect((await run('db', 'seed-demo', '--db', demo)).code).toBe(0);
});

describe('the start checks', () => {
  it('find every document again in a database cut short (1,000 bytes off its end: only the search index was hit)', async () => {
    const cut = join(work, 'cut.sqlite');
    copyFileSync(demo, cut);
    truncateSync(cut, statSync(cut).size - 1000);
    const r = await run('search', 'nông thôn mới', '--db', cut, '--json');
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(3);
  });

  it('refuse a database whose data pages are damaged, with what to do, before writing to it', async () => {
    const bad = join(work, 'bad.sqlite');
    copyFileSync(demo, bad);
    const fd = openSync(bad, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, 4096 * 2);
    closeSync(fd);
    const before = readFileSync(bad);
    const r = await run('search', 'nông thôn mới', '--db', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bị hỏng');
    expect(r.stderr).toContain('bản sao lưu');
    expect(readFileSync(bad).equals(before)).toBe(true);
  });

  it('rebuild the search index from the documents when only the index is damaged', async () => {
    const broken = join(work, 'index.sqlite');
    copyFileSync(demo, broken);
    const raw = new Database(broken);
    raw.exec('DELETE FROM document_search');
    raw.close();
    const store = openStore(broken);
    expect(store.ok && store.value.searchRebuilt).toBe(true);
    if (store.ok) store.value.close();
    const r = await run('search', 'nông thôn mới', '--db', broken, '--json');
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBeGreaterThanOrEqual(2);
  });

  it('issue numbers with synchronous FULL and leave the connection at NORMAL', () => {
    const store = openStore(join(work, 'sync.sqlite'));
    if (!store.ok) throw new Error(store.error.message);
    expect(store.value.db.pragma('synchronous', { simple: true })).toBe(1);
    store.value.close();
  });
});
