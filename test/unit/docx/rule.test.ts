import { describe, expect, it } from 'vitest';
import { ruleIndents } from '../../../electron/docx/header.ts';
import { baseLetter, textWidthEm1000, textWidthPt } from '../../../electron/format/textMetrics.ts';
import { textWidthTwips } from '../../../electron/docx/page.ts';
import { percentOf } from '../../../electron/docx/units.ts';
import { profile } from './helpers.ts';

describe('the rule under "ĐẢNG CỘNG SẢN VIỆT NAM"', () => {
  it('Vietnamese letters take their base letter width', () => {
    expect(['Ả', 'Ộ', 'Ệ', 'Đ', 'đ', 'ữ'].map(baseLetter)).toEqual(['A', 'O', 'E', 'D', 'd', 'u']);
  });

  it('measures the title with Times-Bold widths', () => {
    // ĐẢNG 2944 + CỘNG 3000 + SẢN 2000 + VIỆT 2445 + NAM 2388 + 4 spaces 1000
    expect(textWidthEm1000('ĐẢNG CỘNG SẢN VIỆT NAM', true)).toBe(13777);
    expect(textWidthPt('ĐẢNG CỘNG SẢN VIỆT NAM', 15, true)).toBeCloseTo(206.655, 3);
    expect(textWidthEm1000('NAM', false)).toBe(722 + 722 + 889);
  });

  it('indents the rule so it is exactly as wide as the text, centred in the right column', () => {
    const column = textWidthTwips(profile) - percentOf(textWidthTwips(profile), profile.header.columns[0]);
    const { left, right, width } = ruleIndents(profile.header.partyTitle.text, profile, column);
    expect(width).toBe(4133);
    expect(column - left - right).toBe(width);
    expect(Math.abs(left - right)).toBeLessThanOrEqual(1);
  });

  it('never indents below zero in a narrow column', () => {
    expect(ruleIndents('ĐẢNG CỘNG SẢN VIỆT NAM', profile, 3000)).toEqual({ left: 0, right: 0, width: 4133 });
  });
});
