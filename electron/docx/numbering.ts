import type { Block, Heading, HeadingLevel } from '../contract/model/body.ts';
import type { FormatProfile } from '../format/profile.ts';
import { partLabel } from '../format/ordinals.ts';
import { fromRoman, toRoman } from '../format/roman.ts';

/** A heading whose label is known: the literal one, or the one `numberHeadings` gave it. */
export type NumberedHeading = Heading & { label: string };
export type NumberedBlock = Exclude<Block, Heading> | NumberedHeading;

const depth: Record<HeadingLevel, number> = { part: 0, section: 1, item: 2, subitem: 3, subsubitem: 4 };

/** The number a literal label stands for, so that automatic numbers carry on after it. */
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

function autoLabel(level: HeadingLevel, counters: readonly number[], profile: FormatProfile): string {
  const [part = 0, section = 0, item = 0, sub = 0, subsub = 0] = counters;
  switch (level) {
    case 'part':
      return partLabel(part);
    case 'section':
      return profile.headings.sectionForm === 'I-' ? `${toRoman(section)}-` : `${toRoman(section)}.`;
    case 'item':
      return `${item}.`;
    case 'subitem':
      return item > 0 ? `${item}.${sub}.` : `${sub}.`;
    case 'subsubitem':
      return item > 0 ? `${item}.${sub}.${subsub}.` : `${sub}.${subsub}.`;
  }
}

/**
 * Gives every heading without a label its number, in the profile's forms: part "Phần thứ nhất",
 * section "I." or "I-", item "1.", subitem "1.1.", subsubitem "1.1.1.". Counters restart under
 * their parent; a literal label ("III.", "2.1") sets its level's counter, so numbering carries on
 * from it. Other blocks pass through unchanged.
 */
export function numberHeadings(blocks: readonly Block[], profile: FormatProfile): NumberedBlock[] {
  const counters = [0, 0, 0, 0, 0];
  return blocks.map((block) => {
    if (block.type !== 'heading') return block;
    const d = depth[block.level];
    const literal = block.label?.trim() ? block.label : undefined;
    const fromLabel = literal === undefined ? null : labelValue(block.level, literal);
    counters[d] = fromLabel ?? (counters[d] ?? 0) + 1;
    for (let i = d + 1; i < counters.length; i++) counters[i] = 0;
    return { ...block, label: literal ?? autoLabel(block.level, counters, profile) };
  });
}
