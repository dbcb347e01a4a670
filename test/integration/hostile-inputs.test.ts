import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { resolutionSchema } from '../../electron/contract/model/resolution.ts';
import { validate } from '../../electron/contract/validation.ts';
import { checkDocxBytes } from '../../electron/services/docxCheck/index.ts';
import { checkDocxOffThread, importOffThread, stopImportThreads } from '../../electron/services/importThread.ts';
import { renderDocx } from '../../electron/docx/pack.ts';
import { loadResolution, profileFor } from '../support/fixtures.ts';
import { fixturePath } from '../support/fixtures.ts';
import { projectRoot } from '../support/cli.ts';

/**
 * Issue 16, item 3 and 11: small hostile files that unfolded into gigabytes, a 40 MB paragraph
 * that overflowed the header's date regex, targets nested 1,000 deep. Every shape is read the way
 * the app reads it (in a worker thread) by a process limited to a 512 MB heap, whose main thread
 * keeps answering meanwhile.
 */
type Report = { rows: { label: string; outcome: string; ms: number }[]; maxLagMs: number; peakRssMb: number };

afterAll(() => stopImportThreads());

describe('hostile inputs', () => {
  it('are each refused or read within the time budget, under a 512 MB heap, the main thread answering', async () => {
    const out = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        ['--max-old-space-size=512', 'test/support/hostileProbe.ts'],
        { cwd: projectRoot, maxBuffer: 1 << 20, timeout: 240_000 },
        (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout)),
      ),
    );
    const report = JSON.parse(out) as Report;
    for (const row of report.rows) {
      expect(row.outcome, row.label).toMatch(/^(ok|TOO_LARGE|NOT_A_RESOLUTION)/);
      // 2 s on an idle machine; the bound leaves room for a loaded CI runner.
      expect(row.ms, row.label).toBeLessThan(8_000);
    }
    expect(report.rows.filter((r) => /^(docx-720k|txt-500k|txt-40MB|docx-2M)/.test(r.label)).map((r) => r.outcome.slice(0, 9))).toEqual(
      Array(4).fill('TOO_LARGE'),
    );
    expect(report.maxLagMs).toBeLessThan(1_000);
    process.stdout.write(`hostile inputs: ${JSON.stringify(report)}\n`);
  }, 300_000);

  it('a reading thread that runs out of time is stopped with a message, not a frozen app', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../../shared/seeds/nhon-trach-2024-nq09-hu.txt', import.meta.url)));
    const reply = await importOffThread({ bytes, known: [], original: false }, 1);
    expect(reply.read.ok).toBe(false);
    if (!reply.read.ok) expect(reply.read.error.details?.join(' ')).toContain('tệp quá phức tạp');
  });

  it('checks a .docx in a reading thread too: the same findings as on the main thread, and the same time limit', async () => {
    const doc = loadResolution('nhon-trach-2024-nq09-hu');
    const bytes = await renderDocx(doc, profileFor(doc));
    const here = checkDocxBytes(bytes, null, '2026-12-06');
    const there = await checkDocxOffThread(bytes, null, '2026-12-06');
    expect(there.ok && here.ok).toBe(true);
    if (there.ok && here.ok) expect(there.value.findings).toEqual(here.value.findings);
    const late = await checkDocxOffThread(bytes, null, '2026-12-06', 1);
    expect(late.ok).toBe(false);
    if (!late.ok) expect(late.error.details?.join(' ')).toContain('tệp quá phức tạp');
  });

  it('refuses targets nested 1,000 deep with a message instead of overflowing the stack', () => {
    const raw = JSON.parse(readFileSync(fixturePath('sample-minimal'), 'utf8')) as { targets: unknown[] };
    let node: { key: string; name: string; children: unknown[] } = { key: 'a', name: 'A', children: [] };
    const root = node;
    for (let i = 0; i < 1000; i++) {
      const next = { key: `a${i}`, name: 'A', children: [] };
      node.children.push(next);
      node = next;
    }
    raw.targets = [root];
    const checked = validate(resolutionSchema, raw, 'Văn bản');
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error.details?.join(' ')).toContain('lồng quá sâu');
  });
});
