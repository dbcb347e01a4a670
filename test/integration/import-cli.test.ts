import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../electron/docx/pack.ts';
import { runCli } from '../support/cli.ts';
import { loadResolution, profileFor } from '../support/fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'soan-nq-cli-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const db = join(work, 'kho.sqlite');
const run = (...args: string[]) => runCli(args, { cwd: work, env: { SOAN_NQ_DB: db } });
const seed = (name: string): string => fileURLToPath(new URL(`../../../shared/seeds/${name}.txt`, import.meta.url));

describe('soan-nq import and check <file.docx>', () => {
  it('prints a readable summary of what was read, or the JSON', async () => {
    const r = await run('import', seed('nhon-trach-2024-nq09-hu'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Cơ quan ban hành +HUYỆN ỦY NHƠN TRẠCH \(huyen-uy\) +95%/);
    expect(r.stdout).toMatch(/Số và ký hiệu +Số 09-NQ\/HU/);
    expect(r.stdout).toContain('Chỉ tiêu (68,');
    expect(r.stdout).toMatch(/Tỷ lệ che phủ rừng +16,5% +mới: /);
    const json = JSON.parse((await run('import', seed('duc-trong-2022-nq04-hu'), '--json')).stdout) as {
      model: { header: { number: { seq: number } } };
      confidence: Record<string, number>;
      status: string;
    };
    expect(json.model.header.number.seq).toBe(4);
    expect(json.confidence['header.number']).toBeGreaterThan(0.9);
    expect(json.status).toBe('ban-hanh');
  });

  it("saves into the store with --save (needs --org), linking targets to the body's indicators", async () => {
    const noBodies = await run('import', seed('duc-trong-2022-nq04-hu'), '--save');
    expect(noBodies.code).toBe(2);
    expect(noBodies.stderr).toContain('Kho chưa có cơ quan nào');
    expect((await run('db', 'seed-demo')).code).toBe(0);
    const withBodies = await run('import', seed('duc-trong-2022-nq04-hu'), '--save');
    expect(withBodies.code).toBe(2);
    expect(withBodies.stderr).toContain('Các cơ quan trong kho: DU-HIEP-THANH (ĐẢNG ỦY XÃ HIỆP THẠNH);');
    const saved = await run('import', seed('duc-trong-2022-nq04-hu'), '--org', 'HU-DUC-TRONG', '--save', '--json');
    expect(saved.code).toBe(0);
    const out = JSON.parse(saved.stdout) as { savedId: number; links: { key: string; linkedTo: { key: string } | null }[] };
    expect(out.savedId).toBeGreaterThan(0);
    expect(out.links.find((l) => l.linkedTo?.key === 'thu-ngan-sach')?.key).toBe('thu-ngan-sach');
    expect(out.links.every((l) => l.linkedTo !== null)).toBe(true);
    expect((await run('import', seed('duc-trong-2022-nq04-hu'), '--org', 'KHONG-CO')).code).toBe(2);
  });

  it('stores a document of another issuing body only with --other-issuer, naming both bodies', async () => {
    if ((await run('org', 'list')).stdout.indexOf('HU-NHON-TRACH') < 0) expect((await run('db', 'seed-demo')).code).toBe(0);
    const before = (await run('import', seed('nhon-trach-2024-nq09-hu'), '--org', 'HU-DUC-TRONG')).stdout;
    expect(before).toContain('Chú ý: văn bản do "HUYỆN ỦY NHƠN TRẠCH" ban hành, không phải "HUYỆN ỦY ĐỨC TRỌNG" (--org).');
    const refused = await run('import', seed('nhon-trach-2024-nq09-hu'), '--org', 'HU-DUC-TRONG', '--save');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Văn bản này do "HUYỆN ỦY NHƠN TRẠCH" ban hành, không phải "HUYỆN ỦY ĐỨC TRỌNG". Chưa lưu');
    expect(refused.stderr).toContain('--other-issuer');
    const confirmed = await run('import', seed('nhon-trach-2024-nq09-hu'), '--org', 'HU-DUC-TRONG', '--save', '--other-issuer', '--json');
    expect(confirmed.code).toBe(0);
    expect((JSON.parse(confirmed.stdout) as { savedId: number }).savedId).toBeGreaterThan(0);
  });

  it('refuses unreadable files with a Vietnamese message and exit code 2', async () => {
    const empty = join(work, 'rong.txt');
    writeFileSync(empty, '');
    const r = await run('import', empty);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Tệp "[^"]*rong\.txt" rỗng \(0 byte\)/u);
    const old = join(work, 'cu.doc');
    writeFileSync(old, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(512).fill(0)]));
    const check = await run('check', old);
    expect(check.code).toBe(2);
    expect(check.stderr).toContain('tệp .doc cũ: hãy mở bằng Word và lưu thành .docx');
  });

  it('checks a .docx: exit 0 for our export, 1 for a file with format errors', async () => {
    const doc = loadResolution('nhon-trach-2024-nq09-hu');
    const ours = join(work, 'nq.docx');
    writeFileSync(ours, await renderDocx(doc, profileFor(doc)));
    const good = await run('check', ours);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('Không có sai sót về thể thức.');
    const bad = join(work, 'sai.docx');
    const xml = (await import('node:fs')).readFileSync(ours);
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(xml);
    const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
    zip.file('word/document.xml', document.replace('Số 09-NQ/HU', 'Số: 09-NQ/HU'));
    writeFileSync(bad, await zip.generateAsync({ type: 'uint8array' }));
    const r = await run('check', bad, '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as {
      errors: number;
      findings: { code: string; paragraph: number; expected: string; found: string }[];
    };
    expect(report.findings[0]).toMatchObject({ code: 'header.number.colon', found: '"Số: 09-NQ/HU"' });
  });
});
