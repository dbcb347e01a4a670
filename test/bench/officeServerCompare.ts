import { resolve } from 'node:path';
import { officeLoad } from './officeServer.ts';
import { ms, percentile, printTable, spreadOf, type Row } from './stats.ts';

/**
 * Two versions of the office server under the same load, side by side on a busy machine: rounds
 * alternate A, B then B, A, so the machine's load falls on both alike; the ratio B/A is the figure.
 * `node test/bench/officeServerCompare.ts <thư mục A> <thư mục B> [--rounds 3] [--seconds 15]`, each
 * folder a checkout of the project (e.g. `git archive <commit> | tar -x -C <thư mục>` with
 * node_modules linked in).
 */
const [rootA, rootB] = process.argv.slice(2, 4).map((p) => resolve(p));
const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  const value = at > 0 ? Number(process.argv[at + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
if (rootA === undefined || rootB === undefined) {
  console.error('Cách dùng: node test/bench/officeServerCompare.ts <thư mục A> <thư mục B> [--rounds 3] [--seconds 15]');
  process.exit(2);
}
const rounds = option('--rounds', 3);
const seconds = option('--seconds', 15);
const all = { A: [] as number[], B: [] as number[] };
const errors = { A: 0, B: 0 };
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const);
  for (const side of order) {
    const load = await officeLoad(seconds, side === 'A' ? rootA : rootB);
    all[side].push(...load.saves);
    errors[side] += load.errors;
    console.log(
      `vòng ${round + 1} ${side}: p50 ${ms(percentile(load.saves, 50))}, p95 ${ms(percentile(load.saves, 95))}, ${load.errors} lỗi`,
    );
  }
}
const row = (side: 'A' | 'B', root: string): Row => ({
  case: `${side}: ${root} (${rounds} × ${seconds} s, ${errors[side]} lỗi)`,
  runs: all[side].length,
  p50: ms(percentile(all[side], 50)),
  p95: ms(percentile(all[side], 95)),
  spread: spreadOf(all[side]),
  goal: 'p95 < 100 ms',
  verdict: percentile(all[side], 95) < 100 ? 'đạt' : 'KHÔNG ĐẠT',
});
printTable([row('A', rootA), row('B', rootB)]);
const ratio = (q: number) => (percentile(all.B, q) / percentile(all.A, q)).toFixed(2).replace('.', ',');
console.log(`B/A: p50 ${ratio(50)}, p95 ${ratio(95)}`);
