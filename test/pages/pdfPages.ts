import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A printed page's lines of text, from top to bottom, without the page number line at its head. */
function pageLines(text: string): string[] {
  const lines = text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '');
  return /^\d{1,3}$/.test(lines[0] ?? '') ? lines.slice(1) : lines;
}

/** Converts a .docx to PDF with LibreOffice (its own throwaway profile) and returns each page's lines (pdftotext); `keepAs` keeps the PDF. */
export async function libreOfficePages(docxPath: string, keepAs?: string): Promise<string[][]> {
  const work = mkdtempSync(join(tmpdir(), 'soan-nq-pages-'));
  try {
    await run(
      'soffice',
      [
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
        docxPath,
      ],
      { timeout: 180_000 },
    );
    const pdf = join(work, `${basename(docxPath).replace(/\.docx$/i, '')}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice không tạo được ${pdf}`);
    if (keepAs) copyFileSync(pdf, keepAs);
    return await pdfPages(pdf);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Each page's lines of a PDF (pdftotext -layout off: reading order). `raw`: in the order the PDF
 * draws them (Chromium draws a table row cell by cell, left to right, where reading order would
 * start with the highest line of a vertically centred header row).
 */
export async function pdfPages(pdfPath: string, options: { raw?: boolean } = {}): Promise<string[][]> {
  const out = join(mkdtempSync(join(tmpdir(), 'soan-nq-pdftext-')), 'out.txt');
  try {
    await run('pdftotext', ['-enc', 'UTF-8', ...(options.raw ? ['-raw'] : []), pdfPath, out], { timeout: 60_000 });
    const pages = readFileSync(out, 'utf8').split('\f');
    if (pages[pages.length - 1]?.trim() === '') pages.pop();
    return pages.map(pageLines);
  } finally {
    rmSync(join(out, '..'), { recursive: true, force: true });
  }
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().normalize('NFC');

/**
 * Whether the editor's first line of a page is the printed page's: the same characters from the
 * start (up to 30, spacing ignored; a table row's first cell is a line of its own in the PDF's
 * text). Page 1 starts with the two-column header, whose reading order differs between the two:
 * it matches when both are page 1.
 */
export function sameFirstLine(editorLine: string, printed: readonly string[], page: number): boolean {
  if (page === 1) return true;
  const a = norm(editorLine);
  const b = norm(printed[0] ?? '');
  const n = Math.min(30, a.length, b.length);
  return n >= 3 && a.slice(0, n) === b.slice(0, n);
}
