import { describe, expect, it } from 'vitest';
import { appendixColumns } from '../../../electron/docx/appendix.ts';
import { appendixRows, attachedNoteText, typeInText } from '../../../electron/format/printed.ts';
import { renderDocx } from '../../../electron/docx/index.ts';
import { unzipDocx } from '../../support/docxXml.ts';
import { textWidthTwips } from '../../../electron/docx/page.ts';
import { profile, profileWith, sample } from './helpers.ts';

const issued = sample((d) => ({
  ...d,
  header: {
    ...d.header,
    issuingBody: 'HUYỆN ỦY ĐỨC TRỌNG',
    bodyKind: 'huyen-uy',
    number: { seq: 4, typeCode: 'NQ', issuerCode: 'HU' },
    date: '2021-12-10',
  },
  planYear: 2022,
}));

describe('attachedNoteText', () => {
  it('builds the note from the header, comma before "ngày" per the profile', () => {
    expect(attachedNoteText(issued, profile)).toBe('(Kèm theo Nghị quyết số 04-NQ/HU, ngày 10/12/2021 của Huyện ủy Đức Trọng)');
  });

  it('leaves the comma out when the profile does', () => {
    const noComma = profileWith((p) => ({ ...p, appendix: { ...p.appendix, commaBeforeDate: false } }));
    expect(attachedNoteText(issued, noComma)).toBe('(Kèm theo Nghị quyết số 04-NQ/HU ngày 10/12/2021 của Huyện ủy Đức Trọng)');
  });

  it('leaves the number and day/month blank before issue (year: plan year − 1)', () => {
    expect(attachedNoteText(sample(), profile)).toBe('(Kèm theo Nghị quyết số     -NQ/ĐU, ngày     /    /2025 của Đảng ủy xã Tân Hội)');
  });

  it('uses the written note when the document has one', () => {
    const own = { ...issued, appendix: { ...issued.appendix, attachedNote: '(Kèm theo Nghị quyết số 04 -NQ/HU ngày 10 /12/2021)' } };
    expect(attachedNoteText(own, profile)).toBe('(Kèm theo Nghị quyết số 04 -NQ/HU ngày 10 /12/2021)');
  });

  it('writes the document type as running text', () => {
    expect(typeInText('NGHỊ QUYẾT')).toBe('Nghị quyết');
    expect(typeInText('nghị quyết')).toBe('Nghị quyết');
  });
});

describe('appendixColumns', () => {
  const keys = (d = sample()) => appendixColumns(d, profile).map((c) => c.key);

  it('STT | CHỈ TIÊU | ĐƠN VỊ TÍNH | value without last year', () => {
    const d = sample((x) => ({
      ...x,
      appendix: { ...x.appendix, columns: { previousTarget: false, previousResult: false, assessment: false }, valueHeader: undefined },
    }));
    expect(appendixColumns(d, profile).map((c) => c.header)).toEqual(['STT', 'CHỈ TIÊU', 'ĐƠN VỊ TÍNH', 'CHỈ TIÊU']);
  });

  it("adds last year's columns as the document turns them on, headed with last year", () => {
    expect(keys()).toEqual(['stt', 'name', 'unit', 'previousTarget', 'previousResult', 'assessment', 'value']);
    expect(appendixColumns(sample(), profile).map((c) => c.header)).toEqual([
      'STT',
      'CHỈ TIÊU',
      'ĐƠN VỊ TÍNH',
      'KẾ HOẠCH NĂM 2025',
      'ƯỚC THỰC HIỆN NĂM 2025',
      'ĐÁNH GIÁ',
      'KẾ HOẠCH NĂM 2026',
    ]);
    const onlyResult = sample((x) => ({
      ...x,
      appendix: { ...x.appendix, columns: { previousTarget: false, previousResult: true, assessment: false } },
    }));
    expect(keys(onlyResult)).toEqual(['stt', 'name', 'unit', 'previousResult', 'value']);
  });

  it('fills the text width of the orientation; the name column takes the rest', () => {
    for (const orientation of ['portrait', 'landscape'] as const) {
      const cols = appendixColumns(sample(), profile, orientation);
      expect(cols.reduce((s, c) => s + c.widthTwips, 0)).toBe(textWidthTwips(profile, orientation));
      const name = cols.find((c) => c.key === 'name')?.widthTwips ?? 0;
      expect(name).toBeGreaterThanOrEqual(textWidthTwips(profile, orientation) / 3 - 1);
    }
  });

  it('centres STT, unit and values; the name is left-aligned', () => {
    expect(appendixColumns(sample(), profile).map((c) => c.align)).toEqual([
      'center',
      'left',
      'center',
      'center',
      'center',
      'center',
      'center',
    ]);
  });
});

describe('the appendix table of a three-level tree', () => {
  const value = (written: string) => ({
    written,
    parsed: { kind: 'exact' as const, value: Number(written), unit: '%', direction: 'higher' as const },
  });
  const deep = sample((d) => ({
    ...d,
    targets: [
      {
        key: 'muc-tieu',
        name: 'Mục tiêu cụ thể đến 2030',
        children: [
          {
            key: 'muc-tieu.kinh-te-so',
            name: 'Phát triển kinh tế số',
            children: [
              { key: 'muc-tieu.kinh-te-so.doanh-nghiep', name: 'Tỉ lệ doanh nghiệp đổi mới sáng tạo', value: value('30'), children: [] },
            ],
          },
        ],
      },
    ],
  }));

  it('numbers the first level in bold, sets the groups below it in italics and the targets upright', async () => {
    const rows = appendixRows(deep.targets);
    expect(rows.map((r) => [r.stt, r.bold, r.italic])).toEqual([
      ['1', true, false],
      ['', false, true],
      ['', false, false],
    ]);
    const xml = (await unzipDocx(await renderDocx(deep, profile))).get('word/document.xml') ?? '';
    // The appendix is the document's last section: its cells hold the last occurrence of each name.
    const runOf = (text: string) => xml.slice(xml.lastIndexOf('<w:r>', xml.lastIndexOf(text)), xml.lastIndexOf(text));
    expect(runOf('Phát triển kinh tế số')).toContain('<w:i/>');
    expect(runOf('Tỉ lệ doanh nghiệp đổi mới sáng tạo')).not.toContain('<w:i/>');
  });
});
