import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot, runCli } from '../support/cli.ts';

const root = projectRoot;
const ducTrong = join(root, 'test/fixtures/duc-trong-2022-nq04-hu.json');
const nhonTrach = join(root, 'test/fixtures/nhon-trach-2024-nq09-hu.json');
const work = mkdtempSync(join(tmpdir(), 'soan-nq-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the real command line in a child process, with the same Node as the tests. */
const run = (...args: string[]) => runCli(args, { cwd: work });

function writeJson(name: string, data: unknown): string {
  const path = join(work, name);
  writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data, null, 2));
  return path;
}

const fixture = (): Record<string, unknown> => JSON.parse(readFileSync(ducTrong, 'utf8')) as Record<string, unknown>;

describe('soan-nq export', () => {
  it('exports both real resolutions to .docx files that unzip and hold their text', async () => {
    for (const [input, needle] of [
      [ducTrong, 'HUYỆN ỦY ĐỨC TRỌNG'],
      [nhonTrach, 'HUYỆN ỦY NHƠN TRẠCH'],
    ] as const) {
      const out = join(work, `${needle}.docx`);
      const r = await run('export', input, '-o', out);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Đã xuất .*\.docx \(\d+ KB\)\.$/m);
      const zip = await JSZip.loadAsync(readFileSync(out));
      const xml = await zip.file('word/document.xml')?.async('string');
      expect(xml).toContain(needle);
    }
  });

  it('says in one Vietnamese line that the input is missing, exit code 2, no file', async () => {
    const out = join(work, 'missing.docx');
    const r = await run('export', join(work, 'khong-co.json'), '-o', out);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('Không tìm thấy tệp');
    expect(existsSync(out)).toBe(false);
  });

  it('points at the line and column of invalid JSON', async () => {
    const bad = writeJson('bad.json', '{\n  "schemaVersion": 1,\n  "header": {,\n}');
    const r = await run('export', bad, '-o', join(work, 'bad.docx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/không phải JSON hợp lệ \(dòng 3, cột \d+\)/);
    expect(existsSync(join(work, 'bad.docx'))).toBe(false);
  });

  it('sends a Word, PDF or text file given to export to import instead', async () => {
    const pdf = writeJson('nghi-quyet-cu.pdf', '%PDF-1.7');
    const r = await run('export', pdf, '-o', join(work, 'cu.docx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('hãy đọc nó bằng "soan-nq import"');
    expect(existsSync(join(work, 'cu.docx'))).toBe(false);
  });

  it('names every wrong field by its path, in Vietnamese', async () => {
    const doc = fixture();
    const header = doc['header'] as Record<string, unknown>;
    header['number'] = { seq: 'bốn', typeCode: 'NQ', issuerCode: 'HU' };
    delete header['place'];
    const r = await run('export', writeJson('fields.json', doc), '-o', join(work, 'fields.docx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('header.number.seq (Phần đầu › Số và ký hiệu › số thứ tự): Sai kiểu: cần số, nhận được chuỗi ký tự');
    expect(r.stderr).toContain('header.place (Phần đầu › Địa danh): Thiếu trường bắt buộc');
    expect(existsSync(join(work, 'fields.docx'))).toBe(false);
  });

  it('refuses an unwritable output and leaves nothing behind', async () => {
    const blocker = writeJson('not-a-dir', 'x');
    const r = await run('export', ducTrong, '-o', join(blocker, 'out.docx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không hợp lệ: một phần của nó là tệp');
    const r2 = await run('export', ducTrong, '-o', join(work, 'no-such-dir', 'out.docx'));
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('thư mục chứa tệp không tồn tại');
    expect(readdirSync(work).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('keeps the previous file intact when a new export fails', async () => {
    const out = join(work, 'keep.docx');
    expect((await run('export', ducTrong, '-o', out)).code).toBe(0);
    const before = readFileSync(out);
    const doc = fixture();
    doc['profileId'] = 'hd99-2099';
    const r = await run('export', writeJson('unknown-profile.json', doc), '-o', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('thể thức "hd99-2099"');
    expect(readFileSync(out).equals(before)).toBe(true);
  });

  it('explains wrong usage', async () => {
    const r = await run('export', ducTrong);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('soan-nq export <văn-bản.json> -o <tệp-xuất.docx>');
    const r2 = await run('lam-gi-do');
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('không có lệnh "lam-gi-do"');
  });
});

describe('soan-nq check', () => {
  it('reports the Đức Trọng original as it was issued: no errors, its recipient punctuation as warnings', async () => {
    const r = await run('check', ducTrong, '--json');
    const report = JSON.parse(r.stdout) as { errors: number; findings: { code: string; path: string }[] };
    expect(r.code).toBe(0);
    expect(report.errors).toBe(0);
    expect(report.findings.filter((f) => f.code === 'recipients.punctuation').map((f) => f.path)).toContain('recipients.lines[0]');
  });

  it('finds the errors of a wrongly made document and exits with 1', async () => {
    const doc = fixture();
    (doc['signature'] as Record<string, unknown>)['authority'] = 'K/T';
    ((doc['header'] as Record<string, unknown>)['number'] as Record<string, unknown>)['typeCode'] = 'QĐ';
    (doc['marks'] as Record<string, unknown>)['draftRound'] = 2;
    const r = await run('check', writeJson('wrong.json', doc));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('LỖI');
    expect(r.stdout).toContain('không ký "K/T"');
    expect(r.stdout).toContain('Ký hiệu tên loại "QĐ" không khớp loại văn bản "NGHỊ QUYẾT"');
    expect(r.stdout).toContain('vẫn in "Dự thảo lần 2"');
    expect(r.stdout).toMatch(/Tổng cộng: 3 lỗi, \d+ cảnh báo\./);
  });

  it('says that the page layout is checked only in the app, where the pages are laid out', async () => {
    const r = await run('check', ducTrong);
    expect(r.stdout).toMatch(/Chưa kiểm tra: Bố cục trang \(phần chữ ký và "Nơi nhận" một mình một trang.*mở văn bản trong ứng dụng/);
    const json = JSON.parse((await run('check', ducTrong, '--json')).stdout) as { notChecked: string[] };
    expect(json.notChecked[0]).toMatch(/^Bố cục trang/);
  });
});
