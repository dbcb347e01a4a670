import type { HeadingLevel } from '../contract/model/body.ts';
import { partLabel } from './ordinals.ts';
import type { FormatProfile } from './profile.ts';
import { fromRoman, toRoman } from './roman.ts';

/**
 * The numbers the writer gives headings (the same rules as the .docx writer's numbering, so the
 * screen shows what will print): part "Phần thứ nhất", section "I." or "I-", item "1.", subitem
 * "1.1.", subsubitem "1.1.1."; counters restart under their parent and a literal label sets its
 * level's counter so that automatic numbers carry on from it.
 */
const depth: Record<HeadingLevel, number> = { part: 0, section: 1, item: 2, subitem: 3, subsubitem: 4 };

function labelValue(level: HeadingLevel, label: string): number | null {
  const text = label.trim();
  if (level === 'part') {
    const lower = text.toLocaleLowerCase('vi');
    for (let n = 1; n <= 20; n++) if (partLabel(n).toLocaleLowerCase('vi') === lower) return n;
    return null;
  }
  if (level === 'section') return fromRoman(text.replace(/[.\-–:\s]+$/, ''));
  const last = /(\d+)\D*$/.exec(text);
  return last ? Number(last[1]) : null;
}

/** Whether a literal label is a number of this heading level ("3." is an item's, not a section's: "I."). */
export function labelFitsLevel(level: HeadingLevel, label: string): boolean {
  return labelValue(level, label) !== null;
}

function autoLabel(level: HeadingLevel, counters: readonly number[], sectionForm: 'I.' | 'I-'): string {
  const [part = 0, section = 0, item = 0, sub = 0, subsub = 0] = counters;
  switch (level) {
    case 'part':
      return part >= 1 && part <= 99 ? partLabel(part) : `Phần ${part}`;
    case 'section':
      return section >= 1 ? `${toRoman(section)}${sectionForm === 'I-' ? '-' : '.'}` : `${section}.`;
    case 'item':
      return `${item}.`;
    case 'subitem':
      return item > 0 ? `${item}.${sub}.` : `${sub}.`;
    case 'subsubitem':
      return item > 0 ? `${item}.${sub}.${subsub}.` : `${sub}.${subsub}.`;
  }
}

export type HeadingRef = { level: HeadingLevel; label: string | null };

/** The printed label of each heading, in order: its literal label, or the automatic number. */
export function headingLabels(headings: readonly HeadingRef[], profile: Pick<FormatProfile, 'headings'>): string[] {
  const counters = [0, 0, 0, 0, 0];
  return headings.map((h) => {
    const d = depth[h.level];
    const literal = h.label?.trim() ? h.label : null;
    const fromLabel = literal === null ? null : labelValue(h.level, literal);
    counters[d] = fromLabel ?? (counters[d] ?? 0) + 1;
    for (let i = d + 1; i < counters.length; i++) counters[i] = 0;
    return literal ?? autoLabel(h.level, counters, profile.headings.sectionForm);
  });
}
