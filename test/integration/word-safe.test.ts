import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipDocx } from '../support/docxXml.ts';
import { failing, ooxmlCheck, requireOoxmlCheck } from '../support/ooxmlCheck.ts';
import { everyWordFile, WORD_FILE_KINDS, type WordFile } from '../support/wordFiles.ts';

/**
 * Every kind of .docx the app writes — the three documents (with appendices), the review copy
 * with comments, the tracked-changes comparison, sao y / trích sao of our own document, sao lục of
 * a received file, the number register — checked the way Word reads it: by ooxml-check (schemas,
 * package, rPr/trPr order; any ERROR or ORDER line fails), and for the two Word hazards it cannot
 * see. ooxml-check needs Python 3 with lxml: skipped without it, except in CI where that fails.
 */
const python = requireOoxmlCheck();
const work = mkdtempSync(join(tmpdir(), 'soan-nq-word-safe-'));
const files: WordFile[] = [];
const parts = new Map<string, Map<string, string>>();
const path = (f: WordFile): string => join(work, `${f.name}.docx`);

beforeAll(async () => {
  files.push(...(await everyWordFile(work)));
  for (const f of files) {
    writeFileSync(path(f), f.bytes);
    parts.set(f.name, await unzipDocx(f.bytes));
  }
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(python === null)('ooxml-check on every kind of file', () => {
  it('writes every kind', () => {
    expect(files.map((f) => f.name).sort()).toEqual([...WORD_FILE_KINDS].sort());
  });

  it('reports no ERROR and no ORDER line', () => {
    const { reports } = ooxmlCheck(python ?? 'python3', files.map(path));
    expect(reports.map((r) => r.file)).toEqual(files.map(path));
    for (const report of reports) expect(failing(report), report.file).toEqual([]);
  }, 120_000);

  it('fails a file whose run properties are out of order (the check is live)', async () => {
    const broken = new Map(parts.get('van-ban-sample-minimal'));
    const xml = broken.get('word/document.xml') ?? '';
    broken.set(
      'word/document.xml',
      xml.replace(/<w:rPr><w:b\/><w:bCs\/><w:sz w:val="(\d+)"\/>/, '<w:rPr><w:sz w:val="$1"/><w:b/><w:bCs/>'),
    );
    expect(broken.get('word/document.xml')).not.toBe(xml);
    const { zipSync, strToU8 } = await import('fflate');
    const out = join(work, 'hong.docx');
    writeFileSync(out, zipSync(Object.fromEntries([...broken].map(([p, d]) => [p, strToU8(d)]))));
    const [report] = ooxmlCheck(python ?? 'python3', [out]).reports;
    expect(report && failing(report).some((l) => l.startsWith('ORDER'))).toBe(true);
  }, 60_000);
});

/** A sender's received file keeps its own parts; only the copy block inside its body is ours. */
const ours = (name: string): boolean => name !== 'sao-luc-nhan-duoc';

describe('the Word hazards ooxml-check cannot see', () => {
  it('writes separator footnotes and endnotes without a reference run', () => {
    for (const f of files.filter((x) => ours(x.name))) {
      for (const part of ['word/footnotes.xml', 'word/endnotes.xml']) {
        const xml = parts.get(f.name)?.get(part) ?? '';
        const separators = [...xml.matchAll(/<w:(footnote|endnote) w:type="[^"]*eparator"[^>]*>[\s\S]*?<\/w:\1>/g)].map((m) => m[0]);
        expect(separators.length, `${f.name} ${part}`).toBe(xml === '' ? 0 : 2);
        for (const s of separators) expect(s, `${f.name} ${part}`).not.toMatch(/<w:(footnoteRef|endnoteRef)\/>/);
      }
    }
  });

  it('ends no document and no section with a table or an empty 14 pt paragraph', () => {
    for (const f of files) {
      const xml = parts.get(f.name)?.get('word/document.xml') ?? '';
      expect(xml, f.name).not.toMatch(/<\/w:tbl>(<w:sectPr|<\/w:body>)/);
      const breaks = [...xml.matchAll(/<w:p><w:pPr>((?:(?!<\/w:pPr>)[\s\S])*?)<w:sectPr[\s>]/g)].map((m) => m[1] ?? '');
      for (const props of breaks) expect(props, `${f.name}: đoạn ngắt phần`).toContain('<w:sz w:val="2"/>');
    }
  });

  it('puts a small paragraph after a table that ends the body', () => {
    for (const f of files.filter((x) => x.name === 'so-dang-ky' || x.name.startsWith('van-ban'))) {
      const xml = parts.get(f.name)?.get('word/document.xml') ?? '';
      const body = xml.slice(0, xml.lastIndexOf('<w:sectPr'));
      const lastTable = body.lastIndexOf('</w:tbl>');
      const tail = body.slice(lastTable + '</w:tbl>'.length);
      if (tail.startsWith('<w:p>'))
        expect(tail, f.name).toMatch(/^<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"\/>/);
    }
  });

  it('lists the separators in the settings, bases styles on defined styles and dates to the second', () => {
    for (const f of files.filter((x) => ours(x.name))) {
      const p = parts.get(f.name) ?? new Map<string, string>();
      expect(p.get('word/settings.xml'), f.name).toContain('<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>');
      const styles = p.get('word/styles.xml') ?? '';
      const defined = new Set([...styles.matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]));
      for (const m of styles.matchAll(/<w:basedOn w:val="([^"]+)"\/>/g)) expect(defined.has(m[1]), `${f.name}: ${m[1]}`).toBe(true);
      for (const part of ['word/document.xml', 'word/comments.xml']) {
        for (const m of (p.get(part) ?? '').matchAll(/w:date="([^"]*)"/g)) expect(m[1], f.name).toMatch(/T\d\d:\d\d:\d\dZ$/);
      }
    }
    expect(parts.get('ban-gop-y')?.get('word/comments.xml')).toMatch(/w:date="2025-12-01T08:00:00Z"/);
  });
});
