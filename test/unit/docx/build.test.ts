import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderDocx, writeDocxAtomic } from '../../../electron/docx/index.ts';
import { unzipDocx } from '../../support/docxXml.ts';
import { profile, profileWith, sample } from './helpers.ts';

const documentXml = async (d = sample(), p = profile): Promise<string> =>
  (await unzipDocx(await renderDocx(d, p))).get('word/document.xml') ?? '';
const count = (xml: string, needle: string): number => xml.split(needle).length - 1;

describe('renderDocx', () => {
  it('lays out the page from the profile: A4, margins 20/20/30/15 mm, number 10 mm from the top', async () => {
    const xml = await documentXml();
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(xml).toContain('<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>');
  });

  it('hides the page number on page 1 only, and puts the appendix in a landscape section that continues it', async () => {
    const xml = await documentXml();
    expect(count(xml, '<w:sectPr')).toBe(2);
    expect(count(xml, '<w:titlePg/>')).toBe(1);
    expect(xml).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(xml).not.toContain('w:start="1"');
  });

  it('restarts the appendix numbering when the profile says so', async () => {
    const restart = profileWith((p) => ({ ...p, pageNumber: { ...p.pageNumber, appendix: 'restart' } }));
    const xml = await documentXml(sample(), restart);
    expect(xml).toContain('<w:pgNumType w:start="1"/>');
    expect(count(xml, '<w:titlePg/>')).toBe(2);
  });

  it('has no appendix section when the document leaves it out', async () => {
    const xml = await documentXml(sample((d) => ({ ...d, appendix: { ...d.appendix, include: false } })));
    expect(count(xml, '<w:sectPr')).toBe(1);
  });

  it('writes real footnotes in reading order, and a repeated header row for tables', async () => {
    const parts = await unzipDocx(await renderDocx(sample(), profile));
    const xml = parts.get('word/document.xml') ?? '';
    expect(xml).toContain('<w:footnoteReference w:id="1"/>');
    expect(xml).toContain('<w:footnoteReference w:id="2"/>');
    expect(count(xml, '<w:tblHeader/>')).toBe(2);
    const notes = parts.get('word/footnotes.xml') ?? '';
    expect(notes).toContain('Theo Báo cáo số 12-BC/ĐU');
    expect(notes).toContain('<w:sz w:val="24"/>');
  });

  it('writes core properties without a clock unless asked', async () => {
    const core = (await unzipDocx(await renderDocx(sample(), profile))).get('docProps/core.xml') ?? '';
    expect(core).toContain('<dc:title>Nghị quyết -NQ/ĐU (chưa ban hành)</dc:title>');
    expect(core).not.toContain('dcterms:created');
    const stamped =
      (await unzipDocx(await renderDocx(sample(), profile, { modifiedAt: new Date('2025-12-05T03:00:00Z') }))).get('docProps/core.xml') ??
      '';
    expect(stamped).toContain('2025-12-05T03:00:00.000Z');
  });
});

describe('writeDocxAtomic', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'docx-atomic-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the bytes and leaves no temporary file', async () => {
    const path = join(dir, 'nq.docx');
    writeFileSync(path, 'old');
    await writeDocxAtomic(path, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(path)]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(['nq.docx']);
  });

  it('fails without leaving a partial file when the target cannot be replaced', async () => {
    const path = join(dir, 'is-a-directory');
    mkdirSync(join(path, 'inside'), { recursive: true });
    await expect(writeDocxAtomic(path, new Uint8Array([1]))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['is-a-directory']);
  });

  it('fails when the directory does not exist', async () => {
    await expect(writeDocxAtomic(join(dir, 'missing', 'nq.docx'), new Uint8Array([1]))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});
