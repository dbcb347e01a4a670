import { expect } from 'vitest';
import { parsedValueSchema } from '../../../electron/contract/model/targets.ts';
import type { ParsedValue } from '../../../electron/contract/model/targets.ts';

/** Short builders for expected parsed values. */
export const exact = (value: number, unit?: string): ParsedValue => ({ kind: 'exact', value, unit, direction: 'exact' });
export const atLeast = (value: number, unit?: string): ParsedValue => ({
  kind: 'lowerBound',
  value,
  inclusive: true,
  unit,
  direction: 'higher',
});
export const above = (value: number, unit?: string): ParsedValue => ({
  kind: 'lowerBound',
  value,
  inclusive: false,
  unit,
  direction: 'higher',
});
export const atMost = (value: number, unit?: string): ParsedValue => ({
  kind: 'upperBound',
  value,
  inclusive: true,
  unit,
  direction: 'lower',
});
export const below = (value: number, unit?: string): ParsedValue => ({
  kind: 'upperBound',
  value,
  inclusive: false,
  unit,
  direction: 'lower',
});
export const range = (min: number, max: number, unit?: string): ParsedValue => ({ kind: 'range', min, max, unit, direction: 'higher' });
export const rise = (min: number, max: number, unit?: string): ParsedValue => ({
  kind: 'growthRange',
  min,
  max,
  unit,
  direction: 'higher',
});
export const fall = (min: number, max: number, unit?: string): ParsedValue => ({
  kind: 'growthRange',
  min,
  max,
  unit,
  direction: 'lower',
});
export const qualitative: ParsedValue = { kind: 'qualitative', direction: 'none' };

/** Asserts the value and that it is a valid model value (no unit key when none was found). */
export function expectParsed(actual: ParsedValue, expected: ParsedValue): void {
  expect(actual).toEqual(expected);
  expect(parsedValueSchema.parse(actual)).toEqual(actual);
  if (!('unit' in expected) || expected.unit === undefined) expect(actual).not.toHaveProperty('unit');
}
