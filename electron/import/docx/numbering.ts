import { toRoman } from '../../format/roman.ts';
import type { XmlElement } from '../../ooxml/xml/parse.ts';
import { children, numAttr, val } from '../../ooxml/xml/query.ts';

/**
 * Word's list numbering (numbering.xml) turned into the literal labels it draws: "1.", "1.1.",
 * "a)", "II." — or the bullet character for a bullet list. Counters run per list (numId) and
 * restart below a level that advances, as Word does.
 */

type Level = { start: number; format: string; text: string };

export type Numbering = {
  /** The label of the next paragraph of list `numId` at level `ilvl`, or null when the list is unknown. */
  next(numId: string, ilvl: number): { label: string; bullet: boolean } | null;
};

function readLevels(el: XmlElement | null): Map<number, Level> {
  const out = new Map<number, Level>();
  for (const lvl of children(el, 'w:lvl')) {
    const ilvl = numAttr(lvl, 'w:ilvl') ?? 0;
    out.set(ilvl, {
      start: Number(val(lvl, 'w:start') ?? 1) || 0,
      format: val(lvl, 'w:numFmt') ?? 'decimal',
      text: val(lvl, 'w:lvlText') ?? '',
    });
  }
  return out;
}

function letters(n: number): string {
  if (n < 1) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return n >= 1 && n <= 3999 ? toRoman(n) : String(n);
    case 'lowerRoman':
      return n >= 1 && n <= 3999 ? toRoman(n).toLowerCase() : String(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

export function readNumbering(root: XmlElement | null): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const a of children(root, 'w:abstractNum')) {
    const id = a.attrs['w:abstractNumId'];
    if (id !== undefined) abstracts.set(id, readLevels(a));
  }
  const nums = new Map<string, Map<number, Level>>();
  for (const n of children(root, 'w:num')) {
    const id = n.attrs['w:numId'];
    const abstractId = val(n, 'w:abstractNumId');
    const base = abstractId === null ? undefined : abstracts.get(abstractId);
    if (id === undefined || !base) continue;
    const levels = new Map(base);
    for (const o of children(n, 'w:lvlOverride')) {
      const ilvl = numAttr(o, 'w:ilvl') ?? 0;
      const own = readLevels(o).get(ilvl);
      const start = val(o, 'w:startOverride');
      const level = own ?? levels.get(ilvl);
      if (level) levels.set(ilvl, start === null ? level : { ...level, start: Number(start) || 0 });
    }
    nums.set(id, levels);
  }
  const counters = new Map<string, number[]>();
  return {
    next(numId, ilvl) {
      const levels = nums.get(numId);
      if (!levels || numId === '0') return null;
      const level = levels.get(ilvl);
      if (!level) return null;
      const bullet = level.format === 'bullet';
      if (bullet) return { label: level.text, bullet };
      const count = counters.get(numId) ?? [];
      for (let k = 0; k <= ilvl; k++) if (count[k] === undefined) count[k] = (levels.get(k)?.start ?? 1) - (k === ilvl ? 1 : 0);
      count[ilvl] = (count[ilvl] ?? 0) + 1;
      count.length = ilvl + 1;
      counters.set(numId, count);
      const label = level.text.replace(/%([1-9])/g, (_, d: string) => {
        const k = Number(d) - 1;
        return formatNumber(count[k] ?? levels.get(k)?.start ?? 1, levels.get(k)?.format ?? 'decimal');
      });
      return { label, bullet };
    },
  };
}
