import type { Block, Heading } from '../contract/model/body.ts';
import { headingLabels } from '../format/headingNumbers.ts';
import type { FormatProfile } from '../format/profile.ts';

/** A heading whose label is known: the literal one, or the one `numberHeadings` gave it. */
export type NumberedHeading = Heading & { label: string };
export type NumberedBlock = Exclude<Block, Heading> | NumberedHeading;

/**
 * Gives every heading without a label its number, in the profile's forms (headingLabels, shared
 * with the editor's page): part "Phần thứ nhất", section "I." or "I-", item "1.", subitem "1.1.",
 * subsubitem "1.1.1."; counters restart under their parent and a literal label sets its level's
 * counter. Other blocks pass through unchanged.
 */
export function numberHeadings(blocks: readonly Block[], profile: FormatProfile): NumberedBlock[] {
  const headings = blocks.filter((b): b is Heading => b.type === 'heading');
  const labels = headingLabels(
    headings.map((h) => ({ level: h.level, label: h.label ?? null })),
    profile,
  );
  let next = 0;
  return blocks.map((block) => (block.type === 'heading' ? { ...block, label: labels[next++] ?? '' } : block));
}
