import { readFileSync } from 'node:fs';
import { resolutionSchema, type Resolution } from '../../electron/contract/model/resolution.ts';
import { renderDocx } from '../../electron/docx/pack.ts';
import { findProfile } from '../../electron/format/profiles/index.ts';
import { importResolution } from '../../electron/import/index.ts';
import { measure, ms, percentile, printTable, spreadOf, type Row } from './stats.ts';

/**
 * Importing a .docx of about 30 pages: the Nhơn Trạch export (19 pages) with its body repeated
 * to about 30 pages (32 with LibreOffice 7), read back into a validated model with confidences and
 * target links.
 * `node test/bench/import.ts` runs it alone; run.ts adds its row to the benchmark table.
 */

/** The Nhơn Trạch resolution with its body carried on to about 30 printed pages. */
export function thirtyPageDocument(): Resolution {
  const fixture = new URL('../fixtures/nhon-trach-2024-nq09-hu.json', import.meta.url);
  const doc = resolutionSchema.parse(JSON.parse(readFileSync(fixture, 'utf8')));
  const extra = doc.body.slice(0, Math.round(doc.body.length * 0.75));
  return { ...doc, body: [...doc.body, ...extra] };
}

export async function importRows(): Promise<Row[]> {
  const doc = thirtyPageDocument();
  const profile = findProfile(doc.profileId);
  if (!profile) throw new Error(`Không có thể thức ${doc.profileId}`);
  const bytes = await renderDocx(doc, profile);
  const check = importResolution(bytes);
  if (!check.ok) throw new Error(`Không nhập được tệp đo: ${check.error.message}`);
  const samples = await measure(() => importResolution(bytes), 5, 30);
  const p50 = percentile(samples, 50);
  return [
    {
      case: `nhập .docx ~30 trang (${Math.round(bytes.byteLength / 1024)} KB, ${check.value.model.body.length} khối)`,
      runs: samples.length,
      p50: ms(p50),
      p95: ms(percentile(samples, 95)),
      spread: spreadOf(samples),
      goal: 'p50 < 150 ms',
      verdict: p50 < 150 ? 'đạt' : 'KHÔNG ĐẠT',
    },
  ];
}

if (import.meta.main) {
  printTable(await importRows());
}
