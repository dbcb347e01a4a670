import type { CDPSession } from 'playwright-core';
import { callApi, startApp } from '../e2e/support/app.ts';
import { launchBrowser } from '../e2e/support/chromium.ts';
import { ensureRenderer } from '../e2e/support/renderer.ts';
import { benchResolution } from './browser.ts';
import { percentile } from './stats.ts';
import { underLoad } from './busyLoad.ts';
import {
  clickInTheMiddle,
  HESITANT_GAPS_MS,
  installKeyProbe,
  KEY_MEASURE,
  keySamples,
  openLongDraft,
  typeWithGaps,
  UNPACED_ARGS,
} from './browserKeys.ts';

/**
 * Where a keystroke's frame goes in Chromium, on the bench's 300-page resolution: types a few words
 * in the middle of the body (the mouse resting over the text, as after a click) under a CDP trace
 * (devtools.timeline, blink, cc) and prints, per keystroke, the main thread's time by trace event
 * (style, layout, hit test, pre-paint, paint, commit …): `node test/bench/browserTrace.ts [dist/renderer]`.
 * With `UNPACED=1`, frames are not held to the 60 Hz beat (as in the bench's "khung hình vẽ xong"
 * rows) and each key's figure (keydown → its frame drawn) is laid beside the trace: the main thread's
 * tasks in that span, split into the key's handling (the tasks before the frame) and the frame's own
 * task, and what is left (the main thread idle or waiting), which should be near zero.
 * Also: `LOAD=n` types while n busy processes run (busyLoad.ts); `WORDS=n` words (4); `EXP=js`
 * evaluated in the page before typing and `EXP_AFTER=js` after, results printed (to try a change
 * in place: hide something, count elements); `TRACE_OUT=f.json` keeps the trace, `TRACE_MORE=cat,…`
 * adds trace categories; `PROFILE_OUT=f.cpuprofile` samples the page's JavaScript while typing;
 * `KEY_GAP=ms` (and `KEYS=n`) types single keys that far apart instead of words (`HESITANT=1`: a hesitant typist's gaps); `LAYERS=1` lists the
 * compositor's layers before typing.
 */
type TraceEvent = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tid: number;
  pid: number;
  args?: Record<string, unknown>;
};

async function trace(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'blink',
        'cc',
        'viz',
        'disabled-by-default-devtools.timeline',
        'blink.user_timing',
        'toplevel',
        ...(process.env.TRACE_MORE ? process.env.TRACE_MORE.split(',') : []),
      ],
    },
  });
  await during();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

