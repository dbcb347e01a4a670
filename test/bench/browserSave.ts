import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { callApi } from '../e2e/support/app.ts';
import { CHROMIUM, hasChromium, launchBrowser } from '../e2e/support/chromium.ts';
import { ensureRenderer, rendererDist } from '../e2e/support/renderer.ts';
import { startAppProcess } from './appProcess.ts';
import { benchResolution } from './browser.ts';
import { clickInTheMiddle, installKeyProbe, KEY_MEASURE, keySamples, openLongDraft, UNPACED_ARGS } from './browserKeys.ts';
import { ms, percentile, printTable, spreadOf, type Row } from './stats.ts';

/**
 * Typing through an autosave (issue 15 §3): in the ~300-page resolution of browser.ts, in a Chromium
 * whose frames are not held to the 60 Hz beat (UNPACED_ARGS, as the "khung hình vẽ xong" rows), a
 * word is typed (a key every 30 ms), then a pause of 1.02–1.30 s (varied), longer than autosave's
 * 1 s wait, so the save has started when the next word's first key comes. Rows: keydown → frame
 * drawn for that first key after each pause (the key a person presses while the save runs), and the
 * longest main-thread task (PerformanceObserver 'longtask', ≥ 50 ms) that overlaps a save or a
 * format check on the wire (resource timing of `/api/save…` and `/api/check…`).
 */
const PAGES = 300;
/**
 * Words typed, so 30 first keys after a pause: their p95 rests on two keys (with 16 words it was
 * the largest of 15, one slow key from a wrong verdict either way).
 */
const WORDS = 31;
const WORD_LIST = ['tang', 'cuong', 'kiem', 'tra', 'giam', 'sat'];

type Task = { start: number; end: number };
type Probe = { __longTasks?: Task[] };

/** Installed in the page: every long task of the main thread, as it ends. */
function installLongTaskProbe(): void {
  const tasks: Task[] = [];
  (window as Probe).__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, end: e.startTime + e.duration });
  }).observe({ type: 'longtask' });
}

/** The pause after word `i`: 1.02–1.30 s, spread evenly but not in order (autosave waits 1 s after the last change). */
/** The shortest pause (SAVE_PAUSE_MS: 500 gives the control, the same typing with no save running). */
const PAUSE_FROM = Number(process.env['SAVE_PAUSE_MS'] ?? 1020);
const pauseAfter = (i: number): number => PAUSE_FROM + ((i * 7) % 15) * 20;
const seconds = (v: number): string => (v / 1000).toFixed(2).replace('.', ',');
/** How the rows name the pause. */
const PAUSE_NAME = `${seconds(PAUSE_FROM)}–${seconds(PAUSE_FROM + 280)} s${PAUSE_FROM > 1000 ? ' (đang tự động lưu)' : ' (chưa tới lúc tự động lưu)'}`;

/** Types WORDS words with a pause after each; returns the index (among all keys) of each first key after a pause. */
async function typeWithPauses(page: Page): Promise<{ typed: number; firstKeys: number[] }> {
  let typed = 0;
  const firstKeys: number[] = [];
  for (let i = 0; i < WORDS; i++) {
    const word = ` ${WORD_LIST[i % WORD_LIST.length] ?? 'a'}`;
    if (i > 0) firstKeys.push(typed);
    await page.keyboard.type(word, { delay: 30 });
    typed += word.length;
    await page.waitForTimeout(pauseAfter(i));
  }
  return { typed, firstKeys };
}

/** `busy`: the renderer main thread's busy time while typing (CDP Performance.getMetrics TaskDuration), in ms. */
export type SaveRun = {
  firstKeys: number[];
  allKeys: number[];
  longest: number;
  saves: number;
  longTasks: number[];
  busy: number;
  /** The app's own entries where it has them (soan-nq:save-collect, soan-nq:save-send): each save's reading of the editor and its sending. */
  collect: number[];
  sending: number[];
};

/**
 * One run against the UI in `staticDir` (dist/renderer unless told): a fresh app, its server in a
 * process of its own (appProcess.ts, as the desktop app's main process is), the long draft, typing with pauses.
 */
