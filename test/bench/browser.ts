import type { CDPSession, Page } from 'playwright-core';
import type { Block, Resolution } from '../../electron/contract/model/index.ts';
import { formatNumberVi } from '../../electron/format/numbers.ts';
import { callApi, type WebAddress } from '../e2e/support/app.ts';
import { CHROMIUM, hasChromium, launchBrowser } from '../e2e/support/chromium.ts';
import { ensureRenderer, rendererDist } from '../e2e/support/renderer.ts';
import { startAppProcess } from './appProcess.ts';
import {
  clickInTheMiddle,
  frameInterval,
  HESITANT_GAPS_MS,
  installKeyProbe,
  KEY_MEASURE,
  keySamples,
  LAST_OPEN,
  openLongDraft,
  PACED_FLOOR_MS,
  typeWithGaps,
  typeWords,
  UNPACED_ARGS,
  type KeySample,
} from './browserKeys.ts';
import { underLoad } from './busyLoad.ts';
import { longResolution } from './longDocument.ts';
import { percentile, sampleRow, type Row } from './stats.ts';

/**
 * The browser rows of `npm run bench`, measured in Chromium against browser mode (the built UI
 * served by startWebServer on a fresh demo database), on a generated resolution of about 300 pages
 * as LibreOffice prints it (test/bench/longDocument.ts): opening it, from navigation start until
 * the body is interactive (its first screen editable; the goal) and until its last block is in the
 * page; keystroke latency while typing in it, a word at a time with a pause after each word (so
 * that the pages are laid out again between words, as when a person types); the time the page view
 * takes to lay the pages out again after those keystrokes; and the page's JavaScript heap.
 *
 * Keystroke latency, two ways (browserKeys.ts says how each is taken):
 * - "gõ phím → khung hình kế tiếp theo nhịp 60 Hz": keydown → the next animation frame, in Chromium
 *   as it ships. It includes the wait for the display's next beat (uniform over 0–16.7 ms), so even a
 *   page that does nothing has a p95 of ~15.9 ms here: shown for what it is, with no verdict.
 * - "gõ phím → khung hình vẽ xong, khung không chờ nhịp": keydown → the end of the frame that shows
 *   the key (its style, layout, paint), in a second Chromium whose frames run as soon as the main
 *   thread is free: the key's handling plus that frame's work, the goal's honest reading (p95 < 16 ms,
 *   one frame); then the same while LOAD_PROCESSES other processes keep the CPU busy; both on the
 *   ~300-page draft and on one of GOAL_PAGES pages.
 */
const PAGES = 300;
/**
 * The size the keystroke goal was set on (issue 15: "the 100-page keystroke p95 … goal 16"): its
 * rows type the same words, quiet and under load, in a draft of this many pages, beside the
 * 300-page rows, which keep the same goal as a harder case.
 */
const GOAL_PAGES = 100;
const OPEN_RUNS = 7;
const WORDS = 24;
/**
 * Words typed in each of the two runs with frames not held to the beat (quiet, then under load):
 * ~160 keys, so that the p95 rests on some eight keys (with 16 words, ~80 keys, it rested on four
 * and moved by 3–4 ms from run to run under load).
 */
const UNPACED_WORDS = 32;
/** Busy processes running while the second run types. */
const LOAD_PROCESSES = 2;
/** The pause after each typed word: longer than the page view's wait before it lays the pages out again (700 ms). */
const PAUSE_MS = 900;
/** Keys typed one by one with a hesitant typist's gaps (HESITANT_GAPS_MS): some land as the page layout or autosave starts. */
const HESITANT_KEYS = 40;
/** The last block of the long body: its arrival in the page means the whole body is there. */
const LAST_BLOCK = 'Khối cuối cùng của văn bản dài dùng để đo.';
/** The page view's performance entry for each layout of the pages (PageMarkers). */
const PAGINATE = 'soan-nq:paginate';
const MB = 1024 * 1024;

type Probe = { __firstScreen?: number; __openReady?: number };

