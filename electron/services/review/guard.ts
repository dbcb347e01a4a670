import type { Finding } from '../../contract/model/office.ts';
import { findingPlace } from '../../format/findingPlace.ts';
import { PLACEHOLDER_FINDING } from '../../contract/model/placeholders.ts';
import type { ApprovalSummary } from '../../contract/model/review.ts';
import { fail, ok, type Result } from '../../contract/result.ts';
import { checkResolution, countFindings } from '../check/index.ts';
import { profileFor } from '../documents.ts';
import { listComments } from '../../store/comments.ts';
import type { Db } from '../../store/db.ts';
import { getDocument } from '../../store/documents.ts';
import { listSuggestionRows } from '../../store/reviewItems.ts';
import { attempt } from '../../store/errors.ts';

/**
 * The guardrails of "Duyệt" and "Ban hành": what is still open on a document (comments,
 * suggestions from Word, format errors and warnings) shown before the step, and the rule that a
 * step taken with format errors needs a written reason, recorded with the step.
 */

export function approvalSummary(db: Db, id: number): Result<ApprovalSummary> {
  const doc = getDocument(db, id);
  if (!doc.ok) return doc;
  const profile = profileFor(doc.value.content);
  if (!profile.ok) return profile;
  const threads = listComments(db, id);
  if (!threads.ok) return threads;
  const suggestions = attempt('đọc góp ý', () => listSuggestionRows(db, id));
  if (!suggestions.ok) return suggestions;
  const findings: Finding[] = checkResolution(doc.value.content, profile.value);
  const { errors, warnings } = countFindings(findings);
  return ok({
    status: doc.value.status,
    openComments: threads.value.filter((t) => t.resolvedAt === null).length,
    openSuggestions: suggestions.value.filter((s) => s.state === 'open').length,
    errors,
    warnings,
    findings,
  });
}

const stepNames = { duyet: 'Duyệt', 'ban-hanh': 'Ban hành' } as const;

/**
 * The "why" recorded with the step: the step's own words, and when the check finds errors, the
 * reason given for going on; without a reason then, the step is refused.
 */
export function guardedWhy(
  db: Db,
  id: number,
  step: keyof typeof stepNames,
  given: { why?: string | undefined; overrideReason?: string | undefined },
): Result<string | undefined> {
  const summary = approvalSummary(db, id);
  if (!summary.ok) return summary;
  const { errors } = summary.value;
  if (errors === 0) return ok(given.why);
  const reason = given.overrideReason?.trim();
  if (!reason) {
    return fail(
      'INVALID_INPUT',
      `Văn bản còn ${errors} lỗi thể thức. Hãy sửa các lỗi trước, hoặc ghi lý do vẫn ${stepNames[step].toLocaleLowerCase('vi')} (lý do được ghi vào lịch sử).`,
      summary.value.findings.filter((f) => f.severity === 'error').map((f) => `${findingPlace(f.path)}: ${f.message}`),
    );
  }
  const base = given.why ?? (step === 'duyet' ? 'Duyệt dự thảo' : undefined);
  const note = `${stepNames[step]} khi còn ${errors} lỗi thể thức, lý do: ${reason}`;
  return ok(base ? `${base}. ${note}` : note);
}

/**
 * Submission's guardrail: a draft whose placeholders ("…", "[… Nêu …]") are still unfilled is
 * submitted only with a written reason, recorded with the step.
 */
export function guardedSubmission(
  db: Db,
  id: number,
  given: { why?: string | undefined; overrideReason?: string | undefined },
): Result<string | undefined> {
  const summary = approvalSummary(db, id);
  if (!summary.ok) return summary;
  const open = summary.value.findings.filter((f) => f.code === PLACEHOLDER_FINDING);
  if (open.length === 0) return ok(given.why);
  const reason = given.overrideReason?.trim();
  if (!reason) {
    return fail(
      'INVALID_INPUT',
      `Dự thảo còn ${open.length} chỗ chưa điền (đánh dấu "…"). Hãy điền trước khi trình, hoặc ghi lý do vẫn trình (lý do được ghi vào lịch sử).`,
      open.map((f) => `${findingPlace(f.path)}: ${f.message}`),
    );
  }
  const note = `Trình khi còn ${open.length} chỗ chưa điền, lý do: ${reason}`;
  return ok(given.why ? `${given.why}. ${note}` : note);
}
