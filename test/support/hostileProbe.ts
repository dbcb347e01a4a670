import { readFileSync } from 'node:fs';
import { importOffThread } from '../../electron/services/importThread.ts';
import { startHeartbeat } from './heartbeat.ts';
import { hostileInputs } from './hostileInputs.ts';

/**
 * Run as its own process (`node --max-old-space-size=512 test/support/hostileProbe.ts`): reads
 * every hostile shape and the two real seed texts the way the app does (off the main thread)
 * while a timer on the main thread measures how late it fires; prints one JSON report.
 */
type Row = { label: string; bytes: number; outcome: string; ms: number };

const seeds = new URL('../../../shared/seeds/', import.meta.url);
const inputs = [
  ...hostileInputs,
  ...['duc-trong-2022-nq04-hu.txt', 'nhon-trach-2024-nq09-hu.txt'].map((f) => ({ label: f, make: () => readFileSync(new URL(f, seeds)) })),
];
const beat = startHeartbeat();
const rows: Row[] = [];
for (const input of inputs) {
  const bytes = new Uint8Array(await input.make());
  beat.reset();
  const start = performance.now();
  const reply = await importOffThread({ bytes, known: [], fallbackYear: 2024, original: true });
  rows.push({
    label: input.label,
    bytes: bytes.byteLength,
    outcome: reply.read.ok ? 'ok' : `${reply.read.error.code}: ${(reply.read.error.details ?? []).join('; ').slice(0, 90)}`,
    ms: Math.round(performance.now() - start),
  });
}
const lagMs = beat.stop();
process.stdout.write(
  JSON.stringify({ rows, maxLagMs: Math.round(lagMs), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), heapLimitMb: 512 }),
);
