import { describe, expect, it } from 'vitest';
import { findIn, replaceSpans } from '../../../renderer/editor/find/match.ts';

describe('find in a text', () => {
  const text = 'Xây dựng Nông thôn mới; nông thôn, NÔNG THÔN và nong thon.';

  it('ignores case, and diacritics when asked', () => {
    expect(findIn(text, 'nông thôn', { ignoreMarks: false })).toHaveLength(3);
    expect(findIn(text, 'nong thon', { ignoreMarks: false })).toEqual([{ start: 48, end: 57 }]);
    expect(findIn(text, 'nong thon', { ignoreMarks: true })).toHaveLength(4);
    expect(findIn('Đức Trọng', 'duc', { ignoreMarks: true })).toEqual([{ start: 0, end: 3 }]);
  });

  it('gives spans of the original text, so a replacement keeps everything else', () => {
    const spans = findIn(text, 'nong thon', { ignoreMarks: true });
    expect(replaceSpans(text, spans, 'đô thị')).toBe('Xây dựng đô thị mới; đô thị, đô thị và đô thị.');
  });

  it('finds nothing for an empty query and never overlaps', () => {
    expect(findIn(text, '', { ignoreMarks: true })).toEqual([]);
    expect(findIn('aaaa', 'aa', { ignoreMarks: false })).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
  });
});
