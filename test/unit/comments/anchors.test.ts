import { describe, expect, it } from 'vitest';
import type { Block } from '../../../electron/contract/model/body.ts';
import {
  anchoredCommentIds,
  commentRunCounts,
  samePrintedBody,
  stripComments,
  withAnchorFrom,
} from '../../../electron/contract/model/commentAnchors.ts';
import { sameEmphasis, type TextRun } from '../../../electron/contract/model/inline.ts';
import { resolutionSchema } from '../../../electron/contract/model/resolution.ts';
import { loadResolution } from '../../support/fixtures.ts';
import { A, B, C, markIn } from './kit.ts';

const body = (): Block[] => loadResolution('sample-minimal').body;

describe('comment anchors in the model', () => {
  it('are optional on text runs: documents without them still validate, and they survive a parse', () => {
    const doc = loadResolution('sample-minimal');
    const marked = { ...doc, body: markIn(doc.body, 2, 'nhiều chỉ tiêu', A) };
    expect(resolutionSchema.parse(marked).body).toEqual(marked.body);
    expect(() =>
      resolutionSchema.parse({ ...doc, body: [{ type: 'paragraph', runs: [{ type: 'text', text: 'x', comments: [] }] }] }),
    ).toThrow();
  });

  it('are listed in reading order with the number of runs they cover, tables included', () => {
    let blocks = markIn(body(), 13, 'canh trái', B);
    blocks = markIn(blocks, 2, 'mô hình mới', A);
    blocks = markIn(blocks, 2, 'nhiều chỉ tiêu đạt và vượt', A);
    blocks = blocks.map((b) =>
      b.type === 'table'
        ? {
            ...b,
            rows: b.rows.map((row, r) =>
              r === 0 ? row.map((cell, c) => (c === 1 ? { ...cell, runs: cell.runs.map((x) => ({ ...x, comments: [C] })) } : cell)) : row,
            ),
          }
        : b,
    );
    expect(anchoredCommentIds(blocks)).toEqual([A, C, B]);
    expect(Object.fromEntries(commentRunCounts(blocks))).toEqual({ [A]: 2, [B]: 1, [C]: 1 });
  });

  it('do not change what is printed: stripping them gives the body back', () => {
    const blocks = markIn(markIn(body(), 2, 'nhiều chỉ tiêu', A), 7, 'ghép cải tạo', B);
    expect(stripComments(blocks)).toEqual(stripComments(body()));
    expect(samePrintedBody(blocks, body())).toBe(true);
    expect(
      samePrintedBody(
        blocks,
        markIn(body(), 8, 'Một đoạn', A).map((b, i) =>
          i === 8 ? ({ ...b, type: 'paragraph', runs: [{ type: 'text', text: 'Khác.' }] } as Block) : b,
        ),
      ),
    ).toBe(false);
  });

  it('keep a run set not bold apart from one left to the style: in a bold heading they print differently (sameEmphasis)', () => {
    expect(sameEmphasis({}, { bold: undefined })).toBe(true);
    expect(sameEmphasis({ bold: true, italic: false }, { bold: true, italic: false })).toBe(true);
    expect(sameEmphasis({ bold: false }, {})).toBe(false);
    expect(sameEmphasis({ underline: undefined }, { underline: false })).toBe(false);
    const heading = (...runs: TextRun[]): Block => ({ type: 'heading', level: 'section', runs });
    const marked = heading(
      { type: 'text', text: 'MỤC TIÊU', comments: [A] },
      { type: 'text', text: ' chung', bold: false, comments: [A] },
      { type: 'text', text: ' mới', bold: false },
    );
    expect(stripComments([marked])).toEqual([
      heading({ type: 'text', text: 'MỤC TIÊU' }, { type: 'text', text: ' chung mới', bold: false }),
    ]);
    expect(samePrintedBody([marked], [heading({ type: 'text', text: 'MỤC TIÊU chung mới' })])).toBe(false);
  });

  it('are copied from another form of the same body, keeping the anchors already there', () => {
    const stored = markIn(body(), 2, 'mô hình mới', A);
    const edited = markIn(markIn(body(), 7, 'ghép cải tạo', B), 2, 'đầu tiên', C);
    const merged = withAnchorFrom(stored, edited, B);
    expect(merged).not.toBeNull();
    expect(anchoredCommentIds(merged ?? [])).toEqual([A, B]);
    const runs = merged?.[7]?.type === 'bullet' ? merged[7].runs : [];
    expect(runs.map((r) => (r.type === 'text' ? [r.text, r.comments ?? []] : ['[fn]', []]))).toEqual([
      ['trong đó ', []],
      ['ghép cải tạo', [B]],
      [' 40 ha', []],
      ['[fn]', []],
      ['.', []],
    ]);
    expect(withAnchorFrom(stored, [], B)).toBeNull();
  });
});
