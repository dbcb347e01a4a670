import { parseTargetValue } from '../../format/targetValue.ts';
import type { TargetDraft } from './draft.ts';

/**
 * Whether a statement read as a target states a figure to reach: a number with its unit or "%",
 * not a year ("đến năm 2030"), a date or a name with a digit in it ("5G", "COVID-19").
 */
export function isFigureTarget(d: TargetDraft): boolean {
  const w = d.written?.trim();
  // A qualitative clause keeps its words as the value and has no unit.
  if (!w || d.unit === undefined || parseTargetValue(w).kind === 'qualitative') return false;
  if (/^(?:năm\s+)?(?:19|20)\d{2}$/u.test(w)) return false;
  if (/^\d+\p{Lu}/u.test(w)) return false;
  return !/^\d{1,2}\/\d{1,2}(?:\/\d{2,4})?$/u.test(w);
}
