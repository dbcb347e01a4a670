import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../electron/import/index.ts';
import { loadResolution } from '../support/fixtures.ts';
import { requireTool } from '../support/tools.ts';
import { expectOf, scoreAgainst, type Expect, type Scored } from './importKit.ts';

/**
 * The accuracy table of issue 12: the two seed resolutions and the eight real documents of
 * ../shared/corpus, each as .txt, as .docx made here by LibreOffice (text import) and by pandoc,
 * and as a PDF made here by LibreOffice: imported or not, header facts, targets found and right,
 * recipients, signature, copy block. Printed, then pinned below what it reaches today.
 */

const seedsDir = new URL('../../../shared/seeds/', import.meta.url);
const corpusDir = new URL('../../../shared/corpus/', import.meta.url);
const SEEDS = ['duc-trong-2022-nq04-hu', 'nhon-trach-2024-nq09-hu'];
const CORPUS = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.expect.json'))
  .map((f) => f.replace(/\.expect\.json$/, ''));
const tools = requireTool('soffice', 'pandoc');
const work = mkdtempSync(join(tmpdir(), 'soan-nq-formats-'));

type Row = { doc: string; seed: boolean; format: string; scored: Scored | null; error: string | null };

function convert(): void {
  const files = [
    ...SEEDS.map((s) => [new URL(`${s}.txt`, seedsDir), s] as const),
    ...CORPUS.map((c) => [new URL(`${c}.txt`, corpusDir), c] as const),
  ].map(([from, name]) => {
    const to = join(work, `${name}.txt`);
    copyFileSync(from, to);
    return to;
  });
  const profile = `-env:UserInstallation=${pathToFileURL(join(work, 'lo')).href}`;
  for (const target of ['docx:MS Word 2007 XML', 'pdf']) {
    execFileSync('soffice', [profile, '--headless', '--convert-to', target, '--outdir', work, ...files], {
      stdio: 'pipe',
      timeout: 240_000,
    });
  }
  // pandoc: every line its own paragraph (markdown needs an empty line between them), none of them empty in the .docx.
  for (const f of files) {
    const md = f.replace(/\.txt$/, '.md');
    writeFileSync(md, readFileSync(f, 'utf8').replace(/\n/g, '\n\n'));
    execFileSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', f.replace(/\.txt$/, '.pandoc.docx'), md], { timeout: 60_000 });
  }
}

async function rows(): Promise<Row[]> {
  convert();
  const out: Row[] = [];
  const all = [...SEEDS.map((s) => [s, true] as const), ...CORPUS.map((c) => [c, false] as const)];
  for (const [doc, seed] of all) {
    const exp: Expect = seed
      ? expectOf(loadResolution(doc))
      : (JSON.parse(readFileSync(new URL(`${doc}.expect.json`, corpusDir), 'utf8')) as Expect);
    for (const [format, ext] of [
      ['.txt', '.txt'],
      ['.docx LibreOffice', '.docx'],
      ['.docx pandoc', '.pandoc.docx'],
      ['PDF LibreOffice', '.pdf'],
    ] as const) {
      const path = join(work, `${doc}${ext}`);
      if (!existsSync(path)) {
        out.push({ doc, seed, format, scored: null, error: 'không chuyển được' });
        continue;
      }
      const r = await importDocument(new Uint8Array(readFileSync(path)), { fallbackYear: 2026 });
      out.push({ doc, seed, format, scored: r.ok ? scoreAgainst(exp, r.value) : null, error: r.ok ? null : r.error.message });
    }
  }
  return out;
}

function print(all: readonly Row[]): void {
  const yes = (b: boolean): string => (b ? '✓' : '✗');
  console.log('| văn bản | dạng | nhập | phần đầu | chỉ tiêu tìm thấy | chỉ tiêu đúng | nơi nhận | chữ ký | khối sao |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of all) {
    const s = r.scored;
    console.log(
      s
        ? `| ${r.doc} | ${r.format} | ✓ | ${s.header}/${s.headerOf} | ${s.targetsFound}/${s.targets} | ${s.targetsRight}/${s.targets} | ${yes(s.recipients)} | ${yes(s.signature)} | ${yes(s.copy)} |`
        : `| ${r.doc} | ${r.format} | ✗ ${r.error ?? ''} | | | | | | |`,
    );
  }
  for (const format of new Set(all.map((r) => r.format))) {
    for (const seed of [true, false]) {
      const rs = all.filter((r) => r.format === format && r.seed === seed);
      const sum = (f: (s: Scored) => number): number => rs.reduce((a, r) => a + (r.scored ? f(r.scored) : 0), 0);
      const targets = rs.reduce((a, r) => a + (r.scored?.targets ?? 0), 0);
      console.log(
        `${seed ? 'mẫu' : 'corpus'} ${format}: nhập ${rs.filter((r) => r.scored).length}/${rs.length}, phần đầu ${sum((s) => s.header)}/${sum((s) => s.headerOf)}, chỉ tiêu đúng ${sum((s) => s.targetsRight)}/${targets}, nơi nhận ${sum((s) => Number(s.recipients))}/${rs.length}, chữ ký ${sum((s) => Number(s.signature))}/${rs.length}`,
      );
    }
  }
}

describe.runIf(tools)('import accuracy over every format an office holds', () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('imports the seeds and the real documents as .txt, .docx (LibreOffice, pandoc) and PDF', async () => {
    const all = await rows();
    print(all);
    const corpus = all.filter((r) => !r.seed);
    // No refusal of a real party document, whatever its form.
    expect(corpus.filter((r) => !r.scored).map((r) => `${r.doc} ${r.format}: ${r.error ?? ''}`)).toEqual([]);
    const rate = (rs: readonly Row[]): number => {
      const t = rs.reduce((a, r) => a + (r.scored?.targets ?? 0), 0);
      return t === 0 ? 1 : rs.reduce((a, r) => a + (r.scored?.targetsRight ?? 0), 0) / t;
    };
    for (const format of ['.txt', '.docx LibreOffice', '.docx pandoc', 'PDF LibreOffice']) {
      const rs = all.filter((r) => r.format === format);
      expect(rate(rs.filter((r) => !r.seed)), `corpus ${format}`).toBeGreaterThanOrEqual(0.95);
      // The seeds in every form: every header fact and every target (the appendix table, flattened by pandoc and in a PDF, rebuilt).
      for (const r of rs.filter((x) => x.seed)) {
        expect(r.scored?.header, `${r.doc} ${format}`).toBe(r.scored?.headerOf);
        expect(r.scored?.targetsRight, `${r.doc} ${format}`).toBe(r.scored?.targets);
      }
      // Every document in every form: header, recipients, signature and copy block (a closing run together by pandoc,
      // a PDF's title rule, read since session 20).
      for (const r of rs) {
        const s = r.scored;
        expect([s?.header, s?.recipients, s?.signature, s?.copy], `${r.doc} ${format}`).toEqual([s?.headerOf, true, true, true]);
      }
    }
  }, 300_000);
});
