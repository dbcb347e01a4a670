import { callOptions, ORG_YEAR_HINT, orgYear, type Call } from '../commandTable.ts';
import { callVerb } from '../call.ts';
import { writeJsonFile } from '../files.ts';
import { EXIT_FAILURE, EXIT_OK, printError } from '../output.ts';
import { withStore } from '../store.ts';
import type { draftOptions } from '../table/files.ts';

/** soan-nq draft next-year --org <org> --year <y> -o draft.json [--carry] [--save] [--template <id>] */

export function draftNextYear({ io, values, positionals, usage }: Call<typeof draftOptions>): Promise<number> | number {
  const scope = orgYear(values);
  if (scope === null) return usage(ORG_YEAR_HINT);
  const { out, carry, save, template } = values;
  if (positionals.join(' ') !== 'next-year' || !out) return usage('cần "draft next-year" và tệp dự thảo (-o).');
  const request = { ...scope, carryValues: carry === true, ...(template ? { templateId: template } : {}) };
  const call = callOptions(values);
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
}
