import type { PasteProblem, TargetAssessment } from '../contract/verbs/results.ts';
import { fail, ok, type Result } from '../contract/result.ts';
import { assessTargetTree } from '../format/assessment.ts';
import { parseResultsPaste } from '../format/resultsPaste.ts';
import type { Db } from '../store/db.ts';
import { latestDocument } from '../store/documents.ts';
import { targetsWithResults } from '../store/targets.ts';
import { saveTypedResults } from './documentActions.ts';

/** A year's targets of a body (its latest resolution of that year) with results and assessments. */
export function assessYear(db: Db, orgId: string, year: number): Result<TargetAssessment> {
  const doc = latestDocument(db, orgId, year);
  if (!doc.ok) return doc;
  const rows = targetsWithResults(db, orgId, year);
  if (!rows.ok) return rows;
  if (!doc.value || !rows.value) return fail('NOT_FOUND', `${orgId} chưa có nghị quyết năm ${year}.`);
  const results = new Map(
    rows.value.rows.flatMap((r) =>
      r.result ? [[r.key, { written: r.result.written, parsed: r.result.parsed ?? undefined }] as const] : [],
    ),
  );
  const outcomes = assessTargetTree(doc.value.content.targets, results);
  const targets = rows.value.rows.map((r) => ({
    key: r.key,
    depth: r.depth,
    name: r.name,
    unit: r.unit ?? '',
    target: r.target?.written ?? '',
    result: r.result?.written ?? '',
    assessment: outcomes.get(r.key)?.assessment ?? null,
    reason: outcomes.get(r.key)?.reason ?? '',
    parts: outcomes.get(r.key)?.parts ?? null,
  }));
  return ok({ documentId: doc.value.id, targets });
}

/**
 * Results pasted from a spreadsheet for a year: matched to the targets of the body's latest
 * resolution of that year, read with each target's unit (as typed results are), stored as source
 * "dán bảng tính". The rows not taken come back as problems; none taken is an error that lists them.
 */
export function pasteResults(
  db: Db,
  input: { orgId: string; year: number; text: string; who: string },
): Result<{ saved: number; problems: PasteProblem[] }> {
  const doc = latestDocument(db, input.orgId, input.year);
  if (!doc.ok) return doc;
  if (!doc.value) return fail('NOT_FOUND', `${input.orgId} chưa có nghị quyết năm ${input.year} để nhập kết quả.`);
  const pasted = parseResultsPaste(input.text, doc.value.content.targets);
  const problems = pasted.problems.map((p) => p.message);
  if (pasted.rows.length === 0) return fail('INVALID_INPUT', 'Không có kết quả nào khớp với chỉ tiêu.', problems);
  const entries = pasted.rows.map((r) => ({ key: r.key, written: r.written }));
  const saved = saveTypedResults(db, { orgId: input.orgId, year: input.year, who: input.who, entries, source: 'dan-bang-tinh' });
  return saved.ok ? ok({ saved: saved.value, problems: pasted.problems }) : saved;
}
