import { assessmentText } from '../../../electron/format/assessment.ts';
import type { Judged } from './values.ts';

/** Vượt / Đạt / Không đạt / Cần đánh giá, or how many parts a group met ("Đạt 2/3"): colour and words (never colour alone). */
export function AssessmentChip({ judged }: { judged: Judged | null }) {
  if (!judged) return <span className="chip chip-none">—</span>;
  return (
    <span
      className={`chip chip-${judged.assessment}`}
      title={judged.reason}
      data-testid="assessment-chip"
      data-assessment={judged.assessment}
    >
      {assessmentText(judged, true)}
    </span>
  );
}
