import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeCopy } from '../../electron/services/copies/index.ts';
import { saveOrganization } from '../../electron/store/organizations.ts';
import { addTerm } from '../../electron/store/terms.ts';
import { provincialResolutionDocx } from '../fixtures/copies/provincialResolution.ts';
import { copiesStore, must } from '../unit/copies/kit.ts';
import { runCli } from '../support/cli.ts';
import { unzipDocx } from '../support/docxXml.ts';
import { fixturePath } from '../support/fixtures.ts';

/**
 * Issue 11's acceptance: the Đức Trọng resolution turned into a 2026 Đảng ủy xã document
 * ("profileId": "hd05-2026", dated 20/12/2026, recipients by the profile), exported by the real
 * command line and read back from the .docx XML.
 */

const dir = mkdtempSync(join(tmpdir(), 'hd05-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Paragraph texts of an XML fragment, in order. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1] ?? '').join(''),
  );
}

describe('a 2026 Đảng ủy xã resolution under 05-HD/VPTW', () => {
  const out = join(dir, 'hiep-thanh.docx');

  it('exports with the 2026 rules and passes its own check', async () => {
    const fixture = fixturePath('hiep-thanh-2027-nq08-du');
    expect(JSON.parse(readFileSync(fixture, 'utf8')).profileId).toBe('hd05-2026');
    const exported = await runCli(['export', fixture, '-o', out], { cwd: dir });
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);

    const parts = await unzipDocx(readFileSync(out));
    const xml = parts.get('word/document.xml') ?? '';
    const texts = paragraphs(xml);

    // Nơi nhận: every line but the last ends with ";", the last is "- Lưu …" ending with ".".
    const start = texts.indexOf('Nơi nhận:');
    expect(start).toBeGreaterThan(0);
    const lines: string[] = [];
    for (const t of texts.slice(start + 1)) {
      if (!t.startsWith('- ')) break;
      lines.push(t);
    }
    expect(lines.length).toBe(6);
    for (const line of lines.slice(0, -1)) expect(line.endsWith(';'), line).toBe(true);
    expect(lines.at(-1)).toBe('- Lưu Văn phòng Đảng ủy.');

    // Body paragraphs: Exactly, between 18 and 22 pt (360–440 twips).
    const exact = [...xml.matchAll(/<w:spacing [^>]*w:line="(\d+)"[^>]*w:lineRule="exact"/g)].map((m) => Number(m[1]));
    const body = exact.filter((v) => v >= 300);
    expect(body.length).toBeGreaterThan(50);
    for (const v of body) expect(v >= 360 && v <= 440, `${v}`).toBe(true);

    // The appendix: "Phụ lục", its title, the line saying which document it belongs to, numbering from 1.
    expect(texts).toContain('Phụ lục');
    expect(texts).toContain('CHỈ TIÊU KẾ HOẠCH NĂM 2027');
    expect(texts).toContain('(Kèm theo Nghị quyết số 08-NQ/ĐU, ngày 20/12/2026 của Đảng ủy xã Hiệp Thạnh)');
    const sections = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections.length).toBe(2);
    expect(sections[1]).toMatch(/<w:pgNumType w:start="1"\/>/);

    // Drafter mark at the end of Nơi nhận, 11 pt, as typed.
    expect(texts[start + 1 + lines.length]).toBe('NguyenVanAn-26');

    // All text black: no colour but auto / black anywhere in the body.
    const colours = new Set([...xml.matchAll(/<w:color w:val="([^"]+)"/g)].map((m) => m[1]));
    for (const c of colours) expect(['auto', '000000']).toContain(c);

    const checked = await runCli(['check', out], { cwd: dir });
    expect(checked.stdout).toContain('Hướng dẫn 05-HD/VPTW (2026)');
    expect(checked.code, checked.stdout).toBe(0);
  });
});

