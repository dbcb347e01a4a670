import { describe, it, expect } from 'vitest';
import { fromRoman, toRoman } from '../../../electron/format/roman.ts';

describe('toRoman', () => {
  it.each([
    [1, 'I'],
    [4, 'IV'],
    [7, 'VII'],
    [9, 'IX'],
    [11, 'XI'],
    [13, 'XIII'],
    [14, 'XIV'],
    [40, 'XL'],
    [90, 'XC'],
    [400, 'CD'],
    [1994, 'MCMXCIV'],
    [2024, 'MMXXIV'],
    [3999, 'MMMCMXCIX'],
  ])('%i -> %s', (n, text) => {
    expect(toRoman(n)).toBe(text);
  });

  it.each([0, -1, 4000, 1.5, Number.NaN])('refuses %s', (n) => {
    expect(() => toRoman(n)).toThrow(RangeError);
  });
});

describe('fromRoman', () => {
  it('round-trips every number from 1 to 3999', () => {
    for (let n = 1; n <= 3999; n += 1) {
      expect(fromRoman(toRoman(n))).toBe(n);
    }
  });

  it('reads lower case and surrounding spaces', () => {
    expect(fromRoman(' xiv ')).toBe(14);
    expect(fromRoman('vii')).toBe(7);
  });

  it.each(['', 'IIII', 'VV', 'IC', 'IL', 'XM', 'MMMM', 'ABC', 'I V', '4'])('"%s" is not a Roman numeral', (text) => {
    expect(fromRoman(text)).toBeNull();
  });
});
