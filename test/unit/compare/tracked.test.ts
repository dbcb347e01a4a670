import { describe, expect, it } from 'vitest';
import type { Block } from '../../../electron/contract/model/index.ts';
import { trackedItems, trackedSummary } from '../../../electron/services/compare/tracked.ts';
import { trackedChangesDocx } from '../../../electron/services/compare/trackedExport.ts';
import { findProfile } from '../../../electron/format/profiles/index.ts';
import { unzipDocx } from '../../support/docxXml.ts';
import { draft, must } from '../store/kit.ts';

const profile = findProfile('hd36-2018');
if (!profile) throw new Error('thiếu thể thức');
const p = (text: string, italic?: boolean): Block => ({ type: 'paragraph', runs: [{ type: 'text', text, ...(italic ? { italic } : {}) }] });
const table = (cell: string): Block => ({
  type: 'table',
  headerRows: 1,
  rows: [[{ runs: [{ type: 'text', text: 'Chỉ tiêu' }] }], [{ runs: [{ type: 'text', text: cell }] }]],
});

describe('the tracked-changes body', () => {
  it('deletes a moved paragraph where it stood and inserts it where it now is; replaces a changed table', () => {
    const before = draft(2026, (d) => {
      d.body = [p('Một'), p('Hai'), p('Ba'), table('cũ')];
    });
    const after = draft(2026, (d) => {
      d.body = [p('Hai'), p('Ba'), p('Một'), table('mới')];
    });
    const items = trackedItems(before, after, profile);
    expect(items.map((i) => [i.kind, i.kind === 'line' ? '' : i.block.type])).toEqual([
      ['deleted', 'paragraph'],
      ['kept', 'paragraph'],
      ['kept', 'paragraph'],
      ['inserted', 'paragraph'],
      ['deleted', 'table'],
      ['inserted', 'table'],
    ]);
  });

  it('keeps the formatting of each word and numbers headings in each version', () => {
    const before = draft(2026, (d) => {
      d.body = [{ type: 'heading', level: 'part', runs: [{ type: 'text', text: 'KẾT QUẢ' }] }, p('Giữ vững ổn định', true)];
    });
    const after = draft(2026, (d) => {
      d.body = [
        { type: 'heading', level: 'part', runs: [{ type: 'text', text: 'KẾT QUẢ THỰC HIỆN' }] },
        p('Giữ vững ổn định chính trị', true),
      ];
    });
    const [heading, para] = trackedItems(before, after, profile);
    expect(heading).toMatchObject({ kind: 'changed', prefix: [{ op: 'equal', text: 'Phần thứ nhất' }] });
    expect(heading?.kind === 'changed' && heading.segments.map((s) => [s.op, s.text])).toEqual([
      ['equal', 'KẾT QUẢ'],
      ['insert', ' THỰC HIỆN'],
    ]);
    expect(para?.kind === 'changed' && para.segments.map((s) => [s.op, s.text, s.emphasis?.italic])).toEqual([
      ['equal', 'Giữ vững ổn định', true],
      ['insert', ' chính trị', true],
    ]);
    expect(trackedSummary(before, after)).toBeNull();
  });

  it('keeps a word set not bold apart from one left to the style, in a bold heading: the writer prints them differently', async () => {
    const heading = (...runs: { text: string; bold?: boolean }[]): Block => ({
      type: 'heading',
      level: 'section',
      runs: runs.map((r) => ({ type: 'text', ...r })),
    });
    const before = draft(2026, (d) => {
      d.body = [heading({ text: 'MỤC TIÊU' }, { text: ' chung', bold: false })];
    });
    const after = draft(2026, (d) => {
      d.body = [heading({ text: 'MỤC TIÊU' }, { text: ' chung', bold: false }, { text: ' mới' })];
    });
    const [item] = trackedItems(before, after, profile);
    expect(item?.kind === 'changed' && item.segments.map((s) => [s.op, s.text, s.emphasis?.bold])).toEqual([
      ['equal', 'MỤC TIÊU', undefined],
      ['equal', ' chung', false],
      ['insert', ' mới', undefined],
    ]);
    const xml = (await unzipDocx(must(await trackedChangesDocx(before, after, { author: 'A', date: '2025-12-01T08:00:00.000Z' })))).get(
      'word/document.xml',
    );
    expect(xml).toMatch(/<w:r><w:rPr><w:b\/>[^]*?<w:t[^>]*>MỤC TIÊU<\/w:t>/);
    expect(xml).toMatch(/<w:r><w:rPr>(?:(?!<w:b\/>)[^])*?<\/w:rPr><w:t[^>]*> chung<\/w:t>/);
  });

  it('packs a document with inserted and deleted tables, footnotes and rows that Word can open', async () => {
    const before = draft(2026, (d) => {
      d.body = [p('Đoạn giữ nguyên.'), table('cũ'), { type: 'targets' }];
    });
    const after = draft(2026, (d) => {
      d.body = [
        {
          type: 'paragraph',
          runs: [
            { type: 'text', text: 'Đoạn giữ nguyên.' },
            { type: 'footnote', runs: [{ type: 'text', text: 'Theo báo cáo.' }] },
          ],
        },
        table('mới'),
        { type: 'targets' },
      ];
      d.targets = [];
    });
    const parts = await unzipDocx(must(await trackedChangesDocx(before, after, { author: 'A', date: '2025-12-01T08:00:00.000Z' })));
    const xml = parts.get('word/document.xml') ?? '';
    expect(xml).toContain('<w:trPr><w:del ');
    expect(xml).toContain('<w:trPr><w:ins ');
    expect(xml).toContain('<w:footnoteReference');
    expect(xml).toContain('w:date="2025-12-01T08:00:00Z"');
    expect(xml).toMatch(/<w:delText[^>]*>1\. Giá trị sản xuất:<\/w:delText>/);
    expect(parts.get('word/footnotes.xml')).toContain('Theo báo cáo.');
  });
});