export async function typingThroughSaves(staticDir: string = rendererDist): Promise<SaveRun> {
  const app = await startAppProcess('soan-nq-bench-save-', staticDir);
  const browser = await launchBrowser({ viewport: { width: 1600, height: 1000 }, args: UNPACED_ARGS });
  try {
    const draft = await callApi(app.web, 'createNextYear', { orgId: 'HU-NHON-TRACH', year: 2025 });
    await callApi(app.web, 'saveDocument', { id: draft.id, content: benchResolution(PAGES), expectedVersion: draft.version });
    const { page } = browser;
    await openLongDraft(page, app, draft.id);
    await clickInTheMiddle(page);
    await page.keyboard.press('End');
    // Settle: the opening's own work (format check, spelling, layout) is done before we measure.
    await page.waitForTimeout(3000);
    await page.evaluate(installKeyProbe, KEY_MEASURE);
    await page.evaluate(installLongTaskProbe);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const taskTime = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN;
    const busyBefore = await taskTime();
    const t0 = await page.evaluate(() => performance.now());
    const { typed, firstKeys } = await typeWithPauses(page);
    await page
      .getByText(/^Đã lưu/)
      .first()
      .waitFor({ timeout: 30_000 });
    const busy = ((await taskTime()) - busyBefore) * 1000;
    const keys = await keySamples(page, typed);
    const { tasks, requests, collect, sending } = await page.evaluate((from) => {
      const wire = performance
        .getEntriesByType('resource')
        .filter((e) => /\/api\/(save|check)/.test(e.name) && e.startTime >= from)
        .map((e) => ({ start: e.startTime, end: (e as PerformanceResourceTiming).responseEnd }));
      const took = (name: string) => performance.getEntriesByName(name).map((e) => e.duration);
      return {
        tasks: (window as Probe).__longTasks ?? [],
        requests: wire,
        collect: took('soan-nq:save-collect'),
        sending: took('soan-nq:save-send'),
      };
    }, t0);
    const during = tasks.filter((t) => requests.some((r) => t.start <= r.end && t.end >= r.start));
    const longTasks = during.map((t) => t.end - t.start);
    return {
      firstKeys: firstKeys.map((i) => keys[i]?.drawn ?? Number.NaN),
      allKeys: keys.map((k) => k.drawn),
      longest: Math.max(0, ...longTasks),
      saves: requests.length,
      longTasks,
      busy,
      collect,
      sending,
    };
  } finally {
    await browser.close();
    await app.close();
  }
}

/** Each save's main-thread parts, as the app measures them: reading the editor, sending. */
function saveParts(run: SaveRun): string {
  const part = (name: string, v: number[]) =>
    v.length > 0 ? `${name} p50 ${ms(percentile(v, 50))}, tối đa ${ms(Math.max(...v))}` : `${name} —`;
  return `${part('đọc nội dung', run.collect)}; ${part('gửi', run.sending)}`;
}

function rowsOf(run: SaveRun, label = ''): Row[] {
  const keyRow = (name: string, samples: number[]): Row => {
    const p95 = percentile(samples, 95);
    return {
      case: name,
      runs: samples.length,
      p50: ms(percentile(samples, 50)),
      p95: ms(p95),
      spread: spreadOf(samples),
      goal: 'p95 < 16 ms',
      verdict: p95 < 16 ? 'đạt' : 'KHÔNG ĐẠT',
    };
  };
  return [
    keyRow(`${label}gõ phím đầu tiên sau khi nghỉ ${PAUSE_NAME} → khung vẽ xong (NQ ~${PAGES} trang)`, run.firstKeys),
    {
      case: `${label}  việc dài nhất của luồng chính trong lúc lưu và kiểm tra (${run.saves} lần gửi, ${run.longTasks.length} việc ≥ 50 ms)`,
      runs: run.longTasks.length,
      p50: run.longTasks.length > 0 ? ms(percentile(run.longTasks, 50)) : '—',
      p95: ms(run.longest),
      spread: run.longTasks.length > 1 ? spreadOf(run.longTasks) : '—',
      goal: 'không việc nào > 50 ms',
      verdict: run.longest <= 50 ? 'đạt' : 'KHÔNG ĐẠT',
    },
    {
      case: `${label}  thời gian luồng chính bận trong cả lượt gõ ${WORDS} từ (TaskDuration)`,
      runs: 1,
      p50: ms(run.busy),
      p95: '—',
      goal: '—',
      verdict: '—',
    },
  ];
}

/** The rows for `npm run bench`. */
export async function browserSaveRows(log: (line: string) => void = () => undefined): Promise<Row[]> {
  if (!hasChromium()) {
    return [{ case: 'gõ phím trong lúc lưu', runs: 0, p50: '—', p95: '—', goal: '—', verdict: `thiếu ${CHROMIUM}` }];
  }
  await ensureRenderer();
  const run = await typingThroughSaves();
  log(`Gõ qua các lần tự động lưu: ${run.saves} lần gửi lưu/kiểm tra; mọi phím p95 ${ms(percentile(run.allKeys, 95))}; ${saveParts(run)}.`);
  return rowsOf(run);
}

/**
 * `node test/bench/browserSave.ts [OTHER_DIST [rounds]]`: the rows for this tree's UI; with another
 * build (main's: `npx vite build --outDir DIR` there), both side by side, taking turns, with the load average.
 */
if (import.meta.main) {
  const [other, roundsArg] = process.argv.slice(2);
  if (!other) printTable(await browserSaveRows((line) => console.log(line)));
  else {
    await ensureRenderer();
    const table: Row[] = [];
    const load = () => loadavg()[0]?.toFixed(1) ?? '?';
    for (let round = 1; round <= Math.max(1, Number(roundsArg ?? 2)); round += 1) {
      for (const [name, dir] of [
        ['bản kia', resolve(other)],
        ['bản này', rendererDist],
      ] as const) {
        const before = load();
        const started = process.cpuUsage();
        const run = await typingThroughSaves(dir);
        const cpu = process.cpuUsage(started);
        const label = `${name} #${round} (tải ${before} → ${load()}, CPU node ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms) `;
        table.push(...rowsOf(run, label));
        console.log(`${label}: ${saveParts(run)}; mọi phím p95 ${ms(percentile(run.allKeys, 95))}`);
      }
    }
    printTable(table);
  }
}
