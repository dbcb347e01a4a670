import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { printTable, type Row } from './stats.ts';
import { storeRows } from './store.ts';

/**
 * The store's rows of `npm run bench` for this tree and another checkout (say `main`, unpacked
 * with `git archive main | tar -x -C DIR` and its node_modules linked), side by side in one run,
 * taking turns so that both see the same machine: `npm exec -- node test/bench/storeAgainst.ts DIR [rounds]`.
 * Each row: p50 and p95 of every round, and the load average (1 min) before and after it.
 */
const [dir, roundsArg] = process.argv.slice(2);
if (!dir) throw new Error('Cách dùng: node test/bench/storeAgainst.ts <thư mục bản kia> [số lượt]');
const other = (await import(pathToFileURL(resolve(dir, 'test/bench/store.ts')).href)) as { storeRows: typeof storeRows };
const sides = [
  { name: 'bản kia', rows: other.storeRows },
  { name: 'bản này', rows: storeRows },
] as const;
const rounds = Math.max(1, Number(roundsArg ?? 2));
const load = () => loadavg()[0]?.toFixed(1) ?? '?';
const table: Row[] = [];
for (let round = 1; round <= rounds; round += 1) {
  for (const side of sides) {
    const before = load();
    const { rows } = await side.rows(() => {});
    const after = load();
    for (const r of rows) table.push({ ...r, case: `${side.name} #${round} ${r.case.trim()} (tải ${before} → ${after})` });
  }
}
printTable(table.sort((a, b) => a.case.localeCompare(b.case, 'vi')));
