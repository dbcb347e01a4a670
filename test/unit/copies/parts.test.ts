import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import type { RecipientList, Signer } from '../../../electron/contract/model/office.ts';
import { buildDocument } from '../../../electron/docx/build.ts';
import { targetLines } from '../../../electron/format/printed.ts';
import { buildCopyDocument } from '../../../electron/docx/copyDocument.ts';
import { copyBlockOf } from '../../../electron/docx/copyTexts.ts';
import {
  copyRecipientList,
  excerpt,
  officeSigner,
  parseAuthority,
  parseParts,
  partsText,
  recipientListNamed,
} from '../../../electron/services/copies/index.ts';
import { unzipDocx } from '../../support/docxXml.ts';
import { loadResolution } from '../../support/fixtures.ts';
import { heading, para, profile, sample } from '../docx/helpers.ts';
import { must } from './kit.ts';

describe('the parts of a trích sao', () => {
  it('reads ranges and single blocks, numbered from 1', () => {
    expect(must(parseParts('3-7,12', 20))).toEqual([
      { from: 3, to: 7 },
      { from: 12, to: 12 },
    ]);
    expect(must(parseParts(' 1 – 2 ; 5 ', 5))).toEqual([
      { from: 1, to: 2 },
      { from: 5, to: 5 },
    ]);
    expect(
      partsText([
        { from: 3, to: 7 },
        { from: 12, to: 12 },
      ]),
    ).toBe('3-7, 12');
  });

  it('refuses ranges that are empty, backwards or past the end, saying how to write them', () => {
    for (const bad of ['', '7-3', '0-2', 'a', '3-', '1,,2']) {
      const r = parseParts(bad, 20);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.error.message).toContain('3-7,12');
    }
    const past = parseParts('18-25', 20);
    expect(!past.ok && past.error.message).toContain('có 20 khối nội dung');
  });

  it('keeps the chosen blocks in order, with the heading numbers they have in the whole document', () => {
    const doc = sample((d) => ({ ...d, body: [heading('section'), para, heading('section'), heading('item'), para] }));
    const part = excerpt(doc, [{ from: 3, to: 5 }], profile, false);
    expect(part.body.map((b) => (b.type === 'heading' ? b.label : b.type))).toEqual(['II.', '1.', 'paragraph']);
    expect(part.header).toEqual(doc.header);
    // Nobody lays a copy out on screen: its last paragraph goes with the signature (never alone on a page).
    expect(part.signature).toEqual({ ...doc.signature, keepWithBody: 1 });
    const seed = loadResolution('duc-trong-2022-nq04-hu');
    expect(excerpt(seed, [{ from: 47, to: 50 }], profile, false)).toMatchObject({
      body: seed.body.slice(46, 50),
      appendix: { include: false },
    });
    expect(excerpt(seed, [{ from: 1, to: 2 }], profile, true).appendix.include).toBe(true);
  });
});

describe('defaults of a copy', () => {
  const signer = (over: Partial<Signer>): Signer => ({
    id: 1,
    orgId: 'HU-DUC-TRONG',
    name: 'A',
    title: 'BÍ THƯ',
    authority: 'T/M',
    authorityOf: 'HUYỆN ỦY',
    position: 0,
    active: true,
    ...over,
  });

  it('signs with the office: Chánh or Phó Chánh Văn phòng, the first active one', () => {
    const signers = [
      signer({}),
      signer({ id: 2, name: 'Cũ', title: 'CHÁNH VĂN PHÒNG', authority: 'none', authorityOf: '', active: false }),
      signer({ id: 3, name: 'Lê Văn Hùng', title: 'PHÓ CHÁNH VĂN PHÒNG', authority: 'K/T', authorityOf: 'CHÁNH VĂN PHÒNG' }),
    ];
    expect(must(officeSigner(signers, { name: 'HUYỆN ỦY ĐỨC TRỌNG' })).name).toBe('Lê Văn Hùng');
    const none = officeSigner([signer({})], { name: 'HUYỆN ỦY ĐỨC TRỌNG' });
    expect(!none.ok && none.error.message).toContain('Chánh hoặc Phó Chánh Văn phòng');
  });

  it('goes to the list saved for copies, found by a name mentioning them', () => {
    const list = (id: number, name: string): RecipientList => ({
      id,
      orgId: 'HU-DUC-TRONG',
      name,
      lines: [{ text: name }],
      createdAt: '',
      updatedAt: '',
    });
    expect(copyRecipientList([list(1, 'Nơi nhận nghị quyết năm 2022'), list(2, 'Nơi nhận bản sao')])?.id).toBe(2);
    expect(copyRecipientList([list(1, 'Sao lục gửi chi bộ')])?.id).toBe(1);
    expect(copyRecipientList([list(1, 'Báo cáo sơ kết')])).toBeNull();
    expect(must(recipientListNamed([list(1, 'Nơi nhận bản sao')], 'noi nhan ban sao')).id).toBe(1);
    const missing = recipientListNamed([list(1, 'Nơi nhận bản sao')], 'Khác');
    expect(!missing.ok && missing.error.message).toContain('"Nơi nhận bản sao"');
  });

  it('reads a typed authority line', () => {
    expect(must(parseAuthority('K/T CHÁNH VĂN PHÒNG'))).toEqual({ authority: 'K/T', authorityOf: 'CHÁNH VĂN PHÒNG' });
    expect(must(parseAuthority('t/l  BAN THƯỜNG VỤ'))).toEqual({ authority: 'T/L', authorityOf: 'BAN THƯỜNG VỤ' });
    expect(must(parseAuthority(''))).toEqual({ authority: 'none', authorityOf: '' });
    expect(parseAuthority('THAY MẶT').ok).toBe(false);
  });
});

