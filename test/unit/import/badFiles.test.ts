import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importDocument, importResolution } from '../../../electron/import/index.ts';
import { readDocxParts } from '../../../electron/import/docx/package.ts';
import { openZip } from '../../../electron/ooxml/zip.ts';
import { importErrorAsAppError } from '../../../electron/services/importService.ts';
import { makeDocx, para } from './helpers/makeDocx.ts';
import { patchCentral, rawZip } from './helpers/zipPatch.ts';

const code = (bytes: Uint8Array): string => {
  const r = importResolution(bytes);
  return r.ok ? 'ok' : r.error.code;
};
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('files that cannot be imported get a clear code and Vietnamese message', () => {
  it('empty files and files too large to be a resolution', () => {
    expect(code(new Uint8Array(0))).toBe('EMPTY_FILE');
    expect(code(utf8('   \n\n  \t\n'))).toBe('EMPTY_FILE');
    const big = new Uint8Array(31 * 1024 * 1024);
    const r = importResolution(big);
    expect(r).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
    expect(r.ok ? '' : r.error.message).toMatch(/quá lớn/);
  });

  it('password-protected Office files and old .doc files (OLE compound files)', () => {
    const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const name = [...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]);
    const encrypted = new Uint8Array([...header, ...new Array<number>(600).fill(0), ...name, 0, 0]);
    const legacy = new Uint8Array([...header, ...new Array<number>(600).fill(0)]);
    expect(importResolution(encrypted)).toMatchObject({
      ok: false,
      error: { code: 'ENCRYPTED', message: expect.stringMatching(/mật khẩu/) },
    });
    expect(importResolution(legacy)).toMatchObject({
      ok: false,
      error: { code: 'LEGACY_DOC', message: 'tệp .doc cũ: hãy mở bằng Word và lưu thành .docx' },
    });
  });

  it('RTF, PDF and binary data', () => {
    expect(code(utf8('{\\rtf1\\ansi hello}'))).toBe('NOT_DOCX');
    expect(code(utf8('%PDF-1.7\n...'))).toBe('NOT_DOCX');
    expect(code(new Uint8Array(2000).map((_, i) => (i * 7919) % 256))).toBe('NOT_TEXT');
  });

  it('a picture picked by mistake (a photo or a scan of the paper) is named as a picture, with what to choose instead', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array<number>(500).fill(7)]);
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new Array<number>(500).fill(9)]);
    for (const picture of [png, jpeg]) {
      expect(code(picture)).toBe('IMAGE_FILE');
      const read = await importDocument(picture);
      expect(read).toMatchObject({
        ok: false,
        error: { code: 'IMAGE_FILE', message: expect.stringMatching(/là một ảnh.*PDF ký số.*Word/) },
      });
    }
  });

  it('corrupt and truncated zips', async () => {
    const good = await makeDocx({ body: para('NGHỊ QUYẾT') });
    expect(code(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]))).toBe('CORRUPT_ZIP');
    expect(code(good.subarray(0, Math.floor(good.length / 2)))).toBe('CORRUPT_ZIP');
    expect(code(patchCentral(good, 'word/document.xml', 'crc', 12345))).toBe('CORRUPT_ZIP');
  });

  it('zip bombs: a part declared larger than the budget, a part inflating past its declared size, too many entries', async () => {
    // Honest parts of 12 MB of zeros each (12 KB packed): the total budget stops the reading.
    const part = new Uint8Array(12 * 1024 * 1024);
    const honest = rawZip([0, 1, 2, 3, 4, 5].map((i) => ({ name: `word/part${i}.xml`, data: part })));
    expect(honest.length).toBeLessThan(200_000);
    expect(code(honest)).toBe('ZIP_BOMB');
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    const small = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    // Declared 60 MB: refused before inflating.
    expect(code(patchCentral(small, 'word/document.xml', 'size', 60 * 1024 * 1024))).toBe('ZIP_BOMB');
    // A 2 MB part declared as 1 000 bytes: inflating stops at the cap.
    const liar = new JSZip();
    liar.file('word/document.xml', Buffer.alloc(2 * 1024 * 1024, 0x41));
    const lying = patchCentral(await liar.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), 'word/document.xml', 'size', 1000);
    expect(code(lying)).toBe('ZIP_BOMB');
    const many = rawZip(Array.from({ length: 2100 }, (_, i) => ({ name: `x/${i}.txt`, data: new Uint8Array(0) })));
    expect(code(many)).toBe('ZIP_BOMB');
  });

  it('refuses DTDs and entities in any XML part, and never follows external links', async () => {
    const dtd = await makeDocx({
      body: para('x'),
      parts: { 'customXml/item1.xml': '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e SYSTEM "http://example.com/x">]><a>&e;</a>' },
    });
    expect(importResolution(dtd)).toMatchObject({ ok: false, error: { code: 'UNSAFE_XML' } });
    const linked = await makeDocx({
      body: para('x'),
      rels: '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://example.com/evil.dotm" TargetMode="External"/>',
    });
    const parts = readDocxParts(linked);
    expect(parts.ok && parts.value.notes.join(' ')).toMatch(/liên kết ra ngoài.*bỏ qua/);
  });

  it('a readable file that is not a resolution: clear message, and what was read', async () => {
    const letter = await makeDocx({ body: [para('Kính gửi: Ông Nguyễn Văn A'), para('Tôi viết thư này để hỏi thăm.')].join('') });
    const r = importResolution(letter);
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_A_RESOLUTION' } });
    expect(r.ok ? [] : r.partial?.paragraphs).toEqual(['Kính gửi: Ông Nguyễn Văn A', 'Tôi viết thư này để hỏi thăm.']);
    // Said once: the screen showed the message and then the same words again as a detail.
    expect(r.ok ? ['?'] : (r.error.details ?? [])).toEqual([]);
    expect(importErrorAsAppError(r.ok ? { code: 'READ_FAILED', message: '' } : r.error, r.ok ? undefined : r.partial).details).toEqual([
      'Đọc được 2 đoạn; mở đầu: "Kính gửi: Ông Nguyễn Văn A / Tôi viết thư này để hỏi thăm."',
    ]);
  });

  it('reads only the parts asked for, within the budget', async () => {
    const zip = openZip(await makeDocx({ body: para('x') }));
    expect(zip.ok && zip.value.read('word/document.xml').ok).toBe(true);
    expect(zip.ok && zip.value.read('word/missing.xml').ok).toBe(false);
  });

  it('stays linear on hostile text: stars, unclosed brackets, thousands of targets in one sentence, split paragraphs', () => {
    const head = 'HUYỆN ỦY A\nNGHỊ QUYẾT\nvề x năm 2022\nII. CÁC CHỈ TIÊU\n- ';
    const cases = [
      '**a '.repeat(60_000),
      '*a '.repeat(80_000),
      head + '(trong đó '.repeat(20_000),
      head + 'tỷ lệ a đạt 1%; '.repeat(10_000),
      head + 'tỷ lệ a đạt 1%, '.repeat(10_000),
      'HUYỆN ỦY A\nNGHỊ QUYẾT\n' + 'một dòng dài không có dấu chấm cuối để nối với dòng sau nữa nhé\n\n'.repeat(4_900),
    ];
    for (const text of cases) {
      const start = performance.now();
      const r = importResolution(utf8(text), { fallbackYear: 2022 });
      expect(r.ok || r.error.code === 'NOT_A_RESOLUTION').toBe(true);
      expect(performance.now() - start, text.slice(0, 30)).toBeLessThan(3000);
    }
  });
});
