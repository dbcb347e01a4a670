import type { Judged } from './values.ts';
import { assessmentNames } from './values.ts';

/** Vượt / Đạt / Không đạt / Cần đánh giá: colour and words (never colour alone). */
export function AssessmentChip({ judged }: { judged: Judged | null }) {
  if (!judged) return <span className="chip chip-none">—</span>;
  return (
    <span
      className={`chip chip-${judged.assessment}`}
      title={judged.reason}
      data-testid="assessment-chip"
      data-assessment={judged.assessment}
    >
      {assessmentNames[judged.assessment]}
    </span>
  );
}