describe('a copy of our own document', () => {
  const xmlOf = async (d: ReturnType<typeof buildDocument>): Promise<string> =>
    (await unzipDocx(new Uint8Array(await Packer.toBuffer(d)))).get('word/document.xml') ?? '';

  it('a trích sao ending in the targets list keeps the list’s last line with the signature', async () => {
    const seed = loadResolution('duc-trong-2022-nq04-hu');
    const withList = { ...seed, body: [...seed.body.slice(0, 5), { type: 'targets' as const }] };
    const part = excerpt(withList, [{ from: 4, to: 6 }], profile, false);
    const paragraphs = (await xmlOf(buildDocument(part, profile))).split('</w:p>');
    const lines = targetLines(seed.targets).map((l) => l.text);
    const words = (text: string) => text.slice(0, 24);
    const last = paragraphs.filter((p) => p.includes(words(lines.at(-1) ?? '?')));
    const first = paragraphs.filter((p) => p.includes(words(lines[0] ?? '?')));
    expect([last.length, first.length]).toEqual([1, 1]);
    expect(last[0]).toContain('<w:keepNext/>');
    // The lines before it may break across pages.
    expect(first[0]).not.toContain('<w:keepNext/>');
  });

  it('is laid out exactly like the document itself up to the copy block', async () => {
    for (const name of ['sample-minimal', 'duc-trong-2022-nq04-hu'] as const) {
      const doc = loadResolution(name);
      expect(await xmlOf(buildCopyDocument(doc, profile, null))).toBe(await xmlOf(buildDocument(doc, profile)));
    }
  });

  it("has the block at the very end: after the appendix, in the appendix's section", async () => {
    const doc = loadResolution('duc-trong-2022-nq04-hu');
    const block = copyBlockOf(
      {
        kind: 'sao-y',
        org: { name: 'HUYỆN ỦY ĐỨC TRỌNG', place: 'Đức Trọng', officeName: 'VĂN PHÒNG', officeCode: 'VPHU' },
        seq: 2,
        date: '2022-01-06',
        recipients: { punctuation: 'profile', lines: [{ text: 'Lưu Văn phòng' }] },
        signature: { authority: 'none', authorityOf: '', title: 'CHÁNH VĂN PHÒNG', name: 'Phạm Văn C' },
      },
      profile,
    );
    const plain = await xmlOf(buildDocument(doc, profile));
    const copy = await xmlOf(buildCopyDocument(doc, profile, block));
    const tail = plain.lastIndexOf('<w:sectPr');
    expect(copy.slice(0, tail)).toBe(plain.slice(0, tail));
    const added = copy.slice(tail, copy.lastIndexOf('<w:sectPr'));
    expect(added).toMatch(/^<w:p><w:pPr><w:keepNext\/><w:keepLines\/><w:pBdr><w:top /);
    expect(added).toContain('SAO Y BẢN CHÍNH');
    expect(added).toContain('Số 02-BS/VPHU');
    expect(plain.indexOf('PHỤ LỤC')).toBeLessThan(tail);
  });
});
