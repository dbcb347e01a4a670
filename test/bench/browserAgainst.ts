import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { browserRows } from './browser.ts';
import { printTable, type Row } from './stats.ts';
import { ensureRenderer, rendererDist } from '../e2e/support/renderer.ts';

/**
 * The browser rows of `npm run bench` for this tree's UI and another build of it (say main's:
 * `npm run build:renderer` in that checkout, or its dist/renderer copied aside), side by side in
 * one run, taking turns so that both see the same machine:
 * `node test/bench/browserAgainst.ts OTHER_DIST [rounds] [openings]`. Each row: the figures of
 * every round, and the load average (1 min) before and after it.
 */
const [dir, roundsArg, opensArg] = process.argv.slice(2);
if (!dir) throw new Error('Cách dùng: node test/bench/browserAgainst.ts <thư mục dist/renderer của bản kia> [số lượt] [số lần mở]');
await ensureRenderer();
const sides = [
  { name: 'bản kia', staticDir: resolve(dir) },
  { name: 'bản này', staticDir: rendererDist },
] as const;
const rounds = Math.max(1, Number(roundsArg ?? 2));
const openRuns = Math.max(1, Number(opensArg ?? 2));
const load = () => loadavg()[0]?.toFixed(1) ?? '?';
const table: Row[] = [];
for (let round = 1; round <= rounds; round += 1) {
  for (const side of sides) {
    const before = load();
    const rows = await browserRows(() => {}, { staticDir: side.staticDir, openRuns });
    const after = load();
    for (const r of rows) table.push({ ...r, case: `${side.name} #${round} ${r.case.trim()} (tải ${before} → ${after})` });
  }
}
printTable(table.sort((a, b) => a.case.localeCompare(b.case, 'vi')));
