import { callOptions, ORG_YEAR_HINT, orgYear, parseCommand, storeOptions, usageError, type Command } from '../args.ts';
import { callVerb } from '../call.ts';
import { writeJsonFile } from '../files.ts';
import { EXIT_FAILURE, EXIT_OK, printError } from '../output.ts';
import { withStore } from '../store.ts';

/** soan-nq draft next-year --org <org> --year <y> -o draft.json [--carry] [--save] [--template <id>] */

const usage = `  soan-nq draft next-year --org <mã> --year <năm> -o <dự-thảo.json> [--carry] [--save] [--template <mẫu>]
                                                      Dự thảo năm sau từ nghị quyết và kết quả năm trước`;

const options = {
  ...storeOptions,
  org: { type: 'string' },
  year: { type: 'string' },
  out: { type: 'string', short: 'o' },
  carry: { type: 'boolean' },
  save: { type: 'boolean' },
  template: { type: 'string' },
} as const;

export const draftCommand: Command = {
  name: 'draft',
  usage,
  async run(argv, io) {
    const parsed = parseCommand(io, argv, options, usage);
    if (typeof parsed === 'number') return parsed;
    const scope = orgYear(parsed.values);
    if (scope === null) return usageError(io, ORG_YEAR_HINT, usage);
    const { out, carry, save, template } = parsed.values;
    if (parsed.positionals.join(' ') !== 'next-year' || !out) return usageError(io, 'cần "draft next-year" và tệp dự thảo (-o).', usage);
    const request = { ...scope, carryValues: carry === true, ...(template ? { templateId: template } : {}) };
    const call = callOptions(parsed.values);
    return withStore(io, call.db, async (store) => {
      let content;
      let savedId: number | null = null;
      if (save) {
        const created = await callVerb(store, 'createNextYear', request, call);
        if (!created.ok) return (printError(io, created.error), EXIT_FAILURE);
        content = created.value.content;
        savedId = created.value.id;
      } else {
        const prepared = await callVerb(store, 'prepareNextYear', request, call);
        if (!prepared.ok) return (printError(io, prepared.error), EXIT_FAILURE);
        content = prepared.value;
      }
      const written = await writeJsonFile(out, content);
      if (!written.ok) return (printError(io, written.error), EXIT_FAILURE);
      const where = savedId !== null ? ` (lưu trong kho: văn bản #${savedId})` : '';
      io.out(`Đã tạo dự thảo nghị quyết năm ${scope.year} của ${scope.orgId}: ${out}${where}.`);
      return EXIT_OK;
    });
  },
};
