import { describe, expect, it } from 'vitest';
import { fitText, shortText } from '../../../electron/format/shortText.ts';

describe('shortText', () => {
  it('cuts at the end of a word, never mid-word, and says so with "…"', () => {
    const summary = 'Về phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh, xây dựng Đảng, xây dựng hệ thống chính trị năm 2027';
    expect(summary.slice(0, 60)).toBe('Về phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh');
    expect(shortText(summary, 58)).toBe('Về phát triển kinh tế - xã hội, đảm bảo quốc phòng - an…');
    expect(shortText(summary, 62)).toBe('Về phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh…');
    expect(shortText('Về  công tác\nchuyển đổi số', 60)).toBe('Về công tác chuyển đổi số');
    expect(shortText('Siêuuuuuuuuuuuuuudài', 8)).toBe('Siêuuuuu…');
  });

  it("keeps line breaks when asked (a part's words quoted as they read), still cutting at a word end", () => {
    const summary = 'Về phát triển kinh tế - xã hội,\n  bảo đảm  quốc phòng - an ninh năm 2027 ';
    expect(shortText(summary, 100, { lines: 'keep' })).toBe('Về phát triển kinh tế - xã hội,\nbảo đảm quốc phòng - an ninh năm 2027');
    expect(shortText(summary, 40, { lines: 'keep' })).toBe('Về phát triển kinh tế - xã hội,\nbảo đảm…');
    // A cut just after a line's end drops the break and the comma before it.
    expect(shortText(summary, 33, { lines: 'keep' })).toBe('Về phát triển kinh tế - xã hội…');
    expect(shortText(summary, 33)).toBe('Về phát triển kinh tế - xã hội…');
    expect(shortText('Một\nhai ba', 5, { lines: 'keep' })).toBe('Một…');
  });

  it('fits a text in a length with the "…" counted, leaving one that fits as it is (fitText)', () => {
    expect(fitText('Về  công tác', 12)).toBe('Về  công tác');
    expect(fitText('Về công tác chuyển đổi số', 12)).toBe('Về công tác…');
    expect(fitText('Về công tác chuyển đổi số', 11)).toBe('Về công…');
    expect(fitText('Siêuuuuuuuuuuuuuudài', 8)).toBe('Siêuuuu…');
    expect(fitText('Về công\ntác chuyển', 12, { lines: 'keep' })).toBe('Về công\ntác…');
  });
});
