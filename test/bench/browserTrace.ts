import type { CDPSession } from 'playwright-core';
import { callApi, startApp } from '../e2e/support/app.ts';
import { launchBrowser } from '../e2e/support/chromium.ts';
import { ensureRenderer } from '../e2e/support/renderer.ts';
import { benchResolution, clickInTheMiddle } from './browser.ts';

/**
 * Where a keystroke's frame goes in Chromium, on the bench's 300-page resolution: types a few words
 * in the middle of the body (the mouse resting over the text, as after a click) under a CDP trace
 * (devtools.timeline, blink, cc) and prints, per keystroke, the main thread's time by trace event
 * (style, layout, hit test, pre-paint, paint, commit …): `node test/bench/browserTrace.ts [dist/renderer]`.
 */
type TraceEvent = { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: Record<string, unknown> };

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
const browser = await launchBrowser({ viewport: { width: 1600, height: 1000 } });
try {
  const { page } = browser;
  const draft = await callApi(app.web, 'createNextYear', { orgId: 'HU-NHON-TRACH', year: 2025 });
  await callApi(app.web, 'saveDocument', { id: draft.id, content: benchResolution(pages), expectedVersion: draft.version });
  await page.goto(app.web.url);
  await page.getByTestId('home').waitFor();
  await page.evaluate((id) => sessionStorage.setItem('soan-nq:last-open', id), String(draft.id));
  await page.goto(`http://127.0.0.1:${app.web.port}/`);
  const atLeast = Math.min(200, pages / 2);
  await page.waitForFunction(
    (n) => Number(document.querySelector('[data-testid=page-count]')?.getAttribute('data-pages') ?? 0) > n,
    atLeast,
    {
      timeout: 60_000,
    },
  );
  await clickInTheMiddle(page);
  await page.keyboard.press('End');
  if (process.env.EXP) await page.evaluate(process.env.EXP);
  await page.waitForTimeout(1500);
  await page.evaluate(() => {
    const keys: number[] = [];
    (window as unknown as { __keys: number[] }).__keys = keys;
    let pending: number | null = null;
    document.addEventListener('keydown', (e) => (pending = e.timeStamp), true);
    new MutationObserver(() => {
      if (pending === null) return;
      const start = pending;
      pending = null;
      requestAnimationFrame(() => keys.push(performance.now() - start));
    }).observe(document.querySelector('[data-testid=body-editor]') ?? document, { subtree: true, childList: true, characterData: true });
  });
  const cdp = await page.context().newCDPSession(page);
  let keys = 0;
  const events = await trace(cdp, async () => {
    for (const word of [' tang', ' cuong', ' kiem', ' tra']) {
      await page.keyboard.type(word, { delay: 30 });
      keys += word.length;
      await page.waitForTimeout(450);
    }
  });
  const frames = await page.evaluate(() => (window as unknown as { __keys: number[] }).__keys);
  console.log(`key → frame (ms): ${frames.map((f) => f.toFixed(1)).join(' ')}`);
  const main = events.find((e) => e.name === 'thread_name' && e.args?.['name'] === 'CrRendererMain');
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
