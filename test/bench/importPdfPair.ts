import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importDocument } from '../../electron/import/index.ts';
import { longPdf } from './importPdf.ts';
import { percentile } from './stats.ts';

/**
 * Before and after side by side on a busy machine: `node test/bench/importPdfPair.ts <older tree> [pairs]`
 * imports the ~60-page PDF alternately with the importer of an older tree (its `electron/`, e.g.
 * `git archive main electron | tar -x -C /tmp/old` with `node_modules` linked beside it) and with
 * this one, and prints both p50s (wall and CPU time) and the median of the pairwise ratios with
 * their p25–p75: a figure a loaded machine cannot move much, as both sides share the load.
 */

type Importer = typeof importDocument;

async function timed(f: Importer, bytes: Uint8Array): Promise<[number, number]> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const r = await f(bytes);
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  if (!r.ok) throw new Error(r.error.message);
  return [wall, (used.user + used.system) / 1000];
}

const older = process.argv[2];
if (!older) throw new Error('Cần thư mục mã cũ: node test/bench/importPdfPair.ts <thư mục> [số cặp]');
const pairs = Number(process.argv[3] ?? 20);
const before = ((await import(pathToFileURL(join(resolve(older), 'electron/import/index.ts')).href)) as { importDocument: Importer })
  .importDocument;
const work = mkdtempSync(join(tmpdir(), 'soan-nq-bench-pair-'));
try {
  const bytes = await longPdf(work);
  for (let i = 0; i < 3; i++) await Promise.all([before(bytes), importDocument(bytes)].map((p) => p.then(() => undefined)));
  const a: [number, number][] = [];
  const b: [number, number][] = [];
  for (let i = 0; i < pairs; i++) {
    if (i % 2 === 0) {
      a.push(await timed(before, bytes));
      b.push(await timed(importDocument, bytes));
    } else {
      b.push(await timed(importDocument, bytes));
      a.push(await timed(before, bytes));
    }
  }
  for (const [k, label] of [
    [0, 'wall'],
    [1, 'CPU'],
  ] as const) {
    const x = a.map((s) => s[k]);
    const y = b.map((s) => s[k]);
    const ratios = y.map((v, i) => v / (x[i] ?? v));
    const f = (n: number): string => n.toFixed(0);
    console.log(
      `${pairs} cặp, ${label}: trước p50 ${f(percentile(x, 50))} ms, sau p50 ${f(percentile(y, 50))} ms; sau/trước ${percentile(ratios, 50).toFixed(2)} (p25 ${percentile(ratios, 25).toFixed(2)}, p75 ${percentile(ratios, 75).toFixed(2)})`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
