import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openStore, searchDocuments } from '../../electron/store/index.ts';
import { underLoad } from './busyLoad.ts';
import { benchDatabase, must } from './generate.ts';
import { printTable, ms, percentile, spreadOf, type Row } from './stats.ts';
import { QUERIES } from './store.ts';

/**
 * Full-text search of this tree and of another checkout side by side on the bench's database, the
 * two taking turns query round by query round so that both see the same machine: on the machine as
 * it is, then while two busy-loop processes run. `npm exec -- node test/bench/searchAgainst.ts DIR
 * [rounds]`, DIR say `main` unpacked with `git archive main | tar -x -C DIR` and its node_modules
 * linked. Each row: p50, p95, spread, and CPU time (user + system) per query.
 */
const [dir, roundsArg] = process.argv.slice(2);
if (!dir) throw new Error('Cách dùng: node test/bench/searchAgainst.ts <thư mục bản kia> [số lượt]');
const other = (await import(pathToFileURL(resolve(dir, 'electron/store/search.ts')).href)) as { searchDocuments: typeof searchDocuments };
const sides = [
  { name: 'bản kia', search: other.searchDocuments },
  { name: 'bản này', search: searchDocuments },
] as const;
const rounds = Math.max(2, Number(roundsArg ?? 10));
const store = must(openStore(benchDatabase().path, { readonly: true }));
const { db } = store;

async function compare(label: string): Promise<Row[]> {
  const samples = sides.map(() => [] as number[]);
  const cpu = sides.map(() => 0);
  for (const side of sides) for (const q of QUERIES) must(side.search(db, q));
  const load = loadavg()[0]?.toFixed(1) ?? '?';
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? [0, 1] : [1, 0];
    for (const i of order) {
      const side = sides[i] ?? sides[0];
      const before = process.cpuUsage();
      for (const q of QUERIES) {
        const start = performance.now();
        must(side.search(db, q));
        samples[i]?.push(performance.now() - start);
      }
      const used = process.cpuUsage(before);
      cpu[i] = (cpu[i] ?? 0) + (used.user + used.system) / 1000;
    }
  }
  return sides.map((side, i) => {
    const s = samples[i] ?? [];
    return {
      case: `${side.name}, ${label} (tải ${load}), CPU ${ms((cpu[i] ?? 0) / s.length)}/câu`,
      runs: s.length,
      p50: ms(percentile(s, 50)),
      p95: ms(percentile(s, 95)),
      spread: spreadOf(s),
      goal: 'p50 < 20 ms',
      verdict: percentile(s, 50) < 20 ? 'đạt' : 'KHÔNG ĐẠT',
    };
  });
}

try {
  const rows = await compare('máy như đang có');
  rows.push(...(await underLoad(2, () => compare('thêm 2 tiến trình vòng lặp bận'))));
  printTable(rows);
} finally {
  must(store.close());
}