/** The generated resolution of `pages` pages, its body ending with a paragraph we can recognise. */
export function benchResolution(pages: number): Resolution {
  const doc = longResolution(pages);
  const last: Block = { type: 'paragraph', runs: [{ type: 'text', text: LAST_BLOCK }] };
  return { ...doc, body: [...doc.body, last] };
}

/**
 * Installed before the app's own scripts on every navigation: notes when the body first becomes
 * editable (its first screen of blocks) and when the long body is all there (its last block in the page).
 */
function installOpenProbe(lastBlock: string): void {
  const probe = window as Probe;
  const observer = new MutationObserver(() => {
    const body = document.querySelector('[data-testid=body-editor]');
    if (!(body instanceof HTMLElement) || !body.isContentEditable || body.childElementCount === 0) return;
    probe.__firstScreen ??= performance.now();
    if (!(body.lastElementChild?.textContent ?? '').includes(lastBlock)) return;
    probe.__openReady = performance.now();
    observer.disconnect();
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['contenteditable'],
  });
}

/** One opening, in ms of the page's clock from navigation start: the first screen editable, and the whole body there. */
async function openOnce(page: Page, origin: string): Promise<{ firstScreen: number; ready: number }> {
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => (window as Probe).__openReady !== undefined, undefined, { timeout: 30_000 });
  return page.evaluate(() => ({
    firstScreen: (window as Probe).__firstScreen ?? Number.NaN,
    ready: (window as Probe).__openReady ?? Number.NaN,
  }));
}

/** The page's JavaScript heap in use (CDP Performance.getMetrics), in bytes; after a garbage collection when `gc`. */
async function heapUsed(cdp: CDPSession, gc = false): Promise<number> {
  if (gc) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
  if (used === undefined) throw new Error('Chromium không báo JSHeapUsedSize');
  return used;
}

/** Options for a side-by-side run (browserAgainst.ts): another build of the UI, and fewer openings when only typing is compared. */
export type BrowserBenchOptions = { staticDir?: string; openRuns?: number };

