import { describe, it, expect } from 'vitest';
import { formatNumberVi, padBelow, parseNumberVi } from '../../../electron/format/numbers.ts';

describe('formatNumberVi', () => {
  it.each([
    [15577, '15.577'],
    [770.4, '770,4'],
    [0.24, '0,24'],
    [4000, '4.000'],
    [1234567.5, '1.234.567,5'],
    [100, '100'],
    [0, '0'],
    [999, '999'],
    [-15577, '-15.577'],
    [-770.4, '-770,4'],
  ])('%s -> %s', (value, text) => {
    expect(formatNumberVi(value)).toBe(text);
  });

  it('keeps at most maxDecimals decimals and drops trailing zeros', () => {
    expect(formatNumberVi(1.005, 1)).toBe('1');
    expect(formatNumberVi(10.3, 4)).toBe('10,3');
    expect(formatNumberVi(2.5, 0)).toBe('3');
    expect(formatNumberVi(1.23456, 3)).toBe('1,235');
  });

  it('does not write "-0" for a negative value that rounds to zero', () => {
    expect(formatNumberVi(-0.001)).toBe('0');
  });

  it('refuses values it cannot write', () => {
    expect(() => formatNumberVi(Number.NaN)).toThrow(RangeError);
    expect(() => formatNumberVi(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => formatNumberVi(1e21)).toThrow(/quá lớn/);
  });
});

describe('parseNumberVi', () => {
  it.each([
    ['15.577', 15577],
    ['770,4', 770.4],
    ['4.000', 4000],
    ['1.234,5', 1234.5],
    ['1.234.567', 1234567],
    ['0,24', 0.24],
    ['0.24', 0.24],
    ['02', 2],
    ['100', 100],
    [' 10,3 ', 10.3],
    ['-5', -5],
    ['−5', -5],
    ['+7', 7],
    ['1 234', 1234],
  ])('%s -> %s', (text, value) => {
    expect(parseNumberVi(text)).toBe(value);
  });

  it.each(['', 'abc', '12%', '1,2,3', '1.23.456', '12.', '12,', ',5', '.5', '1,234.5', '1..2', '6 - 7', 'QC02'])(
    '"%s" is not a number',
    (text) => {
      expect(parseNumberVi(text)).toBeNull();
    },
  );

  it('round-trips with formatNumberVi', () => {
    for (const n of [0, 1, 0.24, 770.4, 4000, 15577, 70000, 1234567.89]) {
      expect(parseNumberVi(formatNumberVi(n))).toBe(n);
    }
  });
});

describe('padBelow', () => {
  it('puts a leading zero below ten', () => {
    expect(padBelow(4)).toBe('04');
    expect(padBelow(0)).toBe('00');
    expect(padBelow(10)).toBe('10');
    expect(padBelow(123)).toBe('123');
    expect(padBelow(-3)).toBe('-3');
  });
});