const [dir] = process.argv.slice(2);
const pages = Number(process.env['PAGES'] ?? 300);
if (!dir) await ensureRenderer();
const app = await startApp('soan-nq-bench-trace-', dir ? { staticDir: dir } : {});
const unpaced = Boolean(process.env['UNPACED']);
/** With `KEY_GAP=ms`, single keys are typed that far apart (and 10–40 ms more), e.g. just past the page view's wait before it lays the pages out (700 ms); with `HESITANT=1`, with HESITANT_GAPS_MS between them. */
const keyGap = Number(process.env['KEY_GAP'] ?? 0);
const keyGapKeys = Number(process.env['KEYS'] ?? 30);
/** With `LOAD=n`, the keys are typed while n busy processes keep the CPU busy (as the bench's loaded row). */
const load = Number(process.env['LOAD'] ?? 0);
const words = Array.from({ length: Number(process.env['WORDS'] ?? 4) }, (_, i) => [' tang', ' cuong', ' kiem', ' tra'][i % 4] ?? ' a');
const browser = await launchBrowser({ viewport: { width: 1600, height: 1000 }, args: unpaced ? UNPACED_ARGS : [] });
try {
  const { page } = browser;
  const draft = await callApi(app.web, 'createNextYear', { orgId: 'HU-NHON-TRACH', year: 2025 });
  await callApi(app.web, 'saveDocument', { id: draft.id, content: benchResolution(pages), expectedVersion: draft.version });
  await openLongDraft(page, app, draft.id, Math.min(200, pages / 2));
  await clickInTheMiddle(page);
  await page.keyboard.press('End');
  if (process.env.EXP) console.log('EXP:', await page.evaluate(process.env.EXP));
  await page.waitForTimeout(1500);
  await page.evaluate(installKeyProbe, KEY_MEASURE);
  const cdp = await page.context().newCDPSession(page);
  if (process.env['LAYERS']) await printLayers(cdp);
  let keys = 0;
  const typing = async (): Promise<void> => {
    if (keyGap > 0) {
      keys += await typeWithGaps(
        page,
        keyGapKeys,
        [0, 10, 20, 30, 40].map((d) => keyGap + d),
      );
      return;
    }
    if (process.env['HESITANT']) {
      keys += await typeWithGaps(page, keyGapKeys, HESITANT_GAPS_MS);
      return;
    }
    for (const word of words) {
      await page.keyboard.type(word, { delay: 30 });
      keys += word.length;
      // As the bench's words: a pause longer than the page view's wait (700 ms), so the pages are laid out in each.
      await page.waitForTimeout(900);
    }
  };
  // With `PROFILE_OUT=file.cpuprofile`, the page's JavaScript is also sampled while typing (CDP Profiler, 100 µs).
  const profileOut = process.env['PROFILE_OUT'];
  if (profileOut) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  const events = await trace(cdp, async () => (load > 0 ? underLoad(load, typing) : typing()));
  if (profileOut) {
    const { profile } = await cdp.send('Profiler.stop');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(profileOut, JSON.stringify(profile));
  }
  const samples = await keySamples(page, keys);
  if (process.env.EXP_AFTER) console.log('EXP_AFTER:', await page.evaluate(process.env.EXP_AFTER));
  console.log(`key → frame began (ms): ${samples.map((k) => k.frame.toFixed(1)).join(' ')}`);
  console.log(`key → frame drawn (ms): ${samples.map((k) => k.drawn.toFixed(1)).join(' ')}`);
  const main = events.find((e) => e.name === 'thread_name' && e.args?.['name'] === 'CrRendererMain');
  if (unpaced) printDecomposition(events, main);
  const mine = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
  const total = new Map<string, { dur: number; n: number; max: number }>();
  for (const e of mine) {
    const t = total.get(e.name) ?? { dur: 0, n: 0, max: 0 };
    t.dur += e.dur ?? 0;
    t.n += 1;
    t.max = Math.max(t.max, e.dur ?? 0);
    total.set(e.name, t);
  }
  const rows = [...total.entries()].sort((a, b) => b[1].dur - a[1].dur).slice(0, 45);
  console.log(`${keys} keys; main-thread time by event (ms per key, count, max ms):`);
  for (const [name, t] of rows) {
    console.log(
      `${(t.dur / 1000 / keys).toFixed(2).padStart(8)}  ${String(t.n).padStart(5)}  ${(t.max / 1000).toFixed(1).padStart(6)}  ${name}`,
    );
  }
  if (process.env.TRACE_OUT) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(process.env.TRACE_OUT, JSON.stringify({ traceEvents: events }));
  }
} finally {
  await browser.close();
  await app.close();
}

type Task = { start: number; end: number; cpu: number; frame: boolean };

/** The main thread's top-level tasks, as [start, end] in trace µs with their CPU (thread) time, and whether each ran a frame. */
function mainTasks(events: TraceEvent[], main: TraceEvent): Task[] {
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
  const tasks = onMain
    .filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask')
    .map((e): Task => ({ start: e.ts, end: e.ts + (e.dur ?? 0), cpu: e.tdur ?? e.dur ?? 0, frame: false }))
    .sort((a, b) => a.start - b.start);
  const top: typeof tasks = [];
  for (const t of tasks) if (!top.some((o) => o.start <= t.start && t.end <= o.end)) top.push(t);
  for (const e of onMain.filter((x) => x.name.endsWith('BeginMainFrame'))) {
    const task = top.find((t) => t.start <= e.ts && e.ts < t.end);
    if (task) task.frame = true;
  }
  return top;
}

/**
 * Per key: its figure (the KEY_MEASURE span), the main thread's busy time in it before the frame
 * (handling) and in the frame's task (up to the span's end), and the rest (idle): figure = handling + frame + idle.
 * Then the same tasks' CPU (thread) time, which a busy machine does not inflate, and the raster
 * workers' CPU until the next key (the tiles the key's frame repainted): medians, to compare builds.
 */
