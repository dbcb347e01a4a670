import { COMMON_UNITS, foldUnit } from '../../format/units.ts';

/**
 * Units of measure that party and government plans write in a targets table's "ĐƠN VỊ TÍNH"
 * column (`format/units.ts`): used to find where the indicator ends when a conversion lost the cell border
 * ("Thu NSNN do huyện quản lý tỷ đồng 770,4"). A unit the table writes in a cell of its own is
 * learned on top of these. Pure.
 */

const COMMON_FOLDED = COMMON_UNITS.map(foldUnit);

/** A short cell that can be a unit: at most three words, no sentence marks, no figure other than in "m2", "1 vạn dân". */
export function isUnitLike(s: string): boolean {
  const t = s.trim();
  if (t === '' || t.length > 24) return false;
  if (t === '%' || t === '‰') return true;
  const words = t.split(/\s+/);
  if (words.length > 3) return false;
  if (/[.:;!?"“”()]/u.test(t)) return false;
  // An indicator starts with a capital; a unit does not, except an abbreviation ("USD", "MW").
  const initial = t.charAt(0);
  if (initial !== initial.toLocaleLowerCase('vi') && !/^[A-ZĐ]{2,4}$/u.test(words[0] ?? '')) return false;
  return /^[\p{L}%‰²³/]/u.test(t);
}

/**
 * When `text` ends with a unit (a common one or one of `learned`, the longest that fits): the
 * words before it ('' when the whole text is the unit); else null.
 */
export function endsWithUnit(text: string, learned: ReadonlySet<string>): string | null {
  const t = foldUnit(text);
  let best = -1;
  for (const u of [...COMMON_FOLDED, ...[...learned].map(foldUnit)]) {
    if (u.length <= best) continue;
    if (t === u || t.endsWith(` ${u}`) || (u === '%' && t.endsWith('%'))) best = u.length;
  }
  if (best < 0) return null;
  // `t` is `text` folded (case, spaces): cut the original at the same count of non-space characters.
  const keep = t.slice(0, t.length - best).replace(/\s/g, '').length;
  let seen = 0;
  let cut = 0;
  while (cut < text.length && seen < keep) {
    if (!/\s/u.test(text.charAt(cut))) seen += 1;
    cut += 1;
  }
  return text.slice(0, cut).trim();
}
