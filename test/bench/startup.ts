import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { formatNumberVi } from '../../electron/format/numbers.ts';
import { buildBundle, MAIN_BUNDLE, WEB_BUNDLE } from '../../scripts/bundle.ts';
import { CHROMIUM, hasChromium, launchBrowser } from '../e2e/support/chromium.ts';
import { ensureRenderer } from '../e2e/support/renderer.ts';
import { projectRoot } from '../support/cli.ts';
import { loadResolution } from '../support/fixtures.ts';
import { resolutionToMarkdown } from './markdown.ts';
import { percentile, sampleRow, spreadOf, type Row } from './stats.ts';

/**
 * Whole processes, started the way a person starts them, measured side by side in one run (`--cli`: the
 * command line's rows only; `--against DIR`: another checkout's command line too, run by run): the
 * command line (`bin/soan-nq.mjs`, the package's bin) exporting the Nhơn Trạch fixture against
 * pandoc converting the same content, run alternately so both meet the same load; `soan-nq --help`;
 * the desktop app's main process up to the moment it asks for its window (its bundle with Electron
 * stubbed: bench/electronStub.ts; the database already there, as on every start but the first);
 * browser mode from starting its server to the home screen drawn in Chromium.
 */
const run = promisify(execFile);
const RUNS = 15;
const node = process.execPath;

async function wall(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** "0,42×": a ratio as the table prints it. */
const times = (v: number): string => `${formatNumberVi(v, 2)}×`;

/** One way to start `soan-nq`: this tree's bin, or another checkout's (`--against`). */
type Side = { name: string; bin: string };

/**
 * `soan-nq export` of the fixture through each side's bin, pandoc on the same content and `--help`,
 * taking turns run by run so that all meet the same load. The ratio's spread is that of the
 * run-by-run ratios (each export against the pandoc run beside it).
 */
async function cliRows(work: string, against?: string): Promise<Row[]> {
  const sides: Side[] = [
    ...(against ? [{ name: 'bản kia', bin: join(resolve(against), 'bin/soan-nq.mjs') }] : []),
    { name: against ? 'bản này' : '', bin: join(projectRoot, 'bin/soan-nq.mjs') },
  ];
  const fixture = join(projectRoot, 'test/fixtures/nhon-trach-2024-nq09-hu.json');
  const md = join(work, 'nhon-trach.md');
  writeFileSync(md, resolutionToMarkdown(loadResolution('nhon-trach-2024-nq09-hu')));
  const exportWith = (side: Side) => () => run(node, [side.bin, 'export', fixture, '-o', join(work, 'ung-dung.docx')]);
  const helpWith = (side: Side) => () => run(node, [side.bin, '--help']);
  const pandoc = () => run('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', join(work, 'pandoc.docx'), md]);
  for (const side of sides) {
    await exportWith(side)(); // builds the bundle if a source changed, and fills the compile cache
    await helpWith(side)();
  }
  let hasPandoc = true;
  await pandoc().catch(() => (hasPandoc = false));
  const a = sides.map(() => [] as number[]);
  const h = sides.map(() => [] as number[]);
  const b: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    for (const [k, side] of sides.entries()) a[k]?.push(await wall(exportWith(side)));
    if (hasPandoc) b.push(await wall(pandoc));
    for (const [k, side] of sides.entries()) h[k]?.push(await wall(helpWith(side)));
  }
  const rows: Row[] = [];
  const label = (side: Side, text: string) => (side.name ? `${side.name}: ${text}` : text);
  for (const [k, side] of sides.entries()) {
    const ours = a[k] ?? [];
    const pass = hasPandoc && percentile(ours, 50) <= percentile(b, 50) / 2;
    rows.push(sampleRow(label(side, 'soan-nq export Nhơn Trạch (cả tiến trình, bin)'), ours, '≤ ½ pandoc (p50)', () => pass));
    if (hasPandoc) {
      const ratio = percentile(ours, 50) / percentile(b, 50);
      const pairs = ours.map((t, i) => t / (b[i] ?? Number.NaN));
      rows.push({
        case: label(side, 'tỉ lệ soan-nq / pandoc (p50, cùng lượt; khoảng: từng cặp)'),
        runs: RUNS,
        p50: times(ratio),
        p95: '—',
        spread: spreadOf(pairs, times),
        goal: `≤ ${times(0.5)}`,
        verdict: ratio <= 0.5 ? 'đạt' : 'KHÔNG ĐẠT',
      });
    }
  }
  if (hasPandoc) rows.push(sampleRow('pandoc markdown -> docx, cùng nội dung (cả tiến trình)', b, '—', null));
  for (const [k, side] of sides.entries()) {
    const help = h[k] ?? [];
    rows.push(sampleRow(label(side, 'soan-nq --help (cả tiến trình, bin)'), help, 'p50 < 100 ms', (p50) => p50 < 100));
  }
  return rows;
}

