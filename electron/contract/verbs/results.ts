import * as z from 'zod';
import type { Assessment, PartsMet } from '../model/targets.ts';
import { channel, orgIdField as orgId, yearField as year } from './channel.ts';

/** One target of a year with its result and assessment, as the targets table prints it. */
export type AssessedRow = {
  key: string;
  depth: number;
  name: string;
  unit: string;
  target: string;
  result: string;
  assessment: Assessment | null;
  reason: string;
  /** A group's parts (no figure of its own): how many were met; it is shown "đạt 2/3" rather than a verdict. */
  parts: PartsMet | null;
};

/** A year's targets of a body from its latest resolution of that year, with results and assessments. */
export type TargetAssessment = { documentId: number; targets: AssessedRow[] };

/** A line of a pasted table that was not taken, and why: `message` is the whole sentence, "Dòng 4: …" (not to be prefixed again). */
export type PasteProblem = { line: number; message: string };

/** Results of a year, beside the targets they measure. */
export const resultVerbs = {
  /** The targets of the body's resolution for the year, each with its result and assessment (vượt / đạt / không đạt / cần đánh giá). */
  assessTargets: channel<TargetAssessment>()(z.object({ orgId, year })),
  /** Results pasted from a spreadsheet (tab-separated), matched to the year's targets and read with each target's unit. */
  pasteResults: channel<{ saved: number; problems: PasteProblem[] }>()(
    z.object({ orgId, year, text: z.string().min(1, 'Bảng dán không có dòng nào').max(5_000_000, 'Bảng dán quá lớn') }),
  ),
};
