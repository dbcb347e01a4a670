import { describe, it, expect } from 'vitest';
import { formatDocNumber, formatDocSymbol, parseDocNumber } from '../../../electron/format/docNumber.ts';
import type { NumberingRules } from '../../../electron/format/docNumber.ts';

const rules: NumberingRules = { prefix: 'Số', leadingZeroBelow: 10, blankSeq: '    ' };

describe('formatDocNumber', () => {
  it('writes the number with a leading zero below ten and no colon', () => {
    expect(formatDocNumber({ seq: 4, typeCode: 'NQ', issuerCode: 'HU' }, rules)).toBe('Số 04-NQ/HU');
    expect(formatDocNumber({ seq: 9, typeCode: 'NQ', issuerCode: 'HU' }, rules)).toBe('Số 09-NQ/HU');
    expect(formatDocNumber({ seq: 12, typeCode: 'BS', issuerCode: 'VPHU' }, rules)).toBe('Số 12-BS/VPHU');
    expect(formatDocNumber({ seq: 126, typeCode: 'QĐ', issuerCode: 'TU' }, rules)).toBe('Số 126-QĐ/TU');
  });

  it('leaves room for the number of a draft', () => {
    expect(formatDocSymbol({ seq: null, typeCode: 'NQ', issuerCode: 'HU' }, rules)).toBe('    -NQ/HU');
    expect(formatDocNumber({ seq: null, typeCode: 'NQ', issuerCode: 'HU' }, rules)).toBe('Số     -NQ/HU');
  });
});

describe('parseDocNumber', () => {
  it.each([
    ['Số 04-NQ/HU', { seq: 4, typeCode: 'NQ', issuerCode: 'HU' }],
    ['Số 04 -NQ/HU', { seq: 4, typeCode: 'NQ', issuerCode: 'HU' }],
    ['Số: 12-BS/VPHU', { seq: 12, typeCode: 'BS', issuerCode: 'VPHU' }],
    ['Số 09-NQ/HU', { seq: 9, typeCode: 'NQ', issuerCode: 'HU' }],
    ['04-NQ/HU', { seq: 4, typeCode: 'NQ', issuerCode: 'HU' }],
    ['Số 26-BS/VPHU', { seq: 26, typeCode: 'BS', issuerCode: 'VPHU' }],
    ['Số 06-NQ/TU', { seq: 6, typeCode: 'NQ', issuerCode: 'TU' }],
    ['Số 126-QĐ/TU', { seq: 126, typeCode: 'QĐ', issuerCode: 'TU' }],
    ['Số     -NQ/HU', { seq: null, typeCode: 'NQ', issuerCode: 'HU' }],
  ])('%s', (text, expected) => {
    expect(parseDocNumber(text)).toEqual(expected);
  });

  it.each(['', 'Nghị quyết', 'Số 04', 'Số 04-nq/HU', 'Số 00-NQ/HU', 'Số 04-NQ/HU thêm'])('"%s" is not a number', (text) => {
    expect(parseDocNumber(text)).toBeNull();
  });

  it('round-trips with formatDocNumber', () => {
    for (const seq of [1, 4, 10, 99, 1234]) {
      const n = { seq, typeCode: 'NQ', issuerCode: 'HU' };
      expect(parseDocNumber(formatDocNumber(n, rules))).toEqual(n);
    }
  });
});
