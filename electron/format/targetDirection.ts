import type { Direction } from '../contract/model/targets.ts';
import { foldText } from './fold.ts';

/**
 * Which way is better for an indicator whose value is a bare figure ("Tỷ lệ hộ nghèo: 0,24%",
 * "Theo thể thấp còi: <18%" needs no help: its bound says it). A figure alone reads "more is
 * better" (770,4 tỷ đồng), but the figure of a harm is a level to come down to: a poverty rate of
 * 0,5% against 0,4% is not "vượt". Known harms by their words, folded; a name that already says
 * which way ("giảm", "thoát nghèo", "không có ma túy", "phòng, chống") is left alone. Pure.
 */
const HARMS = [
  'ho ngheo',
  'ho can ngheo',
  'tai ngheo',
  'suy dinh duong',
  'that nghiep',
  'tai nan',
  'toi pham',
  'tu vong',
  'con thu ba',
  'con thu 3',
  'tang dan so tu nhien',
  'o nhiem',
  'no xau',
  'bo hoc',
  'mu chu',
  'nghien ma tuy',
  'vu chay',
] as const;

/** Words that say the direction themselves, or turn the harm round ("không có", "thoát"). */
const SAYS_ITSELF = /\b(?:giam|khong|thoat|xoa|phong|chong|kiem che|keo)\b/u;

/** "lower" when the indicator names a harm and its words do not already say which way; else undefined. */
export function betterOfName(name: string): Direction | undefined {
  const folded = ` ${foldText(name).replace(/[^a-z0-9]+/g, ' ')} `;
  if (SAYS_ITSELF.test(folded)) return undefined;
  return HARMS.some((h) => folded.includes(` ${h} `)) ? 'lower' : undefined;
}
