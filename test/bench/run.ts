import { readFileSync } from 'node:fs';
import { resolutionSchema } from '../../electron/contract/model/resolution.ts';
import { renderDocx } from '../../electron/docx/pack.ts';
import { findProfile } from '../../electron/format/profiles/index.ts';
import { importRows } from './import.ts';
import { importPdfRows } from './importPdf.ts';
import { measure, ms, percentile, printTable, spreadOf, type Row } from './stats.ts';
import { loadNote, startupRows } from './startup.ts';
import { storeRows } from './store.ts';
import { officeServerRows } from './officeServer.ts';

/**
 * npm run bench: in-process export of the Nhơn Trạch fixture (about 30 pages); whole processes
 * side by side (startup.ts): the command line's export against pandoc converting the same content,
 * `--help`, the main process up to its window, browser mode up to its home screen; the import of a ~30-page .docx
 * (import.ts); the desktop main thread's share of an autosave (editsThread.ts); then the store on a generated
 * database of 500 organizations x 10 years (store.ts, generate.ts); the office server under 20
 * clients (officeServer.ts).
 */
const fixture = new URL('../fixtures/nhon-trach-2024-nq09-hu.json', import.meta.url);
const doc = resolutionSchema.parse(JSON.parse(readFileSync(fixture, 'utf8')));
const profile = findProfile(doc.profileId);
if (!profile) throw new Error(`Không có thể thức ${doc.profileId}`);

const rows: Row[] = [];
const ours = await measure(() => renderDocx(doc, profile), 5, 30);
const oursP50 = percentile(ours, 50);
rows.push({
  case: 'xuất .docx Nhơn Trạch (trong tiến trình)',
  runs: ours.length,
  p50: ms(oursP50),
  p95: ms(percentile(ours, 95)),
  spread: spreadOf(ours),
  goal: 'p50 < 60 ms',
  verdict: oursP50 < 60 ? 'đạt' : 'KHÔNG ĐẠT',
});

rows.push(...(await startupRows((line) => console.log(line))));
rows.push(...(await importRows()));
rows.push(...(await importPdfRows()));
rows.push(...(await (await import('./browser.ts')).browserRows((line) => console.log(line))));
rows.push(...(await (await import('./browserSave.ts')).browserSaveRows((line) => console.log(line))));
rows.push(...(await (await import('./editsThread.ts')).editsThreadRows()));

// The office server under 20 clients (issue 17): 60 s, or BENCH_SERVER_SECONDS for a quick run.
const serverSeconds = Number(process.env['BENCH_SERVER_SECONDS'] ?? '60');
rows.push(...(await officeServerRows((line) => console.log(line), serverSeconds > 0 ? serverSeconds : 60)));

const store = await storeRows((line) => console.log(line));
rows.push(...store.rows);

console.log(`Node ${process.version}, ${new Date().toISOString()}, ${loadNote()}`);
printTable(rows);
console.log('');
for (const note of store.notes) console.log(note);
