import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';

const work = mkdtempSync(join(tmpdir(), 'soan-nq-cut-names-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const db = join(work, 'kho.sqlite');
const run = (args: string[], input?: string) =>
  runCli(args, { cwd: work, env: { SOAN_NQ_DB: db }, ...(input === undefined ? {} : { input }) });
const scope = ['--org', 'HU-DUC-TRONG', '--year', '2022'];

type Row = { key: string; name: string; result: string };

describe('results pasted with the names `soan-nq targets` cut short', () => {
  it('the clerk copies the cut names, types the results beside them, pastes them back: each finds its target', async () => {
    expect((await run(['db', 'init'])).code).toBe(0);
    expect((await run(['db', 'seed-demo'])).code).toBe(0);

    // The names as the terminal table prints them: column 2 ("STT" 4 wide, a space, the name 52 wide).
    const table = await run(['targets', ...scope]);
    const lines = table.stdout.split('\n');
    expect(lines[1]).toMatch(/^STT {2}Chỉ tiêu {44} ĐVT/u);
    const cut = lines
      .slice(2)
      .map((line) => line.slice(5, 57).trim())
      .filter((name) => name.endsWith('…'));
    expect(cut).toContain('Giữ vững Thôn, tổ dân phố, cơ quan, đơn vị, doanh…');
    expect(cut.length).toBeGreaterThanOrEqual(5);

    // Typed beside them in a spreadsheet and pasted (tab-separated): a new figure for each.
    const figure = (i: number): string => `${90 + i},5`;
    const paste = cut.map((name, i) => `${name}\t${figure(i)}`).join('\r\n');
    const imported = await run(['results', 'import', ...scope, '-'], paste);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toBe(`Đã lưu ${cut.length} kết quả năm 2022 của HU-DUC-TRONG.\n`);

    // Each result is stored on the target whose full name the cut one begins.
    const after = JSON.parse((await run(['targets', ...scope, '--json'])).stdout) as { targets: Row[] };
    cut.forEach((name, i) => {
      const head = name.slice(0, -1);
      const matches = after.targets.filter((t) => t.name.startsWith(head));
      expect(matches, name).toHaveLength(1);
      expect(matches[0]?.result, name).toBe(figure(i));
    });
  }, 60_000);
});
