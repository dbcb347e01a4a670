import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../electron/import/pdf/index.ts';
import { linesOfPage, type PdfItem } from '../../../electron/import/pdf/lines.ts';

/**
 * Word gaps of a PDF's text layer decided by glyph widths: a space glyph is a gap however narrow
 * it is drawn; a glyph that prints with no advance (a tone mark a font builds "ố" with) does not
 * hide the gap after it. On LibreOffice's PDF of a .docx (test/fixtures/pdf-gaps/make.py) and on
 * items laid out by hand.
 */

const SOURCE =
  'Giữ vững ổn định chính trị; nhiệm vụ ưu tiên là phát triển; tỷ lệ ủng hộ cao; chủ ý ấy đúng; ' +
  'đô thị hóa ổn định; phụ nữ ứng cử; tiêu chí ấp văn hóa ở nông thôn; phí ủy thác; đại hội ở cơ sở; ' +
  'vụ án ở xã; dư nợ ủy thác; thủ tục ủy quyền; số hộ ở vùng sâu; chế độ ưu đãi; xử lý ô nhiễm; y tế ở cơ sở.';

describe('word gaps in a LibreOffice PDF', () => {
  it('keeps every space between words ending and starting with toned vowels, in either font, aligned left or justified', async () => {
    const r = await readPdf(new Uint8Array(readFileSync(new URL('../../fixtures/pdf-gaps/word-gaps.pdf', import.meta.url))));
    if (!r.ok) throw new Error(r.error.message);
    // A paragraph broken by the page end comes as two blocks: words are counted over the whole text.
    const texts = r.value.blocks.flatMap((b) => (b.kind === 'para' ? [b.text] : []));
    const words = texts.join(' ').split(/\s+/u).filter(Boolean);
    expect(words.length).toBe(8 * SOURCE.split(' ').length);
    // Times New Roman (Liberation Serif) reads back exactly.
    expect(texts.slice(0, 4)).toEqual([SOURCE, SOURCE, SOURCE, SOURCE]);
    // DejaVu Sans Mono: its marks are named wrongly by the text layer ('"'), but no two words run together.
    for (const pair of ['hộ ở', 'độ ưu', 'ở cở sở.']) expect(texts.slice(4).join(' ').split(pair).length - 1, pair).toBe(4);
  });
});

const item = (str: string, x: number, width: number, font = 'f1'): PdfItem => ({ str, x, y: 700, width, size: 14, font });

describe('linesOfPage word gaps', () => {
  it('reads a space glyph drawn narrower than a word gap as a space', () => {
    const [line] = linesOfPage([item('số', 100, 16.8), item(' ', 116.8, 1.7), item('hộ', 118.5, 16.8)]);
    expect(line?.text).toBe('số hộ');
  });

  it('learns a glyph with no advance from a letter drawn back over it, and finds the gap after it', () => {
    const w = 8.4;
    const items = [
      // "ấy": the mark's declared advance is drawn over by "y".
      item('ấ"', 100, 2 * w),
      item('y', 100 + w, w),
      // "số hộ": the space is the mark's declared advance, no space glyph.
      item(' ', 100 + 2 * w, w),
      item('sô"', 100 + 3 * w, 3 * w),
      item('hộ', 100 + 6 * w + 0.07, 2 * w),
    ];
    expect(linesOfPage(items)[0]?.text).toBe('ấ"y sô" hộ');
    // The same glyph in another font is a glyph like any other: "ab"c" stays one word.
    expect(linesOfPage([item('ab"', 100, 3 * w, 'f2'), item('c', 100 + 3 * w, w, 'f2')])[0]?.text).toBe('ab"c');
  });
});
