import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../electron/docx/pack.ts';
import { loadResolution, profileFor } from '../support/fixtures.ts';
import type { FuzzReply } from '../unit/import/helpers/fuzzWorker.ts';
import {
  corruptEntry,
  cutChunk,
  flipBytes,
  insertBytes,
  mutateText,
  mutateXmlPart,
  rng,
  truncate,
  unzipEntries,
  type Rng,
} from '../unit/import/helpers/mutate.ts';

/**
 * Fuzzing the importer and the format checker with mutated real inputs: the two fixtures
 * exported to .docx and the two seed texts, with flipped, inserted and cut bytes, truncation,
 * corrupted ZIP entries, mutated XML re-packed into valid ZIPs, and shuffled text. Every input
 * must give a Result with a known code and a message, never throw, and finish within the time
 * budget (each input runs in a worker thread that is stopped when it overruns).
 * The seed is printed; set IMPORT_FUZZ_SEED to replay a run.
 */

const SEED = Number(process.env.IMPORT_FUZZ_SEED ?? 20240115);
const PER_INPUT_MS = 5_000;
const seedsDir = new URL('../../../shared/seeds/', import.meta.url);

type Input = { label: string; bytes: Uint8Array };

async function inputs(r: Rng): Promise<Input[]> {
  const docx: Uint8Array[] = [];
  for (const name of ['duc-trong-2022-nq04-hu', 'nhon-trach-2024-nq09-hu'] as const) {
    const doc = loadResolution(name);
    docx.push(await renderDocx(doc, profileFor(doc)));
  }
  const texts = ['duc-trong-2022-nq04-hu.txt', 'nhon-trach-2024-nq09-hu.txt'].map((f) => readFileSync(new URL(f, seedsDir), 'utf8'));
  const out: Input[] = [];
  const byteOps = { flip: flipBytes, truncate, insert: insertBytes, cut: cutChunk };
  for (let i = 0; i < 700; i++) {
    const [op, fn] = r.pick(Object.entries(byteOps));
    out.push({ label: `docx-${op}-${i}`, bytes: fn(docx[r.int(3) === 0 ? 1 : 0] ?? new Uint8Array(), r) });
  }
  for (let i = 0; i < 450; i++) out.push({ label: `zip-entry-${i}`, bytes: corruptEntry(r.pick(docx), r) });
  const unzipped = await Promise.all(docx.map(unzipEntries));
  for (let i = 0; i < 250; i++) out.push({ label: `xml-${i}`, bytes: mutateXmlPart(unzipped[i % 4 === 0 ? 1 : 0] ?? [], r) });
  const encoder = new TextEncoder();
  for (let i = 0; i < 450; i++) {
    const [op, fn] = r.pick(Object.entries(byteOps));
    out.push({ label: `txt-${op}-${i}`, bytes: fn(encoder.encode(r.pick(texts)), r) });
  }
  for (let i = 0; i < 300; i++) out.push({ label: `txt-lines-${i}`, bytes: encoder.encode(mutateText(r.pick(texts), r)) });
  return out;
}

describe('fuzzing the importer and the checker', () => {
  let worker: Worker;
  const start = (): Worker => new Worker(new URL('../unit/import/helpers/fuzzWorker.ts', import.meta.url));
  beforeAll(() => {
    worker = start();
  });
  afterAll(async () => {
    await worker.terminate();
  });

  const run = (id: number, bytes: Uint8Array): Promise<FuzzReply | 'timeout'> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        worker.removeAllListeners('message');
        void worker.terminate();
        worker = start();
        resolve('timeout');
      }, PER_INPUT_MS);
      worker.once('message', (reply: FuzzReply) => {
        clearTimeout(timer);
        resolve(reply);
      });
      worker.postMessage({ id, bytes });
    });

  it('returns a Result for every mutated input, within the time budget', async () => {
    console.log(`import fuzz: seed ${SEED} (IMPORT_FUZZ_SEED=${SEED} to replay)`);
    const all = await inputs(rng(SEED));
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
    }
    const seconds = ((performance.now() - began) / 1000).toFixed(1);
    console.log(
      `import fuzz: ${all.length} inputs in ${seconds} s; slowest ${slowest.label} ${slowest.ms.toFixed(0)} ms; outcomes ${JSON.stringify(Object.fromEntries([...outcomes].sort((a, b) => b[1] - a[1])))}`,
    );
    expect(all.length).toBeGreaterThanOrEqual(2000);
    expect(failures.slice(0, 20)).toEqual([]);
  }, 120_000);
});
