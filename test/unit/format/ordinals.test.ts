import { describe, it, expect } from 'vitest';
import { conferenceOrdinal, ordinalWord, partLabel } from '../../../electron/format/ordinals.ts';

describe('partLabel', () => {
  it.each([
    [1, 'Phần thứ nhất'],
    [2, 'Phần thứ hai'],
    [3, 'Phần thứ ba'],
    [4, 'Phần thứ tư'],
    [5, 'Phần thứ năm'],
  ])('%i -> %s', (n, text) => {
    expect(partLabel(n)).toBe(text);
  });
});

describe('ordinalWord', () => {
  it.each([
    [6, 'sáu'],
    [7, 'bảy'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [50, 'năm mươi'],
    [51, 'năm mươi mốt'],
    [55, 'năm mươi lăm'],
    [99, 'chín mươi chín'],
  ])('%i -> %s', (n, text) => {
    expect(ordinalWord(n)).toBe(text);
  });

  it.each([0, 100, 2.5, -3])('refuses %s', (n) => {
    expect(() => ordinalWord(n)).toThrow(RangeError);
  });
});

describe('conferenceOrdinal', () => {
  it('writes the conference line in capitals', () => {
    expect(conferenceOrdinal(7)).toBe('LẦN THỨ BẢY');
    expect(conferenceOrdinal(1)).toBe('LẦN THỨ NHẤT');
    expect(conferenceOrdinal(14)).toBe('LẦN THỨ MƯỜI BỐN');
    expect(conferenceOrdinal(21)).toBe('LẦN THỨ HAI MƯƠI MỐT');
  });
});
