import { describe, expect, it } from 'vitest';
import { layoutFindings, type LayoutBlock } from '../../../renderer/editor/pages/layoutFindings.ts';
import { paginate, type FlowBlock } from '../../../renderer/editor/pages/paginate.ts';

const text = (t = 'Đoạn văn.'): LayoutBlock => ({ kind: 'text', text: t, headerRows: 0, rows: 1, appendix: false });
const heading = (t: string): LayoutBlock => ({ kind: 'heading', text: t, headerRows: 0, rows: 1, appendix: false });
const table = (rows: number, appendix = false): LayoutBlock => ({ kind: 'table', text: '', headerRows: 1, rows, appendix });
const opening: LayoutBlock = { kind: 'opening', text: '', headerRows: 0, rows: 1, appendix: false };
const closing: LayoutBlock = { kind: 'closing', text: '', headerRows: 0, rows: 1, appendix: false };

describe('layout findings (from where the pages start)', () => {
  it('finds the signature block alone on the last page, with the keep-with-body fix', () => {
    const found = layoutFindings(
      [opening, text(), text(), closing],
      [
        { block: 0, line: 0 },
        { block: 3, line: 0 },
      ],
    );
    expect(found).toEqual([expect.objectContaining({ code: 'LAYOUT_CLOSING_ALONE', page: 2, action: { kind: 'keep-closing' } })]);
    expect(found[0]?.message).toMatch(/Trang 2 chỉ có phần "Nơi nhận" và chữ ký/);
    // The last paragraph on the closing's page: nothing to say.
    expect(
      layoutFindings(
        [opening, text(), text(), closing],
        [
          { block: 0, line: 0 },
          { block: 2, line: 0 },
        ],
      ),
    ).toEqual([]);
  });

  it('finds a heading (or a run of headings) left at the foot of a page, fixed by a page break before the first', () => {
    const blocks = [opening, text(), heading('II. NHIỆM VỤ, GIẢI PHÁP'), heading('1. Về kinh tế'), text(), closing];
    const found = layoutFindings(blocks, [
      { block: 0, line: 0 },
      { block: 4, line: 0 },
    ]);
    expect(found).toEqual([
      expect.objectContaining({ code: 'LAYOUT_HEADING_AT_FOOT', page: 1, action: { kind: 'break-before', block: 2 } }),
    ]);
    expect(found[0]?.message).toContain('"II. NHIỆM VỤ, GIẢI PHÁP" nằm cuối trang 1');
    // A long heading is quoted up to a word end, never cut mid-word.
    const long = heading('III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU VỀ PHÁT TRIỂN KINH TẾ - XÃ HỘI, QUỐC PHÒNG - AN NINH');
    const [quoted] = layoutFindings(
      [opening, text(), long, text(), closing],
      [
        { block: 0, line: 0 },
        { block: 3, line: 0 },
      ],
    );
    expect(quoted?.message).toContain('"III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU VỀ PHÁT TRIỂN KINH TẾ - XÃ…" nằm cuối trang 1');
  });

  it("finds a table's header row alone at the foot of a page, and a page holding only a table's last rows", () => {
    const blocks = [opening, text(), table(12), text(), closing];
    expect(
      layoutFindings(blocks, [
        { block: 0, line: 0 },
        { block: 2, line: 1 },
      ]),
    ).toEqual([expect.objectContaining({ code: 'LAYOUT_TABLE_HEADER_AT_FOOT', page: 1, action: { kind: 'break-before', block: 2 } })]);
    const tail = layoutFindings(blocks, [
      { block: 0, line: 0 },
      { block: 2, line: 10 },
      { block: 3, line: 0 },
    ]);
    expect(tail).toEqual([expect.objectContaining({ code: 'LAYOUT_TABLE_END_ALONE', page: 2 })]);
    expect(tail[0]?.message).toBe('Trang 2 chỉ có 2 dòng cuối của bảng ở trang trước.');
    // A table going on for many rows on its next page is not a stub.
    expect(
      layoutFindings(blocks, [
        { block: 0, line: 0 },
        { block: 2, line: 4 },
        { block: 3, line: 0 },
      ]),
    ).toEqual([]);
    // The appendix's table: said, but no page break to offer (the appendix is its own section).
    const appendix = layoutFindings(
      [opening, text(), closing, table(20, true)],
      [
        { block: 0, line: 0 },
        { block: 3, line: 0 },
        { block: 3, line: 18 },
      ],
    );
    expect(appendix).toEqual([expect.objectContaining({ code: 'LAYOUT_TABLE_END_ALONE', page: 3, action: null })]);
  });

  it('keep-with-body takes the last paragraph onto the signature page (paginate honours keepNext)', () => {
    const line = 20;
    const flow = (keep: boolean): FlowBlock[] => [
      { lines: Array.from({ length: 20 }, () => line), before: 0, after: 0 },
      { lines: [line, line], before: 0, after: 0, ...(keep ? { keepNext: true } : {}) },
      { lines: [150], before: 0, after: 0, unbreakable: true },
    ];
    const blocks = [text(), text(), closing];
    const loose = paginate(flow(false), { pageHeight: 500, widowControl: true });
    expect(layoutFindings(blocks, loose).map((f) => f.code)).toEqual(['LAYOUT_CLOSING_ALONE']);
    const kept = paginate(flow(true), { pageHeight: 500, widowControl: true });
    expect(kept).toEqual([
      { block: 0, line: 0 },
      { block: 1, line: 0 },
    ]);
    expect(layoutFindings(blocks, kept)).toEqual([]);
  });
});
