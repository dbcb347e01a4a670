import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { addTerm, openStore, saveOrganization } from '../../electron/store/index.ts';
import { runCli } from '../support/cli.ts';
import { ducTrongOrg, must } from '../unit/store/kit.ts';
import { approved, newDraft, TERM_XII, TERM_XIII } from '../unit/workflow/kit.ts';

/** soan-nq issue / soan-nq register on a real database file. */
const work = mkdtempSync(join(tmpdir(), 'soan-nq-register-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function prepare(): { path: string; ids: number[]; draftId: number } {
  const path = join(work, 'du-lieu.sqlite');
  const store = must(openStore(path));
  must(saveOrganization(store.db, ducTrongOrg));
  must(addTerm(store.db, TERM_XII));
  must(addTerm(store.db, TERM_XIII));
  const ids = [approved(store.db).id, approved(store.db).id];
  const draftId = newDraft(store.db).id;
  must(store.close());
  return { path, ids, draftId };
}

describe('soan-nq issue and register', () => {
  const { path, ids, draftId } = prepare();
  const cli = (...args: string[]) => runCli([...args, '--db', path], { cwd: work });

  it('issues approved documents with the next number and lists the register', async () => {
    const first = await cli('issue', '--id', String(ids[0]), '--date', '2025-12-10');
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toContain('Số 01-NQ/HU, ngày 10/12/2025');
    const second = await cli('issue', '--id', String(ids[1]), '--json');
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ id: ids[1], number: 2, symbol: '02-NQ/HU' });
    const listed = await cli('register', '--org', 'HU-DUC-TRONG');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('nhiệm kỳ khóa XIII (2025 - 2030)');
    expect(listed.stdout).toMatch(/01-NQ\/HU\s+10\/12\/2025\s+Về phát triển kinh tế/);
    expect(listed.stdout).toContain('02-NQ/HU');
    const old = await cli('register', '--org', 'HU-DUC-TRONG', '--term', 'XII');
    expect(old.stdout).toContain('Chưa cấp số nào.');
  });

  it('exports the register as CSV and as .docx', async () => {
    const csvPath = join(work, 'so.csv');
    expect((await cli('register', '--org', 'HU-DUC-TRONG', '--type', 'NQ', '--csv', csvPath)).code).toBe(0);
    const csv = readFileSync(csvPath);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('"02-NQ/HU"');
    const docxPath = join(work, 'so.docx');
    expect((await cli('register', '--org', 'HU-DUC-TRONG', '--docx', docxPath)).code).toBe(0);
    const xml = await (await JSZip.loadAsync(readFileSync(docxPath))).file('word/document.xml')?.async('string');
    expect(xml).toContain('w:orient="landscape"');
  });

  it('refuses a draft, bad options and an unknown term with exit code 2', async () => {
    const draftRun = await cli('issue', '--id', String(draftId));
    expect(draftRun.code).toBe(2);
    expect(draftRun.stderr).toContain('Chỉ ban hành được văn bản đã duyệt');
    expect((await cli('issue', '--id', 'abc')).code).toBe(2);
    expect((await cli('issue', '--id', String(draftId), '--date', '10/12/2025')).code).toBe(2);
    expect((await cli('register')).code).toBe(2);
    expect((await cli('register', '--org', 'HU-DUC-TRONG', '--term', 'IX')).stderr).toContain('Không tìm thấy nhiệm kỳ IX');
    expect((await cli('register', '--org', 'HU-DUC-TRONG', '--csv', 'a.csv', '--docx', 'a.docx')).code).toBe(2);
  });
});
