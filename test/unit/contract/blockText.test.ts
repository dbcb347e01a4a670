import { describe, expect, it } from 'vitest';
import { blockToText, type Block } from '../../../electron/contract/model/body.ts';
import { footnoteInBrackets } from '../../../electron/contract/model/inline.ts';
import { blockText } from '../../../electron/services/compare/blocks.ts';
import { documentSearchText } from '../../../electron/store/searchText.ts';
import { fixture } from '../store/kit.ts';

/** A body block's plain text has one home (model/body.ts blockToText), used by the comparison and the search index. */
const note = { type: 'footnote', runs: [{ type: 'text', text: 'Theo Nghị quyết 05' }] } as const;
const blocks: Block[] = [
  { type: 'heading', level: 'section', label: ' I. ', runs: [{ type: 'text', text: 'MỤC TIÊU', bold: true }] },
  { type: 'paragraph', label: 'a)', runs: [{ type: 'text', text: 'Thu ngân sách' }, note, { type: 'text', text: ' đạt 85,5 tỷ đồng.' }] },
  { type: 'paragraph', runs: [{ type: 'text', text: 'Không nhãn.' }] },
  { type: 'bullet', marker: '-', runs: [{ type: 'text', text: 'Giữ vững quốc phòng.' }] },
  {
    type: 'table',
    rows: [
      [{ runs: [{ type: 'text', text: 'STT' }] }, { runs: [{ type: 'text', text: 'Chỉ tiêu' }] }],
      [{ runs: [{ type: 'text', text: '1' }] }, { runs: [{ type: 'text', text: 'Thu' }, note] }],
    ],
  },
  { type: 'targets' },
  { type: 'page-break' },
] as Block[];

describe("a body block's plain text", () => {
  it('is its label or marker and its words, a table cell by cell, row by row; footnotes left out unless asked', () => {
    expect(blocks.map((b) => blockToText(b))).toEqual([
      'I. MỤC TIÊU',
      'a) Thu ngân sách đạt 85,5 tỷ đồng.',
      'Không nhãn.',
      '- Giữ vững quốc phòng.',
      'STT | Chỉ tiêu\n1 | Thu',
      '',
      '',
    ]);
    expect(blockToText(blocks[1] as Block, footnoteInBrackets)).toBe('a) Thu ngân sách[chú thích: Theo Nghị quyết 05] đạt 85,5 tỷ đồng.');
  });

  it('is what the comparison shows (footnotes in brackets, targets and page breaks named)', () => {
    expect(blocks.map(blockText)).toEqual([
      'I. MỤC TIÊU',
      'a) Thu ngân sách[chú thích: Theo Nghị quyết 05] đạt 85,5 tỷ đồng.',
      'Không nhãn.',
      '- Giữ vững quốc phòng.',
      'STT | Chỉ tiêu\n1 | Thu[chú thích: Theo Nghị quyết 05]',
      '[Các chỉ tiêu]',
      '[Ngắt trang]',
    ]);
  });

  it("is what the search index reads (a footnote's words set apart; the label trimmed)", () => {
    const doc = { ...fixture('duc-trong-2022-nq04-hu'), body: blocks };
    const { body } = documentSearchText(doc);
    expect(body).toContain(
      'I. MỤC TIÊU\na) Thu ngân sách Theo Nghị quyết 05  đạt 85,5 tỷ đồng.\nKhông nhãn.\n- Giữ vững quốc phòng.\nSTT | Chỉ tiêu\n1 | Thu Theo Nghị quyết 05 \n',
    );
  });
});
