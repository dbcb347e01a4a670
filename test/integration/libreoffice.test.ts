import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Resolution } from '../../electron/contract/model/resolution.ts';
import { renderDocx } from '../../electron/docx/index.ts';
import { placeDateText } from '../../electron/format/printed.ts';
import { inlineText } from '../../electron/docx/inline.ts';
import { formatDocNumber } from '../../electron/format/docNumber.ts';
import { FIXTURES, hasFixture, loadResolution, profileFor, type FixtureName } from '../support/fixtures.ts';
import { requireTool } from '../support/tools.ts';

/**
 * The exported .docx opened by LibreOffice (headless, its own throw-away user profile) and
 * printed to PDF: the text must come out in reading order and the page count must be plausible.
 * Skipped when soffice/pdftotext/pdfinfo are missing, except in CI where that is a failure.
 * The PDFs are kept in test-artifacts/libreoffice/ for a human look.
 */

const ready = requireTool('soffice', 'pdftotext', 'pdfinfo');
const artifacts = fileURLToPath(new URL('../../test-artifacts/libreoffice/', import.meta.url));

/** Pages measured with LibreOffice 7.4 + Liberation Serif (DT 11, NT 19, sample 4), with room either side. */
const PAGE_RANGE: Record<FixtureName, [number, number]> = {
  'sample-minimal': [3, 5],
  'duc-trong-2022-nq04-hu': [9, 13],
  'nhon-trach-2024-nq09-hu': [16, 24],
};

const norm = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const words = (s: string): string[] => norm(s).split(' ');

/** Texts that must appear in this order in the PDF: header, title, body's first and last lines, closing, appendix. */
function expectedOrder(doc: Resolution, profile: ReturnType<typeof profileFor>): string[] {
  const textBlocks = doc.body.filter((b) => b.type === 'paragraph' || b.type === 'bullet');
  const first = textBlocks[0];
  const last = textBlocks[textBlocks.length - 1];
  return [
    profile.header.partyTitle.text,
    doc.header.issuingBody.toLocaleUpperCase('vi'),
    formatDocNumber(doc.header.number, profile.numbering),
    placeDateText(doc),
    doc.title.documentType.toLocaleUpperCase('vi'),
    ...(first ? [words(inlineText(first.runs)).slice(0, 6).join(' ')] : []),
    ...(last ? [words(inlineText(last.runs)).slice(-4).join(' ')] : []),
    profile.recipients.label.text,
    doc.signature.name,
    ...(doc.appendix.include && doc.appendix.title ? [doc.appendix.title] : []),
  ].map(norm);
}

describe.skipIf(!ready)('LibreOffice renders the export', () => {
  const work = mkdtempSync(join(tmpdir(), 'soan-nq-lo-'));
  const present = FIXTURES.filter(hasFixture);
  const pdf = (name: string): string => join(work, `${name}.pdf`);

  beforeAll(async () => {
    for (const name of present) {
      const doc = loadResolution(name);
      writeFileSync(join(work, `${name}.docx`), await renderDocx(doc, profileFor(doc)));
    }
    const profileDir = pathToFileURL(join(work, 'lo-profile')).href;
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${profileDir}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        ...present.map((n) => join(work, `${n}.docx`)),
      ],
      { stdio: 'pipe', timeout: 170_000 },
    );
    mkdirSync(artifacts, { recursive: true });
    for (const name of present) if (existsSync(pdf(name))) copyFileSync(pdf(name), join(artifacts, `${name}.pdf`));
  }, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const pdfText = (name: string, page?: number): string =>
    execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', pdf(name), '-'], { encoding: 'utf8' });
  const pdfInfo = (name: string, page?: number): string =>
    execFileSync('pdfinfo', [...(page ? ['-f', String(page), '-l', String(page)] : []), pdf(name)], { encoding: 'utf8' });
  const pageCount = (name: string): number => Number(/^Pages:\s+(\d+)/m.exec(pdfInfo(name))?.[1] ?? 0);

  describe.each(present)('%s', (name) => {
    it('converts to PDF', () => {
      expect(existsSync(pdf(name))).toBe(true);
    });

    it('prints the document in reading order', () => {
      const doc = loadResolution(name);
      const text = norm(pdfText(name));
      let from = 0;
      for (const needle of expectedOrder(doc, profileFor(doc))) {
        const at = text.indexOf(needle, from);
        expect(at, `"${needle}" không thấy sau vị trí ${from}`).toBeGreaterThanOrEqual(0);
        from = at + needle.length;
      }
    });

    it('has a plausible number of pages', () => {
      const [min, max] = PAGE_RANGE[name];
      const pages = pageCount(name);
      expect(pages).toBeGreaterThanOrEqual(min);
      expect(pages).toBeLessThanOrEqual(max);
    });

    it('numbers pages from 2, at the top', () => {
      expect(pdfText(name, 1).trim().split('\n')[0]).not.toMatch(/^\s*\d+\s*$/);
      expect(pdfText(name, 2).trim().split('\n')[0]?.trim()).toBe('2');
    });

    it('starts page 1 at the top margin, footnotes or not (no empty paragraph above the header)', () => {
      const doc = loadResolution(name);
      const bbox = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', pdf(name), '-'], { encoding: 'utf8' });
      const top = Number(/<word xMin="[\d.]+" yMin="([\d.]+)"/.exec(bbox)?.[1]);
      const marginPt = (profileFor(doc).page.margins.top * 72) / 25.4;
      expect(Math.abs(top - marginPt), `đầu trang 1 ở ${((top * 25.4) / 72).toFixed(1)} mm`).toBeLessThan(1);
    });

    it('puts a landscape appendix on landscape pages', () => {
      const doc = loadResolution(name);
      const size = /Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/.exec(pdfInfo(name, pageCount(name)));
      const [w, h] = [Number(size?.[1]), Number(size?.[2])];
      const landscape = doc.appendix.include && doc.appendix.orientation === 'landscape';
      expect(w > h).toBe(landscape);
    });
  });
});
