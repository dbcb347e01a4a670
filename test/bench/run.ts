import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolutionSchema } from '../../electron/contract/model/resolution.ts';
import { renderDocx } from '../../electron/docx/pack.ts';
import { findProfile } from '../../electron/format/profiles/index.ts';
import { resolutionToMarkdown } from './markdown.ts';
import { importRows } from './import.ts';
import { importPdfRows } from './importPdf.ts';
import { measure, ms, percentile, printTable, type Row } from './stats.ts';
import { storeRows } from './store.ts';

/**
 * npm run bench: in-process export of the Nhơn Trạch fixture (about 30 pages) against pandoc
 * converting the same content from Markdown, in the same run; the import of a ~30-page .docx
 * (import.ts); then the store on a generated
 * database of 500 organizations x 10 years (store.ts, generate.ts).
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
  goal: 'p50 < 60 ms',
  verdict: oursP50 < 60 ? 'đạt' : 'KHÔNG ĐẠT',
});

const dir = mkdtempSync(join(tmpdir(), 'soan-nq-bench-'));
try {
  let pandocAvailable = true;
  try {
    execFileSync('pandoc', ['--version'], { stdio: 'ignore' });
  } catch {
    pandocAvailable = false;
  }
  if (pandocAvailable) {
    const md = join(dir, 'in.md');
    writeFileSync(md, resolutionToMarkdown(doc));
    const out = join(dir, 'out.docx');
    const pandoc = await measure(() => execFileSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', out, md]), 1, 20);
    const pandocP50 = percentile(pandoc, 50);
    const ratio = pandocP50 / oursP50;
    rows.push({
      case: 'pandoc markdown -> docx, cùng nội dung',
      runs: pandoc.length,
      p50: ms(pandocP50),
      p95: ms(percentile(pandoc, 95)),
      goal: '—',
      verdict: '—',
    });
    rows.push({
      case: 'tỉ lệ pandoc / ứng dụng (p50)',
      runs: pandoc.length,
      p50: `${ratio.toFixed(1)}x`,
      p95: '—',
      goal: '≥ 10x',
      verdict: ratio >= 10 ? 'đạt' : 'KHÔNG ĐẠT',
    });
  } else {
    rows.push({
      case: 'pandoc markdown -> docx',
      runs: 0,
      p50: '—',
      p95: '—',
      goal: '—',
      verdict: 'thiếu pandoc (apt-get install pandoc)',
    });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

rows.push(...(await importRows()));
rows.push(...(await importPdfRows()));
rows.push(...(await (await import('./browser.ts')).browserRows((line) => console.log(line))));

const store = await storeRows((line) => console.log(line));
rows.push(...store.rows);

console.log(`Node ${process.version}, ${new Date().toISOString()}`);
printTable(rows);
console.log('');
for (const note of store.notes) console.log(note);
