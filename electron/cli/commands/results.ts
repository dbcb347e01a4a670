import { readFileSync } from 'node:fs';
import { assessmentLabels } from '../../format/assessment.ts';
import { callOptions, ORG_YEAR_HINT, orgYear, parseCommand, storeOptions, usageError, type Command } from '../args.ts';
import { runVerb } from '../call.ts';
import { EXIT_FAILURE, EXIT_OK } from '../output.ts';
import { pad } from '../store.ts';

/** soan-nq targets and soan-nq results import: a year's targets beside its results. */

const targetsUsage = '  soan-nq targets --org <mã> --year <năm> [--json]    Chỉ tiêu, kết quả và đánh giá của một năm';
const orgYearOptions = { ...storeOptions, org: { type: 'string' }, year: { type: 'string' } } as const;

export const targetsCommand: Command = {
  name: 'targets',
  usage: targetsUsage,
  async run(argv, io) {
    const parsed = parseCommand(io, argv, orgYearOptions, targetsUsage);
    if (typeof parsed === 'number') return parsed;
    const scope = orgYear(parsed.values);
    if (scope === null || parsed.positionals.length > 0) return usageError(io, ORG_YEAR_HINT, targetsUsage);
    return runVerb(io, 'assessTargets', scope, callOptions(parsed.values), ({ documentId, targets }) => {
      if (parsed.values.json) {
        io.out(JSON.stringify({ org: scope.orgId, year: scope.year, document: documentId, targets }, null, 2));
        return EXIT_OK;
      }
      io.out(`Chỉ tiêu năm ${scope.year} của ${scope.orgId} (văn bản #${documentId}):`);
      io.out(`${pad('STT', 4)} ${pad('Chỉ tiêu', 52)} ${pad('ĐVT', 12)} ${pad('Kế hoạch', 16)} ${pad('Kết quả', 12)} Đánh giá`);
      let stt = 0;
      for (const r of targets) {
        const number = r.depth === 0 ? String(++stt) : '';
        const label = r.assessment && (r.target || r.depth === 0) ? assessmentLabels[r.assessment] : '';
        const name = pad(`${'  '.repeat(r.depth)}${r.name}`, 52);
        io.out(`${pad(number, 4)} ${name} ${pad(r.unit, 12)} ${pad(r.target, 16)} ${pad(r.result, 12)} ${label}`);
      }
      return EXIT_OK;
    });
  },
};

const resultsUsage = `  soan-nq results import --org <mã> --year <năm> <tệp.tsv|->
                                                      Nhập kết quả từ bảng dán từ Excel (phân cách tab)`;

export const resultsCommand: Command = {
  name: 'results',
  usage: resultsUsage,
  async run(argv, io) {
    const parsed = parseCommand(io, argv, orgYearOptions, resultsUsage);
    if (typeof parsed === 'number') return parsed;
    const scope = orgYear(parsed.values);
    if (scope === null) return usageError(io, ORG_YEAR_HINT, resultsUsage);
    const [sub, file, ...extra] = parsed.positionals;
    if (sub !== 'import' || !file || extra.length > 0) {
      return usageError(io, 'cần "results import" và một tệp (hoặc - để đọc từ bàn phím).', resultsUsage);
    }
    let text: string;
    try {
      text = readFileSync(file === '-' ? 0 : file, 'utf8');
    } catch {
      io.err(`Lỗi: không đọc được "${file}".`);
      return EXIT_FAILURE;
    }
    return runVerb(io, 'pasteResults', { ...scope, text }, callOptions(parsed.values), ({ saved, problems }) => {
      for (const p of problems) io.err(`Dòng ${p.line}: ${p.message}`);
      const review = problems.length > 0 ? `; ${problems.length} dòng cần xem lại` : '';
      io.out(`Đã lưu ${saved} kết quả năm ${scope.year} của ${scope.orgId}${review}.`);
      return EXIT_OK;
    });
  },
};
