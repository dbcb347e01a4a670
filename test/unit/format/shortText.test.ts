import { describe, expect, it } from 'vitest';
import { shortText } from '../../../electron/format/shortText.ts';

describe('shortText', () => {
  it('cuts at the end of a word, never mid-word, and says so with "…"', () => {
    const summary = 'Về phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh, xây dựng Đảng, xây dựng hệ thống chính trị năm 2027';
    expect(summary.slice(0, 60)).toBe('Về phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh');
    expect(shortText(summary, 58)).toBe('Về phát triển kinh tế - xã hội, đảm bảo quốc phòng - an…');
    expect(shortText(summary, 62)).toBe('Về phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh…');
    expect(shortText('Về  công tác\nchuyển đổi số', 60)).toBe('Về công tác chuyển đổi số');
    expect(shortText('Siêuuuuuuuuuuuuuudài', 8)).toBe('Siêuuuuu…');
  });
});
