import type { Assessment, PartsMet, TargetNode } from '../../../electron/contract/model/targets.ts';
import { assessTarget } from '../../../electron/format/assessment.ts';
import { describeParsedValue, parseTargetValue } from '../../../electron/format/targetValue.ts';
import { omit, withText } from '../../app/objects.ts';

/** A row's value after the secretary typed `written` (kept exactly; the parsed reading beside it). */
export function withValue(node: TargetNode, written: string): TargetNode {
  if (written.trim() === '') {
    const rest = omit(node, 'value');
    return rest;
  }
  return { ...node, value: { written, parsed: parseTargetValue(written, node.unit) } };
}

/** A new unit also changes how the value reads ("64" + "%"). */
export function withUnit(node: TargetNode, unit: string): TargetNode {
  const next = withText(node, 'unit', unit);
  return node.value ? withValue(next, node.value.written) : next;
}

export type Reading = { text: string; warning: string | null };

/** What the app read from the value, and a warning when it has figures it could not read. */
export function readingOf(node: TargetNode): Reading | null {
  if (!node.value) return null;
  const { parsed, written } = node.value;
  const text = describeParsedValue(parsed, node.unit);
  const warning =
    parsed.kind === 'qualitative' && /\d/.test(written)
      ? 'Có số nhưng không đọc được: viết như “trên 64”, “4.000 - 4.500”, “tăng 6 - 7”, “dưới 18” để ứng dụng tự đánh giá.'
      : null;
  return { text, warning };
}

/** A verdict as the chip shows it; a group met in part carries its count (`parts`: "Đạt 2/3"). */
export type Judged = { assessment: Assessment; reason: string; stored: boolean; parts?: PartsMet | undefined };

/** Last year's assessment: the one stored with the document, else judged from last year's target and result. */
export function judgedPrevious(node: TargetNode): Judged | null {
  const prev = node.previous;
  if (!prev) return null;
  if (prev.assessment) return { assessment: prev.assessment, reason: 'Đánh giá đã ghi trong văn bản', stored: true, parts: prev.parts };
  if (!prev.target || !prev.result) return null;
  const lastYear: TargetNode = { ...node, value: { written: prev.target, parsed: parseTargetValue(prev.target, node.unit) } };
  const outcome = assessTarget(lastYear, { written: prev.result });
  return { ...outcome, stored: false };
}
