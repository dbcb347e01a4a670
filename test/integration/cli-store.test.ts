import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolutionSchema } from '../../electron/contract/model/resolution.ts';
import { LATEST_VERSION } from '../../electron/store/migrations/index.ts';
import { runCli } from '../support/cli.ts';

const work = mkdtempSync(join(tmpdir(), 'soan-nq-cli-store-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const db = join(work, 'data', 'kho.sqlite');
const run = (...args: string[]) => runCli(args, { cwd: work, env: { SOAN_NQ_DB: db } });

describe('soan-nq with the store', () => {
  it("creates the database, seeds the demo once, and lists a year's targets with results and assessments", async () => {
    const init = await run('db', 'init');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain(`Cơ sở dữ liệu: ${db} (phiên bản ${LATEST_VERSION}`);
    const seed = await run('db', 'seed-demo');
    expect(seed.stdout).toBe(`Đã nạp dữ liệu mẫu vào ${db}: 3 cơ quan, 3 nghị quyết, 44 kết quả thực hiện.\n`);
    expect((await run('db', 'seed-demo')).stdout).toContain('đã có dữ liệu; không nạp dữ liệu mẫu');

    const table = await run('targets', '--org', 'HU-DUC-TRONG', '--year', '2022');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/2 +Thu NSNN do huyện quản lý +tỷ đồng +770,4 +812,6 +vượt/);
    expect(table.stdout).toMatch(/Theo thẻ thấp còi +% +<18 +16,9 +đạt/);
    // A group with no figure of its own shows how many of its parts were met, never "không đạt" for one part.
    expect(table.stdout).toMatch(/7 +Chỉ tiêu về y tế +đạt 2\/3\n/);
    expect(table.stdout).toMatch(/3 +Giải quyết việc làm +lao động +4\.000-4\.500 +4\.320 +đạt\n/);
    const json = JSON.parse((await run('targets', '--org', 'HU-DUC-TRONG', '--year', '2022', '--json')).stdout) as {
      targets: { key: string; assessment: string | null }[];
    };
    expect(json.targets).toHaveLength(44);
    expect(json.targets.find((t) => t.key === 'bao-hiem-y-te')?.assessment).toBe('khong-dat');
  });

  it('finds documents without diacritics, ranked, with the passage as written', async () => {
    const r = await run('search', 'nong thon moi', '--json');
    const hits = JSON.parse(r.stdout) as { org: string; passage: string }[];
    expect(hits.length).toBeGreaterThanOrEqual(2);
    expect(hits.map((h) => h.passage).join(' ')).toContain('nông thôn mới');
    const trong = JSON.parse((await run('search', 'duc trong', '--json')).stdout) as { org: string }[];
    expect(trong[0]?.org).toBe('HU-DUC-TRONG');
    expect((await run('search', 'khongcotukhoanay')).stdout).toContain('Không tìm thấy văn bản nào');
  });

  it('drafts next year from last year, as JSON that validates and exports', async () => {
    const out = join(work, 'du-thao-2023.json');
    const r = await run('draft', 'next-year', '--org', 'HU-DUC-TRONG', '--year', '2023', '-o', out);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`Đã tạo dự thảo nghị quyết năm 2023 của HU-DUC-TRONG: ${out}.`);
    const doc = resolutionSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(doc.planYear).toBe(2023);
    expect(doc.marks.draftRound).toBe(1);
    const exported = await run('export', out, '-o', join(work, 'du-thao-2023.docx'));
    expect(exported.code).toBe(0);
    const saved = await run('draft', 'next-year', '--org', 'HU-DUC-TRONG', '--year', '2023', '-o', out, '--save');
    expect(saved.stdout).toContain('lưu trong kho: văn bản #4');
    const twice = await run('draft', 'next-year', '--org', 'HU-DUC-TRONG', '--year', '2023', '-o', out, '--save');
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('Đã có nghị quyết năm 2023');
  });

  it('imports results pasted from a spreadsheet and reports the rows it could not match', async () => {
    const paste = [
      'STT\tChỉ tiêu\tĐơn vị\tKết quả',
      '1\tThu ngân sách nhà nước trên địa bàn\ttỷ đồng\t90,1',
      '2\tTỷ lệ hộ nghèo\t%\t0,45',
      '3\tChỉ tiêu không có\t%\t5',
      '',
    ].join('\r\n');
    const r = await runCli(['results', 'import', '--org', 'DU-HIEP-THANH', '--year', '2026', '-'], {
      cwd: work,
      env: { SOAN_NQ_DB: db },
      input: paste,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã lưu 2 kết quả năm 2026 của DU-HIEP-THANH; 1 dòng cần xem lại.');
    expect(r.stderr).toContain("Dòng 4: không tìm thấy chỉ tiêu 'Chỉ tiêu không có'");
    expect(r.stderr).not.toContain('Dòng 4: Dòng 4:');
    const table = await run('targets', '--org', 'DU-HIEP-THANH', '--year', '2026');
    expect(table.stdout).toMatch(/Thu ngân sách nhà nước trên địa bàn +tỷ đồng +85,5 +90,1 +vượt/);
  });

  it('explains missing or wrong flags', async () => {
    const r = await run('targets', '--org', 'HU-DUC-TRONG');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cần --org là mã cơ quan');
    const none = await run('targets', '--org', 'HU-KHONG-CO', '--year', '2022');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('HU-KHONG-CO chưa có nghị quyết năm 2022');
  });
});