function printDecomposition(events: TraceEvent[], main: TraceEvent | undefined): void {
  if (!main) return;
  const tasks = mainTasks(events, main);
  const marks = events.filter((e) => e.name === KEY_MEASURE && (e.ph === 'b' || e.ph === 'e'));
  const begins = marks.filter((e) => e.ph === 'b').sort((a, b) => a.ts - b.ts);
  const ends = marks.filter((e) => e.ph === 'e').sort((a, b) => a.ts - b.ts);
  const rasters = events.filter((e) => e.name === 'RasterTask' && e.ph === 'X');
  console.log('figure = handling (its CPU) + frame (its CPU) + idle (ms), per key:');
  const rows: string[] = [];
  const cpu = { handling: [] as number[], frame: [] as number[], raster: [] as number[], tiles: [] as number[] };
  begins.forEach((b, i) => {
    const end = ends[i]?.ts;
    if (end === undefined) return;
    let handling = 0;
    let frame = 0;
    let cpuHandling = 0;
    let cpuFrame = 0;
    for (const t of tasks) {
      const overlap = Math.max(0, Math.min(t.end, end) - Math.max(t.start, b.ts));
      if (overlap > 0 && t.frame) cpuFrame += t.cpu;
      else if (overlap > 0) cpuHandling += t.cpu;
      if (t.frame && t.start < end && t.end > b.ts) frame += overlap;
      else handling += overlap;
    }
    const next = begins[i + 1]?.ts ?? end + 50_000;
    const raster = rasters.filter((e) => e.ts >= b.ts && e.ts < next);
    cpu.handling.push(cpuHandling / 1000);
    cpu.frame.push(cpuFrame / 1000);
    cpu.raster.push(raster.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000);
    cpu.tiles.push(raster.length);
    const figure = (end - b.ts) / 1000;
    rows.push(
      `${figure.toFixed(1)} = ${(handling / 1000).toFixed(1)} (CPU ${(cpuHandling / 1000).toFixed(1)}) + ${(frame / 1000).toFixed(1)} (CPU ${(cpuFrame / 1000).toFixed(1)}) + ${(figure - (handling + frame) / 1000).toFixed(1)}`,
    );
  });
  console.log(rows.join('\n'));
  const median = (v: number[]) => (v.length === 0 ? Number.NaN : percentile(v, 50)).toFixed(2);
  console.log(
    `CPU per key (median, ms): handling ${median(cpu.handling)}, frame ${median(cpu.frame)}; raster ${median(cpu.raster)} (${median(cpu.tiles)} tiles)`,
  );
}

type Layer = {
  layerId: string;
  parentLayerId?: string;
  backendNodeId?: number;
  width: number;
  height: number;
  drawsContent: boolean;
  paintCount: number;
};

/** With `LAYERS=1`: the compositor's layers before typing (how many, and the largest that draw), each with the element it is for. */
async function printLayers(cdp: CDPSession): Promise<void> {
  const changed = new Promise<Layer[]>((resolve) => cdp.once('LayerTree.layerTreeDidChange', (e) => resolve((e.layers ?? []) as Layer[])));
  await cdp.send('DOM.enable');
  await cdp.send('DOM.getDocument', { depth: -1 });
  await cdp.send('LayerTree.enable');
  const layers = await changed;
  const drawing = layers.filter((l) => l.drawsContent);
  console.log(`layers: ${layers.length}, drawing content: ${drawing.length}`);
  for (const l of [...layers].sort((a, b) => b.width * b.height - a.width * a.height).slice(0, 25)) {
    let what = '';
    if (l.backendNodeId) {
      const { nodeIds } = await cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [l.backendNodeId] });
      const id = nodeIds[0];
      if (id) {
        const { node } = await cdp.send('DOM.describeNode', { nodeId: id });
        what = `${node.nodeName.toLowerCase()}${(node.attributes ?? []).join(' ').slice(0, 80)}`;
      }
    }
    console.log(`  ${l.drawsContent ? 'draws' : '     '} ${l.width}x${l.height} paints ${l.paintCount} ${what}`);
  }
  await cdp.send('LayerTree.disable');
}