/** The main process bundle with Electron stubbed, started RUNS times on a database made by its first start. */
async function mainRow(work: string): Promise<Row> {
  const dist = join(work, 'dist');
  await buildBundle(MAIN_BUNDLE, dist, {
    alias: { electron: join(projectRoot, 'test/bench/electronStub.ts') },
    external: ['better-sqlite3'],
  });
  const env = { ...process.env, SOAN_NQ_DB: join(work, 'du-lieu.sqlite') };
  const start = async (): Promise<number> => {
    const out = await run(node, [join(dist, MAIN_BUNDLE.launcher ?? MAIN_BUNDLE.out)], { env, encoding: 'utf8' });
    return (JSON.parse(out.stdout.trim().split('\n').at(-1) ?? '{}') as { windowAt: number }).windowAt;
  };
  await start(); // creates the database and loads the demo, as the first start does
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await start());
  return sampleRow('tiến trình chính: nạp gói + mở CSDL → tạo cửa sổ (không kể Electron)', samples, 'p50 < 300 ms', (p50) => p50 < 300);
}

/** `node dist/web/serve.mjs` started, its address read, the first screen drawn in an open Chromium. */
async function webRow(work: string): Promise<Row> {
  if (!hasChromium()) return { case: 'chế độ trình duyệt', runs: 0, p50: '—', p95: '—', goal: '—', verdict: `thiếu ${CHROMIUM}` };
  await ensureRenderer();
  const dist = join(projectRoot, 'dist');
  await buildBundle(WEB_BUNDLE, dist);
  const browser = await launchBrowser();
  const db = join(work, 'web.sqlite');
  const once = async (): Promise<number> => {
    const started = performance.now();
    const child = spawn(node, [join(dist, WEB_BUNDLE.out), '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let text = '';
        child.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          const found = /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(text);
          if (found?.[1]) resolve(found[1]);
        });
        child.once('exit', () => reject(new Error(`máy chủ dừng: ${text}`)));
      });
      await browser.page.goto(url);
      // The first screen drawn: home, or "Bạn là ai?" / the first start when the database asks for them.
      await browser.page.locator('[data-testid="home"], [data-testid="who-are-you"], [data-testid="first-start"]').first().waitFor();
      return performance.now() - started;
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  };
  try {
    await once(); // the first start creates the database
    const samples: number[] = [];
    for (let i = 0; i < 7; i++) samples.push(await once());
    return sampleRow('chế độ trình duyệt: khởi động máy chủ → màn hình đầu vẽ xong', samples, 'p50 < 1 s', (p50) => p50 < 1000);
  } finally {
    await browser.close();
  }
}

/** The command line's rows alone (`--cli`): the export beside pandoc, and --help. */
async function cliOnlyRows(log: (line: string) => void, against?: string): Promise<Row[]> {
  mkdirSync(join(projectRoot, '.tmp'), { recursive: true });
  const work = mkdtempSync(join(projectRoot, '.tmp', 'bench-startup-'));
  try {
    log('khởi động: dòng lệnh và pandoc…');
    return await cliRows(work, against);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** "tải máy 3,1 / 2,8 / 2,5 trên 2 lõi": how busy the machine was, printed with the table (figures from a busy machine are slower, pandoc's too). */
export function loadNote(): string {
  const [one, five, fifteen] = loadavg().map((v) => v.toFixed(1).replace('.', ','));
  return `tải máy (1/5/15 phút) ${one} / ${five} / ${fifteen} trên ${availableParallelism()} lõi`;
}

export async function startupRows(log: (line: string) => void = () => undefined, against?: string): Promise<Row[]> {
  mkdirSync(join(projectRoot, '.tmp'), { recursive: true });
  // Inside the project, so the bundles find better-sqlite3 in node_modules.
  const work = mkdtempSync(join(projectRoot, '.tmp', 'bench-startup-'));
  try {
    log('khởi động: dòng lệnh và pandoc…');
    const rows = await cliRows(work, against);
    log('khởi động: tiến trình chính…');
    rows.push(await mainRow(work));
    log('khởi động: chế độ trình duyệt…');
    rows.push(await webRow(work));
    return rows;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const { printTable } = await import('./stats.ts');
  // --against DIR: another checkout (say main: `git archive main | tar -x -C DIR`, its node_modules linked), side by side.
  const at = process.argv.indexOf('--against');
  const against = at > 0 ? process.argv[at + 1] : undefined;
  const cliOnly = process.argv.includes('--cli');
  const log = (line: string) => process.stdout.write(`${line}\n`);
  printTable(cliOnly ? await cliOnlyRows(log, against) : await startupRows(log, against));
  process.stdout.write(`${loadNote()}\n`);
}
