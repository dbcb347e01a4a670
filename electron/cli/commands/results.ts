import { readFileSync } from 'node:fs';
import { assessmentText } from '../../format/assessment.ts';
import { callOptions, ORG_YEAR_HINT, orgYear, type Call } from '../commandTable.ts';
import { runVerb } from '../call.ts';
import { EXIT_FAILURE, EXIT_OK } from '../output.ts';
import { pad } from '../store.ts';
import type { orgYearOptions } from '../table/files.ts';

/** soan-nq targets and soan-nq results import: a year's targets beside its results. */

/** soan-nq targets: a year's targets beside its results, assessed. */
export function targets({ io, values, positionals, usage }: Call<typeof orgYearOptions>): Promise<number> | number {
  const scope = orgYear(values);
  if (scope === null || positionals.length > 0) return usage(ORG_YEAR_HINT);
  return runVerb(io, 'assessTargets', scope, callOptions(values), ({ documentId, targets }) => {
    if (values.json) {
      io.out(JSON.stringify({ org: scope.orgId, year: scope.year, document: documentId, targets }, null, 2));
      return EXIT_OK;
    }
    io.out(`Chỉ tiêu năm ${scope.year} của ${scope.orgId} (văn bản #${documentId}):`);
    io.out(`${pad('STT', 4)} ${pad('Chỉ tiêu', 52)} ${pad('ĐVT', 12)} ${pad('Kế hoạch', 16)} ${pad('Kết quả', 12)} Đánh giá`);
    let stt = 0;
    for (const r of targets) {
      const number = r.depth === 0 ? String(++stt) : '';
      const judged = r.assessment ? { assessment: r.assessment, parts: r.parts ?? undefined } : null;
      const label = judged && (r.target || r.depth === 0 || r.parts) ? assessmentText(judged) : '';
      const name = pad(`${'  '.repeat(r.depth)}${r.name}`, 52);
      io.out(`${pad(number, 4)} ${name} ${pad(r.unit, 12)} ${pad(r.target, 16)} ${pad(r.result, 12)} ${label}`);
    }
    return EXIT_OK;
  });
}

/** soan-nq results import: results pasted from a spreadsheet. */
export function resultsImport({ io, values, positionals, usage }: Call<typeof orgYearOptions>): Promise<number> | number {
  const scope = orgYear(values);
  if (scope === null) return usage(ORG_YEAR_HINT);
  const [sub, file, ...extra] = positionals;
  if (sub !== 'import' || !file || extra.length > 0) {
    return usage('cần "results import" và một tệp (hoặc - để đọc từ bàn phím).');
  }
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch {
    io.err(`Lỗi: không đọc được "${file}".`);
    return EXIT_FAILURE;
  }
  return runVerb(io, 'pasteResults', { ...scope, text }, callOptions(values), ({ saved, problems }) => {
    for (const p of problems) io.err(p.message);
    const review = problems.length > 0 ? `; ${problems.length} dòng cần xem lại` : '';
    io.out(`Đã lưu ${saved} kết quả năm ${scope.year} của ${scope.orgId}${review}.`);
    return EXIT_OK;
  });
}
