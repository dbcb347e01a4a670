import type { PreviousYear } from '../../contract/model/targets.ts';

/**
 * A target as read, before it gets its key: the indicator's words, the unit, the value exactly
 * as written, last year's figures from the appendix, and how sure the reader is of the split.
 */
export type TargetDraft = {
  name: string;
  unit?: string;
  written?: string;
  previous?: PreviousYear;
  /** A footnote marker taken off the value ("(*)"), for the review notes. */
  note?: string;
  children: TargetDraft[];
  /** 0..1: how sure the reader is of the name/value split. */
  confidence: number;
};

export function countDrafts(drafts: readonly TargetDraft[]): number {
  return drafts.reduce((n, d) => n + 1 + countDrafts(d.children), 0);
}
