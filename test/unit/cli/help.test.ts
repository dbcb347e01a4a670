import { describe, expect, it } from 'vitest';
import type { Io } from '../../../electron/cli/output.ts';
import { commands, main } from '../../../electron/cli/soan-nq.ts';

function capture(): Io & { lines: { out: string[]; err: string[] } } {
  const lines = { out: [] as string[], err: [] as string[] };
  return { lines, out: (l) => void lines.out.push(l), err: (l) => void lines.err.push(l) };
}

describe('soan-nq help', () => {
  it('answers --help of every command in Vietnamese, with exit 0', async () => {
    for (const command of commands) {
      const io = capture();
      const words = command.words.split(' ');
      expect(await main([...words, '--help'], io), command.words).toBe(0);
      const text = io.lines.out.join('\n');
      expect(text).toContain('Cách dùng:');
      expect(text).toContain(`soan-nq ${command.words}`);
      expect(text).not.toMatch(/\b(Usage|Unknown|option|argument)\b/);
    }
  });

  it('says in Vietnamese which option is wrong, with exit 2', async () => {
    const io = capture();
    expect(await main(['copy', '--khong-co'], io)).toBe(2);
    expect(io.lines.err[0]).toBe('Lỗi: không có tùy chọn "--khong-co".');
    const missing = capture();
    expect(await main(['search', '--org'], missing)).toBe(2);
    expect(missing.lines.err[0]).toBe('Lỗi: tùy chọn "--org" cần một giá trị.');
    const extra = capture();
    expect(await main(['db', 'init', '--json=1'], extra)).toBe(2);
    expect(extra.lines.err[0]).toBe('Lỗi: tùy chọn "--json" không nhận giá trị.');
  });

  it('shows --as in the usage of every command that changes the office’s data (once it has people, it is required)', async () => {
    const changing = [
      'org add',
      'org edit',
      'term add',
      'register start',
      'register import',
      'signer add',
      'person add',
      'import',
      'results import',
      'draft next-year',
      'copy',
      'draft new',
      'status',
      'issue',
    ];
    for (const words of changing) {
      const io = capture();
      expect(await main([...words.split(' '), '--help'], io), words).toBe(0);
      expect(io.lines.out.join('\n'), words).toContain('--as "<');
    }
  });

  it('lists every command in the general help', async () => {
    const io = capture();
    expect(await main(['help'], io)).toBe(0);
    const help = io.lines.out.join('\n');
    // Each by its first word, after "soan-nq" or, on a line of related commands, after "|".
    for (const command of commands) expect(help).toMatch(new RegExp(`(soan-nq|\\|)\\s+${command.words.split(' ')[0]} `));
  });
});
