import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { requireTool } from '../support/tools.ts';
import type { FuzzReply } from '../unit/import/helpers/fuzzWorker.ts';
import { cutChunk, flipBytes, insertBytes, rng, truncate } from '../unit/import/helpers/mutate.ts';

/**
 * Fuzzing the PDF and Word 97–2003 readers: a real document made into a PDF and a .doc by
 * LibreOffice here, then flipped, inserted and cut bytes and truncation, 1,050 inputs. Each must
 * give a Result with a known code and a Vietnamese message, never throw, and finish in time
 * (each runs in a worker that is stopped when it overruns). IMPORT_FUZZ_SEED replays a run.
 */

const SEED = Number(process.env.IMPORT_FUZZ_SEED ?? 20261206);
const PER_INPUT_MS = 5_000;
const lo = requireTool('soffice');
const work = mkdtempSync(join(tmpdir(), 'soan-nq-fuzz-pdf-'));

function sources(): { pdf: Uint8Array; doc: Uint8Array } {
  const txt = join(work, 'cv.txt');
  copyFileSync(new URL('../../../shared/corpus/07-conghai-du-2026-cv264a-kl226.txt', import.meta.url), txt);
  const profile = `-env:UserInstallation=${pathToFileURL(join(work, 'lo')).href}`;
  for (const target of ['pdf', 'doc:MS Word 97']) {
    execFileSync('soffice', [profile, '--headless', '--convert-to', target, '--outdir', work, txt], { stdio: 'pipe', timeout: 120_000 });
  }
  return { pdf: new Uint8Array(readFileSync(join(work, 'cv.pdf'))), doc: new Uint8Array(readFileSync(join(work, 'cv.doc'))) };
}

describe.runIf(lo)('fuzzing the PDF and .doc readers', () => {
  let worker = new Worker(new URL('../unit/import/helpers/fuzzAsyncWorker.ts', import.meta.url));
  afterAll(async () => {
    await worker.terminate();
    rmSync(work, { recursive: true, force: true });
  });

  const run = (id: number, bytes: Uint8Array): Promise<FuzzReply | 'timeout'> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        worker.removeAllListeners('message');
        void worker.terminate();
        worker = new Worker(new URL('../unit/import/helpers/fuzzAsyncWorker.ts', import.meta.url));
        resolve('timeout');
      }, PER_INPUT_MS);
      worker.once('message', (reply: FuzzReply) => {
        clearTimeout(timer);
        resolve(reply);
      });
      worker.postMessage({ id, bytes });
    });

  it('returns a Result for every mutated PDF and .doc, within the time budget', async () => {
    console.log(`pdf/doc fuzz: seed ${SEED} (IMPORT_FUZZ_SEED=${SEED} to replay)`);
    const { pdf, doc } = sources();
    const r = rng(SEED);
    const ops = { flip: flipBytes, truncate, insert: insertBytes, cut: cutChunk };
    const all = [
      { label: 'pdf-original', bytes: pdf },
      { label: 'doc-original', bytes: doc },
      ...Array.from({ length: 600 }, (_, i) => {
        const [op, fn] = r.pick(Object.entries(ops));
        return { label: `pdf-${op}-${i}`, bytes: fn(pdf, r) };
      }),
      ...Array.from({ length: 450 }, (_, i) => {
        const [op, fn] = r.pick(Object.entries(ops));
        return { label: `doc-${op}-${i}`, bytes: fn(doc, r) };
      }),
    ];
    const failures: string[] = [];
    const outcomes = new Map<string, number>();
    let slowest = { label: '', ms: 0 };
    const began = performance.now();
    for (const [id, input] of all.entries()) {
      const reply = await run(id, input.bytes);
      if (reply === 'timeout') {
        failures.push(`${input.label}: quá ${PER_INPUT_MS} ms`);
        continue;
      }
      outcomes.set(reply.outcome, (outcomes.get(reply.outcome) ?? 0) + 1);
      if (reply.problem) failures.push(`${input.label}: ${reply.problem}`);
      if (reply.ms > slowest.ms) slowest = { label: input.label, ms: reply.ms };
      if (id < 2) expect(reply.outcome, input.label).toBe('ok');
    }
    const seconds = ((performance.now() - began) / 1000).toFixed(1);
    console.log(
      `pdf/doc fuzz: ${all.length} inputs in ${seconds} s; slowest ${slowest.label} ${slowest.ms.toFixed(0)} ms; outcomes ${JSON.stringify(Object.fromEntries([...outcomes].sort((a, b) => b[1] - a[1])))}`,
    );
    expect(all.length).toBeGreaterThanOrEqual(1000);
    expect(failures.slice(0, 20)).toEqual([]);
  }, 180_000);
});
