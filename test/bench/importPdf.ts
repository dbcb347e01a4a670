import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderDocx } from '../../electron/docx/pack.ts';
import { findProfile } from '../../electron/format/profiles/index.ts';
import { importDocument } from '../../electron/import/index.ts';
import { thirtyPageDocument } from './import.ts';
import { measure, ms, percentile, printTable, spreadOf, type Row } from './stats.ts';

/** The ~60-page PDF the row imports, made in `work` (LibreOffice prints our own .docx of the long document). */
export async function longPdf(work: string): Promise<Uint8Array> {
  const base = thirtyPageDocument();
  const doc = { ...base, body: [...base.body, ...base.body] };
  const profile = findProfile(doc.profileId);
  if (!profile) throw new Error(`Không có thể thức ${doc.profileId}`);
  writeFileSync(join(work, 'dai.docx'), await renderDocx(doc, profile));
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(join(work, 'lo')).href}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      join(work, 'dai.docx'),
    ],
    { stdio: 'pipe', timeout: 180_000 },
  );
  return new Uint8Array(readFileSync(join(work, 'dai.pdf')));
}

/**
 * Importing a PDF of about 60 pages (the ~30-page document with its body doubled, printed to PDF
 * by LibreOffice here): text layer read with pdf.js, lines and paragraphs, then the model.
 * `node test/bench/importPdf.ts` runs it alone; run.ts adds its row to the benchmark table;
 * `node test/bench/importPdfPair.ts <older tree>` sets it beside an older importer.
 */
export async function importPdfRows(): Promise<Row[]> {
  const work = mkdtempSync(join(tmpdir(), 'soan-nq-bench-pdf-'));
  try {
    const bytes = await longPdf(work);
    const pages = (new TextDecoder('latin1').decode(bytes).match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
    const check = await importDocument(bytes);
    if (!check.ok) throw new Error(`Không nhập được tệp đo: ${check.error.message}`);
    const samples = await measure(() => importDocument(bytes), 3, 15);
    const p50 = percentile(samples, 50);
    return [
      {
        case: `nhập PDF ${pages} trang (${Math.round(bytes.byteLength / 1024)} KB, ${check.value.model.body.length} khối)`,
        runs: samples.length,
        p50: ms(p50),
        p95: ms(percentile(samples, 95)),
        spread: spreadOf(samples),
        goal: 'p50 < 300 ms',
        verdict: p50 < 300 ? 'đạt' : 'KHÔNG ĐẠT',
      },
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  printTable(await importPdfRows());
}
