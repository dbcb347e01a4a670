import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomicSync } from '../../../electron/files/atomicWrite.ts';

/** The command line's atomic write (real files in a temporary folder): the same steps as writeFileAtomic, synchronous. */
const work = mkdtempSync(join(tmpdir(), 'soan-nq-atomic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const temps = () => readdirSync(work).filter((n) => n.endsWith('.tmp'));

describe('writeFileAtomicSync', () => {
  it('writes the file whole, over an older one, and leaves no temporary file', () => {
    const path = join(work, 'nq.docx');
    writeFileSync(path, 'cũ');
    writeFileAtomicSync(path, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(path)]).toEqual([1, 2, 3]);
    writeFileAtomicSync(path, 'văn bản');
    expect(readFileSync(path, 'utf8')).toBe('văn bản');
    expect(temps()).toEqual([]);
  });

  it('removes the temporary files a killed export left (older than 30 s), not a running one', () => {
    const path = join(work, 'ban-sao.docx');
    const stale = join(work, '.ban-sao.docx.0123456789ab.tmp');
    const running = join(work, '.ban-sao.docx.ba9876543210.tmp');
    writeFileSync(stale, 'nửa tệp');
    writeFileSync(running, 'đang ghi');
    const old = new Date(Date.now() - 120_000);
    utimesSync(stale, old, old);
    writeFileAtomicSync(path, 'x');
    expect(temps()).toEqual(['.ban-sao.docx.ba9876543210.tmp']);
    rmSync(running);
  });

  it('refuses a database file, and leaves the target and no temporary file when the rename fails', () => {
    // Any SQLite file, whatever its name: its first 16 bytes say so.
    const database = join(work, 'du-lieu.docx');
    writeFileSync(database, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(100)]));
    expect(() => writeFileAtomicSync(database, 'x')).toThrow(expect.objectContaining({ code: 'EDATABASE' }));
    expect(readFileSync(database).subarray(0, 6).toString()).toBe('SQLite');
    const folder = join(work, 'la-thu-muc.docx');
    mkdirSync(join(folder, 'ben-trong'), { recursive: true });
    expect(() => writeFileAtomicSync(folder, 'x')).toThrow();
    expect(readdirSync(folder)).toEqual(['ben-trong']);
    expect(temps()).toEqual([]);
  });
});