describe('"Không phổ biến trên phương tiện thông tin đại chúng" under 05-HD', () => {
  it('goes on the last page, centred in the text width, in a frame whose bottom is 10 mm above the page edge', async () => {
    const doc = JSON.parse(readFileSync(fixturePath('hiep-thanh-2027-nq08-du'), 'utf8')) as { marks: Record<string, unknown> };
    doc.marks['circulation'] = 'Không phổ biến trên phương tiện thông tin đại chúng';
    const json = join(dir, 'khong-pho-bien.json');
    writeFileSync(json, JSON.stringify(doc));
    const out = join(dir, 'khong-pho-bien.docx');
    const exported = await runCli(['export', json, '-o', out], { cwd: dir });
    expect(exported.code, exported.stderr).toBe(0);
    const xml = (await unzipDocx(readFileSync(out))).get('word/document.xml') ?? '';
    const body = xml.slice(0, xml.lastIndexOf('<w:sectPr'));
    const last = [...body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].at(-1)?.[0] ?? '';
    // The circulation note's style: 12 pt caps bold.
    expect(paragraphs(last)).toEqual(['KHÔNG PHỔ BIẾN TRÊN PHƯƠNG TIỆN THÔNG TIN ĐẠI CHÚNG']);
    const frame = /<w:framePr ([^>]*)\/>/.exec(last)?.[1] ?? '';
    const attr = (name: string) => new RegExp(`w:${name}="([^"]+)"`).exec(frame)?.[1];
    expect(attr('vAnchor')).toBe('page');
    expect(attr('hAnchor')).toBe('margin');
    // The appendix of this fixture is portrait: A4's 297 mm (16838 twips); bottom of the frame 10 mm (567) above the edge.
    expect(Number(attr('y')) + Number(attr('h'))).toBe(16838 - 567);
    expect(body.indexOf('KHÔNG PHỔ BIẾN')).toBe(body.lastIndexOf('KHÔNG PHỔ BIẾN'));
  });
});

describe('sao lục of a received .docx, by the rules of the copy day', () => {
  const made = async (orgId: string, date: string): Promise<{ xml: string; original: string }> => {
    const { store } = copiesStore();
    const { db } = store;
    must(
      saveOrganization(db, {
        id: 'DU-HIEP-THANH',
        superiorBody: 'ĐẢNG BỘ TỈNH LÂM ĐỒNG',
        name: 'ĐẢNG ỦY XÃ HIỆP THẠNH',
        bodyKind: 'dang-uy-xa',
        issuerCode: 'ĐU',
        place: 'Hiệp Thạnh',
        officeName: 'VĂN PHÒNG',
        officeCode: 'VPĐU',
      }),
    );
    must(addTerm(db, { orgId: 'DU-HIEP-THANH', ordinal: 'I', startYear: 2025, endYear: 2030, startDate: '2025-07-01' }));
    const received = await provincialResolutionDocx(6);
    const copy = await makeCopy(db, {
      kind: 'sao-luc',
      source: { received, fileName: 'tinh-uy.docx' },
      orgId,
      date,
      recipients: [{ text: 'Các chi bộ trực thuộc' }, { text: 'Lưu Văn phòng Đảng ủy' }],
      signature: { authority: 'K/T', authorityOf: 'CHÁNH VĂN PHÒNG', title: 'PHÓ CHÁNH VĂN PHÒNG', name: 'Lê Văn Hùng' },
      who: 'Văn thư',
    });
    if (!copy.ok) throw new Error(copy.error.message);
    writeFileSync(join(dir, `sao-luc-${orgId}.docx`), copy.value.bytes);
    store.close();
    const xml = (await unzipDocx(copy.value.bytes)).get('word/document.xml') ?? '';
    const original = (await unzipDocx(received)).get('word/document.xml') ?? '';
    return { xml, original };
  };

  it('Đảng ủy xã Hiệp Thạnh, 06/12/2026: the red stamp "BẢN SAO VĂN BẢN" with its fields, the original untouched up to it', async () => {
    const { xml, original } = await made('DU-HIEP-THANH', '2026-12-06');
    const texts = paragraphs(xml);
    expect(texts).toContain('BẢN SAO VĂN BẢN');
    expect(texts).toContain('Hình thức sao: Sao lục');
    expect(texts).toContain('Số, ký hiệu bản sao: Số 01-BS/VPĐU');
    expect(texts).toContain('Địa danh và ngày tháng năm sao: Hiệp Thạnh, ngày 06 tháng 12 năm 2026');
    expect(texts).toContain('Cơ quan, tổ chức sao: Văn phòng Đảng ủy xã Hiệp Thạnh');
    expect(texts).toContain('- Các chi bộ trực thuộc;');
    expect(texts).not.toContain('SAO LỤC');
    expect(xml).toMatch(/<w:color w:val="FF0000"\/>/);
    // Everything before the inserted block is the received file's own XML.
    const cut = original.lastIndexOf('<w:sectPr');
    expect(xml.startsWith(original.slice(0, cut))).toBe(true);
  });

  it('Huyện ủy Đức Trọng, 15/12/2021: the typed 36-HD block "SAO LỤC", no stamp', async () => {
    const { xml } = await made('HU-DUC-TRONG', '2021-12-15');
    const texts = paragraphs(xml);
    expect(texts).toContain('SAO LỤC');
    expect(texts).not.toContain('BẢN SAO VĂN BẢN');
    expect(xml).not.toMatch(/FF0000/);
  });
});