export async function browserRows(log: (line: string) => void = () => undefined, options: BrowserBenchOptions = {}): Promise<Row[]> {
  if (!hasChromium()) {
    return [
      { case: 'trình duyệt (Chromium)', runs: 0, p50: '—', p95: '—', goal: '—', verdict: `thiếu ${CHROMIUM} (apt-get install chromium)` },
    ];
  }
  if (!options.staticDir && (await ensureRenderer())) log('Đã dựng lại giao diện (dist/renderer).');
  // The server in a process of its own, as the desktop app's autosaves are off its window's thread: a save does not hold up the keys Playwright sends.
  const app = await startAppProcess('soan-nq-bench-browser-', options.staticDir ?? rendererDist);
  const browser = await launchBrowser({ viewport: { width: 1600, height: 1000 } });
  try {
    const { page } = browser;
    // The long document: next year's draft of Nhơn Trạch, its content replaced through the contract.
    const draft = await callApi(app.web, 'createNextYear', { orgId: 'HU-NHON-TRACH', year: 2025 });
    const content = benchResolution(PAGES);
    const saved = await callApi(app.web, 'saveDocument', { id: draft.id, content, expectedVersion: draft.version });
    const blocks = content.body.length;
    if (saved.content.body.length !== blocks) throw new Error(`Văn bản dài chỉ lưu được ${saved.content.body.length} khối`);

    // The page remembers the open document: every navigation to "/" opens it straight away.
    await page.goto(app.web.url);
    await page.getByTestId('home').waitFor();
    await page.evaluate(([key, id]) => sessionStorage.setItem(key, id), [LAST_OPEN, String(draft.id)] as const);
    await page.addInitScript(installOpenProbe, LAST_BLOCK);
    const origin = `http://127.0.0.1:${app.web.port}`;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');

    await openOnce(page, origin); // warm-up: the browser's caches, the store's pages
    const firstScreen: number[] = [];
    const ready: number[] = [];
    const heapAtOnce: number[] = [];
    const heap: number[] = [];
    for (let i = 0; i < (options.openRuns ?? OPEN_RUNS); i++) {
      const t = await openOnce(page, origin);
      firstScreen.push(t.firstScreen);
      ready.push(t.ready);
      heapAtOnce.push(await heapUsed(cdp));
      heap.push(await heapUsed(cdp, true));
    }
    // The page view has laid all the pages out once.
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid=page-count]')?.getAttribute('data-pages') ?? 0) > 200,
      undefined,
      {
        timeout: 60_000,
      },
    );
    const pages = await page.getByTestId('page-count').getAttribute('data-pages');
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    log(
      `Trình duyệt: văn bản ${blocks} khối, ${pages} trang, ${elements} phần tử HTML; mở (ms): ${ready.map((t) => t.toFixed(0)).join(', ')}; ` +
        `heap JS ngay khi mở (chưa dọn rác, còn rác của lần mở trước) p50 ${formatNumberVi(percentile(heapAtOnce, 50) / MB, 1)} MB.`,
    );

    // Typing in the middle of the long body, a key every 30 ms and a pause after each word, frames on the 60 Hz beat.
    await clickInTheMiddle(page);
    await page.keyboard.press('End');
    await page.evaluate(installKeyProbe, KEY_MEASURE);
    await page.evaluate((name) => performance.clearMeasures(name), PAGINATE);
    const keys = await keySamples(page, await typeWords(page, WORDS, PAUSE_MS));
    const layouts = await page.evaluate((name) => performance.getEntriesByName(name).map((e) => e.duration), PAGINATE);
    const info = (name: string, samples: number[]): Row => sampleRow(name, samples, '—', null);
    await browser.close();

    const drawn = await unpacedTyping(app, draft.id, log);
    const goalDraft = await callApi(app.web, 'createNextYear', { orgId: 'HU-NHON-TRACH', year: 2025 });
    await callApi(app.web, 'saveDocument', { id: goalDraft.id, content: benchResolution(GOAL_PAGES), expectedVersion: goalDraft.version });
    const atGoalSize = await unpacedTyping(app, goalDraft.id, () => undefined, { pages: GOAL_PAGES / 2, hesitant: false });
    /** A row of keys typed in a browser whose frame interval was `interval`: no verdict if its frames kept the beat. */
    const drawnRow = (name: string, samples: KeySample[], interval = drawn.interval): Row => {
      const r = sampleRow(
        name,
        samples.map((k) => k.drawn),
        'p95 < 16 ms',
        (_, p95) => p95 < 16,
      );
      return interval > 8 ? { ...r, verdict: `KHÔNG ĐO ĐƯỢC: khung vẫn theo nhịp (${interval.toFixed(1)} ms)` } : r;
    };

    return [
      sampleRow(
        `mở NQ ~${PAGES} trang (${blocks} khối) trong Chromium: điều hướng → soạn được`,
        firstScreen,
        'p50 < 1 s',
        (p50) => p50 < 1000,
      ),
      info('  và đến khi khối cuối đã hiện (phần sau nạp dần)', ready),
      {
        ...info(
          `gõ phím → khung hình kế tiếp theo nhịp 60 Hz, gồm chờ nhịp (NQ ~${PAGES} trang, ${keys.length} phím, nghỉ sau mỗi từ)`,
          keys.map((k) => k.frame),
        ),
        goal: `— (chỉ chờ nhịp đã p95 ≈ ${PACED_FLOOR_MS.toFixed(1).replace('.', ',')} ms)`,
      },
      info(
        '  trong đó: gõ phím → DOM đã đổi',
        keys.map((k) => k.dom),
      ),
      drawnRow(`gõ phím → khung hình vẽ xong, khung không chờ nhịp (NQ ~${PAGES} trang, ${drawn.quiet.length} phím)`, drawn.quiet),
      info(
        '  trong đó: gõ phím → khung bắt đầu (xử lý phím)',
        drawn.quiet.map((k) => k.frame),
      ),
      drawnRow(
        `  như trên (NQ ~${PAGES} trang), khi ${LOAD_PROCESSES} tiến trình khác chạy hết CPU (${drawn.loaded.length} phím)`,
        drawn.loaded,
      ),
      drawnRow(`  gõ ngập ngừng, nghỉ 0,18–1,1 s giữa các phím (${drawn.hesitant.length} phím)`, drawn.hesitant),
      drawnRow(
        `gõ phím → khung hình vẽ xong, khung không chờ nhịp (NQ ~${GOAL_PAGES} trang, ${atGoalSize.quiet.length} phím)`,
        atGoalSize.quiet,
        atGoalSize.interval,
      ),
      drawnRow(
        `  như trên (NQ ~${GOAL_PAGES} trang), khi ${LOAD_PROCESSES} tiến trình khác chạy hết CPU (${atGoalSize.loaded.length} phím)`,
        atGoalSize.loaded,
        atGoalSize.interval,
      ),
      sampleRow(
        `dàn lại ${pages} trang sau khi gõ (${layouts.length} lần, thời gian luồng chính)`,
        layouts,
        'p95 < 50 ms',
        (_, p95) => p95 < 50,
      ),
      sampleRow(
        `bộ nhớ JS của trang đã mở NQ ~${PAGES} trang, sau khi dọn rác (JSHeapUsedSize)`,
        heap,
        '< 150 MB',
        (_, p95) => p95 < 150 * MB,
        (v) => `${formatNumberVi(v / MB, 1)} MB`,
      ),
    ];
  } finally {
    await browser.close();
    await app.close();
  }
}

