import { describe, expect, it } from 'vitest';
import { paginate, type FlowBlock } from '../../../renderer/editor/pages/paginate.ts';

const para = (n: number, extra: Partial<FlowBlock> = {}): FlowBlock => ({
  lines: Array.from({ length: n }, () => 10),
  before: 0,
  after: 0,
  ...extra,
});

describe('paginate', () => {
  it('fills pages line by line and splits a paragraph where the page ends', () => {
    expect(paginate([para(5), para(5)], { pageHeight: 70, widowControl: false })).toEqual([
      { block: 0, line: 0 },
      { block: 1, line: 2 },
    ]);
  });

  it('space after a paragraph and before the next add up', () => {
    const blocks = [para(3, { after: 15 }), para(3, { before: 10 })];
    // 30 + 15 + 10 = 55; two more lines fit in 80, the third does not.
    expect(paginate(blocks, { pageHeight: 80, widowControl: false })).toEqual([
      { block: 0, line: 0 },
      { block: 1, line: 2 },
    ]);
  });

  it('widow and orphan control move two lines, not one', () => {
    // Orphan: only the first line would fit at the foot: the paragraph moves.
    expect(paginate([para(6), para(4)], { pageHeight: 70, widowControl: true })[1]).toEqual({ block: 1, line: 0 });
    // Widow: only the last line would go over: one more line goes with it.
    expect(paginate([para(4), para(4)], { pageHeight: 70, widowControl: true })[1]).toEqual({ block: 1, line: 2 });
    // Both: a 3-line paragraph of which two lines would fit keeps two together, so it moves whole (as LibreOffice prints it).
    expect(paginate([para(5), para(3)], { pageHeight: 70, widowControl: true })[1]).toEqual({ block: 1, line: 0 });
  });

  it('a heading stays with the next paragraph; an unbreakable block moves whole; a page break starts a page', () => {
    const heading = para(1, { keepNext: true });
    expect(paginate([para(6), heading, para(3)], { pageHeight: 75, widowControl: false })[1]).toEqual({ block: 1, line: 0 });
    expect(paginate([para(6), para(3, { unbreakable: true })], { pageHeight: 80, widowControl: false })[1]).toEqual({ block: 1, line: 0 });
    expect(paginate([para(1), para(1, { breakBefore: true })], { pageHeight: 80, widowControl: false })).toHaveLength(2);
  });

  it('a table continued on the next page repeats its header row there', () => {
    const table: FlowBlock = { lines: [10, 10, 10, 10, 10, 10], before: 0, after: 0, headerRows: 1 };
    // 10 header + 5 rows = 60 > 40: rows 0..3 on page 1; page 2 holds the header again, then rows 4, 5.
    expect(paginate([table], { pageHeight: 40, widowControl: false })).toEqual([
      { block: 0, line: 0 },
      { block: 0, line: 4 },
    ]);
  });

  it('a landscape section has its own page height', () => {
    const pages = paginate([para(3), para(6, { breakBefore: true, pageHeight: 30 })], { pageHeight: 100, widowControl: false });
    expect(pages).toEqual([
      { block: 0, line: 0 },
      { block: 1, line: 0 },
      { block: 1, line: 3 },
    ]);
  });
});
