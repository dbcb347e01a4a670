import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBlockOf } from '../../../electron/docx/copyTexts.ts';
import { appendCopyBlock, openReceivedDocx } from '../../../electron/docx/appendCopy/index.ts';
import { findProfile, DEFAULT_PROFILE_ID } from '../../../electron/format/profiles/index.ts';
import { parseXml } from '../../../electron/import/xml/parse.ts';
import { unzipDocx } from '../../support/docxXml.ts';
import { hasTool } from '../../support/tools.ts';
import { PROVINCIAL, provincialResolutionDocx } from '../../fixtures/copies/provincialResolution.ts';
import { must } from './kit.ts';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const rel = (id: string, type: string, target: string, external = true): string =>
  `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"${external ? ' TargetMode="External"' : ''}/>`;

/**
 * A received resolution that reaches outside itself the ways the probe found: a UNC attached
 * template in settings, a linked image, a linked OLE object, a hyperlink, a macro project and an
 * embedded object.
 */
async function hostileReceived(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await provincialResolutionDocx(2));
  const settings = (await zip.file('word/settings.xml')?.async('string')) ?? '';
  zip.file(
    'word/settings.xml',
    settings
      .replace(/(<w:settings[^>]*>)/, `$1<w:attachedTemplate r:id="rIdT"/>`)
      .replace(/<w:settings (?![^>]*xmlns:r=)/, `<w:settings xmlns:r="${REL}" `),
  );
  zip.file(
    'word/_rels/settings.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rIdT', 'attachedTemplate', 'file://\\\\10.0.0.9\\share\\mau.dotm')}</Relationships>`,
  );
  const rels = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
  zip.file(
    'word/_rels/document.xml.rels',
    rels.replace(
      '</Relationships>',
      rel('rIdImg', 'image', 'http://evil.example/pixel.png') +
        rel('rIdOle', 'oleObject', 'file:///\\\\evil\\x.xlsx') +
        rel('rIdLink', 'hyperlink', 'https://evil.example/') +
        rel('rIdVba', 'vbaProject', 'vbaProject.bin', false) +
        rel('rIdEmb', 'package', 'embeddings/Sheet1.xlsx', false) +
        '</Relationships>',
    ),
  );
  zip.file('word/vbaProject.bin', new Uint8Array([1, 2, 3]));
  zip.file('word/embeddings/Sheet1.xlsx', new Uint8Array([4, 5, 6]));
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  zip.file(
    '[Content_Types].xml',
    types
      .replace(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
        'application/vnd.ms-word.document.macroEnabled.main+xml',
      )
      .replace(
        '</Types>',
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/></Types>',
      ),
  );
  const doc = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const linked =
    '<w:p><w:hyperlink r:id="rIdLink"><w:r><w:t>Trang tin</w:t></w:r></w:hyperlink>' +
    '<w:r><w:pict><v:shape id="s1" style="width:10pt;height:10pt"><v:imagedata r:id="rIdImg" o:title=""/></v:shape></w:pict></w:r>' +
    '<w:r><w:object><v:shape id="s2" style="width:10pt;height:10pt"/><o:OLEObject Type="Link" ProgID="Excel.Sheet.12" ShapeID="s2" DrawAspect="Content" r:id="rIdOle" UpdateMode="Always"><o:LinkType>EnhancedMetaFile</o:LinkType></o:OLEObject></w:object></w:r></w:p>';
  zip.file('word/document.xml', doc.replace('<w:body>', `<w:body>${linked}`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('a certified copy of a received .docx that reaches outside itself', () => {
  let parts: Map<string, string>;
  let names: string[];
  let notes: string[];
  let copy: Uint8Array;
  const work = mkdtempSync(join(tmpdir(), 'soan-nq-links-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  beforeAll(async () => {
    const received = must(openReceivedDocx(await hostileReceived()));
    notes = received.cleaning.notes;
    const profile = findProfile(DEFAULT_PROFILE_ID);
    if (!profile) throw new Error('no profile');
    const block = copyBlockOf(
      {
        kind: 'sao-luc',
        org: { name: 'HUYỆN ỦY ĐỨC TRỌNG', place: 'Đức Trọng', officeName: 'VĂN PHÒNG', officeCode: 'VPHU' },
        seq: 1,
        date: '2022-01-05',
        recipients: { punctuation: 'profile', lines: [{ text: 'Lưu Văn phòng.' }] },
        signature: { authority: 'K/T', authorityOf: 'CHÁNH VĂN PHÒNG', title: 'PHÓ CHÁNH VĂN PHÒNG', name: 'Lê Văn Hùng' },
      },
      profile,
    );
    copy = await appendCopyBlock(received, block, profile);
    parts = await unzipDocx(copy);
    names = Object.keys((await JSZip.loadAsync(copy)).files);
  });

  it('keeps no external relationship, attached template, macro or embedded object', () => {
    for (const [name, text] of parts) {
      expect(text, name).not.toMatch(/TargetMode="External"/);
      expect(text, name).not.toMatch(/attachedTemplate|vbaProject|macroEnabled|OLEObject|evil/);
    }
    expect(names.filter((n) => /vbaProject|embeddings\//.test(n))).toEqual([]);
  });

  it('keeps the text, the hyperlink text, the image frames, and every part well-formed', () => {
    const doc = parts.get('word/document.xml') ?? '';
    for (const line of [PROVINCIAL.title, PROVINCIAL.summary, PROVINCIAL.firstLine, PROVINCIAL.lastLine, 'Trang tin', 'SAO LỤC'])
      expect(doc).toContain(line);
    expect(doc).toContain('<v:imagedata o:title=""/>');
    for (const [name, text] of parts) expect(parseXml(text).ok, name).toBe(true);
  });

  it('tells the clerk what was removed', () => {
    const said = notes.join('\n');
    expect(said).toContain('mẫu văn bản đính kèm');
    expect(said).toContain('ảnh liên kết http://evil.example/pixel.png');
    expect(said).toContain('đối tượng liên kết (OLE)');
    expect(said).toContain('macro');
    expect(said).toContain('1 đối tượng nhúng');
  });

  it.runIf(hasTool('python3'))('passes the OOXML package check', () => {
    const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
    const file = join(work, 'sao-luc.docx');
    writeFileSync(file, copy);
    const out = execFileSync(python, [join(import.meta.dirname, '../../../../shared/tools/ooxml-check/ooxml_check.py'), file], {
      encoding: 'utf8',
    });
    expect(out).not.toMatch(/^ERROR/m);
  });
});