/**
 * The same typing in a second Chromium whose frames are not held to the 60 Hz beat (UNPACED_ARGS),
 * first on a quiet machine, then with LOAD_PROCESSES busy processes running, then (unless
 * `hesitant` is false) with a hesitant typist's gaps; `interval`: the frame interval of a changing
 * blank page in that browser, which shows the switches took effect. The draft is typed in once more
 * than `pages` pages of it are laid out.
 */
async function unpacedTyping(
  app: { web: WebAddress },
  draftId: number,
  log: (line: string) => void,
  { pages = 200, hesitant = true }: { pages?: number; hesitant?: boolean } = {},
): Promise<{ interval: number; quiet: KeySample[]; loaded: KeySample[]; hesitant: KeySample[] }> {
  const browser = await launchBrowser({ viewport: { width: 1600, height: 1000 }, args: UNPACED_ARGS });
  try {
    const { page } = browser;
    await page.goto(app.web.url);
    await page.getByTestId('home').waitFor();
    const interval = await frameInterval(page);
    log(`Khung không chờ nhịp (${UNPACED_ARGS.join(' ')}): khoảng cách khung p50 ${interval.toFixed(1)} ms trên trang trống có thay đổi.`);
    await openLongDraft(page, app, draftId, pages);
    await clickInTheMiddle(page);
    await page.keyboard.press('End');
    await page.evaluate(installKeyProbe, KEY_MEASURE);
    const quiet = await keySamples(page, await typeWords(page, UNPACED_WORDS, PAUSE_MS));
    await page.evaluate(() => (window as { __keys?: unknown[] }).__keys?.splice(0));
    const loaded = await underLoad(LOAD_PROCESSES, async () => keySamples(page, await typeWords(page, UNPACED_WORDS, PAUSE_MS)));
    await page.evaluate(() => (window as { __keys?: unknown[] }).__keys?.splice(0));
    if (!hesitant) return { interval, quiet, loaded, hesitant: [] };
    const gaps = await keySamples(page, await typeWithGaps(page, HESITANT_KEYS, HESITANT_GAPS_MS));
    return { interval, quiet, loaded, hesitant: gaps };
  } finally {
    await browser.close();
  }
}

if (import.meta.main) {
  const { printTable } = await import('./stats.ts');
  printTable(await browserRows((line) => console.log(line)));
}
