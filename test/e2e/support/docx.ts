import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import JSZip from 'jszip';

const run = promisify(execFile);

/** word/document.xml of a .docx. */
export async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file('word/document.xml');
  if (!part) throw new Error('Tệp .docx không có word/document.xml');
  return part.async('string');
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-fA-F]+));/g, (_, name: string, dec?: string, hex?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' }[name] ?? '';
  });
}

/** The text of a piece of WordprocessingML as Word shows it: w:t runs joined, tabs as \t, breaks as \n. */
export function textOf(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br(?:\s[^>]*)?\/>/g)) {
    if (m[1] !== undefined) out += unescapeXml(m[1]);
    else out += m[0].startsWith('<w:tab') ? '\t' : '\n';
  }
  return out;
}

/** Every paragraph's text, in order (paragraphs inside table cells included). */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>/g)].map((m) => textOf(m[0]));
}

/** Every table row, as its cells' texts (a cell's paragraphs joined by \n). */
export function tableRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr[\s>][\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc[\s>][\s\S]*?<\/w:tc>/g)].map((cell) => paragraphTexts(cell[0]).join('\n')),
  );
}

/** How many times `needle` occurs in `haystack` (non-overlapping). */
export function occurrences(haystack: string, needle: string): number {
  return needle === '' ? 0 : haystack.split(needle).length - 1;
}

/**
 * Page 1 of a .docx as LibreOffice prints it, as a PNG at `dpi`: soffice converts to PDF with its
 * own throwaway profile, pdftoppm renders the first page. Returns the PNG's path (`pngPath`).
 */
export async function renderFirstPage(docxPath: string, pngPath: string, dpi = 70): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), 'soan-nq-render-'));
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
      { timeout: 120_000 },
    );
    const pdf = join(work, `${basename(docxPath).replace(/\.docx$/i, '')}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice không tạo được ${pdf}`);
    await run('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdf, pngPath.replace(/\.png$/i, '')], {
      timeout: 60_000,
    });
    if (!existsSync(pngPath)) throw new Error(`pdftoppm không tạo được ${pngPath}`);
    return pngPath;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
