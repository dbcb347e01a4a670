import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../electron/docx/pack.ts';
import { importResolution } from '../../electron/import/index.ts';
import { loadResolution, profileFor } from '../support/fixtures.ts';
import { requireTool } from '../support/tools.ts';
import { HEADER_FIELDS, scoreImport, type Score } from '../unit/import/helpers/score.ts';

/**
 * How well the importer reads the two seed resolutions, as text, as .docx made from the text by
 * LibreOffice, and as our own export: header fields right (of 7), targets found against the true
 * count, targets with the right name, unit and value, and body blocks equal to the true model.
 * The table is printed; the minimums below pin what the importer achieves.
 * Without LibreOffice the .docx-from-text rows are skipped on a developer machine and fail in CI.
 */

const SEEDS = ['duc-trong-2022-nq04-hu', 'nhon-trach-2024-nq09-hu'] as const;
const seedsDir = new URL('../../../shared/seeds/', import.meta.url);
const lo = requireTool('soffice');
const work = mkdtempSync(join(tmpdir(), 'soan-nq-import-'));

type Row = { seed: string; source: string; score: Score; blocksExact: number; blocksTrue: number };

function convertWithLibreOffice(): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  if (!lo) return out;
  const files = SEEDS.map((s) => {
    const target = join(work, `${s}.txt`);
    copyFileSync(new URL(`${s}.txt`, seedsDir), target);
    return target;
  });
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(join(work, 'lo-profile')).href}`,
      '--headless',
      '--convert-to',
      'docx:MS Word 2007 XML',
      '--outdir',
      work,
      ...files,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  for (const s of SEEDS) {
    const docx = join(work, `${s}.docx`);
    if (existsSync(docx)) out.set(s, new Uint8Array(readFileSync(docx)));
  }
  return out;
}

async function rows(): Promise<Row[]> {
  const converted = convertWithLibreOffice();
  const out: Row[] = [];
  for (const seed of SEEDS) {
    const truth = loadResolution(seed);
    const sources: [string, Uint8Array][] = [
      ['.txt', new Uint8Array(readFileSync(new URL(`${seed}.txt`, seedsDir)))],
      ...(converted.has(seed) ? [['.docx (LibreOffice)', converted.get(seed) ?? new Uint8Array()] as [string, Uint8Array]] : []),
      ['.docx (ứng dụng xuất)', await renderDocx(truth, profileFor(truth))],
    ];
    for (const [source, bytes] of sources) {
      const r = importResolution(bytes);
      if (!r.ok) throw new Error(`${seed} ${source}: ${r.error.message}`);
      const body = r.value.model.body;
      out.push({
        seed,
        source,
        score: scoreImport(r.value.model, truth),
        blocksExact: body.filter((b, i) => isDeepStrictEqual(b, truth.body[i])).length,
        blocksTrue: truth.body.length,
      });
    }
  }
  return out;
}

function printTable(all: readonly Row[]): void {
  const head = ['văn bản', 'nguồn', `phần đầu (/${HEADER_FIELDS.length})`, 'chỉ tiêu tìm thấy', 'chỉ tiêu đúng', 'khối nội dung đúng'];
  const lines = all.map((r) => [
    r.seed,
    r.source,
    `${r.score.headerRight}/${HEADER_FIELDS.length}`,
    `${r.score.targetsFound}/${r.score.targetsTrue}`,
    `${r.score.targetsRight}/${r.score.targetsTrue}`,
    `${r.blocksExact}/${r.blocksTrue}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: readonly string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log([fmt(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(fmt)].join('\n'));
  for (const r of all) for (const w of [...r.score.headerWrong, ...r.score.targetsWrong]) console.log(`  ${r.seed} ${r.source}: ${w}`);
}

describe('import accuracy on the seed resolutions', () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('reads every header field and every target of both seeds, from text, LibreOffice .docx and our export', async () => {
    const all = await rows();
    printTable(all);
    expect(all).toHaveLength(lo ? 6 : 4);
    for (const r of all) {
      const where = `${r.seed} ${r.source}`;
      expect(r.score.headerRight, where).toBe(7);
      expect(r.score.targetsFound, where).toBe(r.score.targetsTrue);
      expect(r.score.targetsRight, where).toBe(r.score.targetsTrue);
      // Pinned: every body block exact, except the bold mark of one part title in our own export.
      expect(r.blocksExact, where).toBeGreaterThanOrEqual(r.blocksTrue - (r.source.includes('ứng dụng') ? 1 : 0));
    }
  }, 180_000);
});
