import { formatNumberVi } from '../../electron/format/numbers.ts';

/** Percentile of already-measured durations (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new RangeError('Không có mẫu đo');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** `spread`: the middle half of the runs (p25–p75), so a figure taken on a busy machine shows how far to trust it. */
export type Row = { case: string; runs: number; p50: string; p95: string; spread?: string; goal: string; verdict: string };

/** "12,3–15,8 ms": the interquartile range of the samples. */
export function spreadOf(samples: readonly number[], unit: (v: number) => string = ms): string {
  return samples.length < 2 ? '—' : `${unit(percentile(samples, 25)).replace(/ ms$/, '')}–${unit(percentile(samples, 75))}`;
}

/** Prints rows as a Markdown table (readable in a terminal and pasteable into a note). */
export function printTable(rows: readonly Row[]): void {
  const headers = ['case', 'runs', 'p50', 'p95', 'spread', 'goal', 'verdict'] as const;
  const cell = (r: Row, h: (typeof headers)[number]): string => String(r[h] ?? '—');
  const widths = headers.map((h) => Math.max(h.length, ...rows.map((r) => cell(r, h).length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(line(headers));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(headers.map((h) => cell(r, h))));
}

/**
 * One row of measured samples: p50, p95 and spread in `format` (ms by default), and the verdict of
 * `pass` on p50 and p95 ("đạt" / "KHÔNG ĐẠT"; null: a figure shown without a goal, "—").
 */
export function sampleRow(
  name: string,
  samples: readonly number[],
  goal: string,
  pass: ((p50: number, p95: number) => boolean) | null,
  format: (v: number) => string = ms,
): Row {
  const p50 = percentile(samples, 50);
  const p95 = percentile(samples, 95);
  return {
    case: name,
    runs: samples.length,
    p50: format(p50),
    p95: format(p95),
    spread: spreadOf(samples, format),
    goal,
    verdict: pass === null ? '—' : pass(p50, p95) ? 'đạt' : 'KHÔNG ĐẠT',
  };
}

/** "5,6 ms", "12,4 ms": a duration written the Vietnamese way (decimal comma), two decimals below 10 ms. */
export function ms(value: number): string {
  return `${formatNumberVi(value, value < 10 ? 2 : 1)} ms`;
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times, returning each duration in ms. */
export async function measure(fn: () => Promise<unknown> | unknown, warmup: number, runs: number): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}
