import type { Assessment, PreviousYear } from '../../contract/model/targets.ts';
import { normalizeIndicatorName } from '../../format/resultsPaste.ts';
import { tidy } from '../layout/text.ts';
import type { SourceTable } from '../source.ts';
import { limits } from '../../ooxml/limits.ts';
import type { TargetDraft } from '../targets/draft.ts';
import { joinSubHeader, readHeader, tableColumns, type TableColumns } from './tableColumns.ts';

/**
 * A targets table (STT | CHỈ TIÊU | ĐƠN VỊ TÍNH | [last year's columns] | value) as a tree:
 * a row with a number in STT is a top-level target (a group when it has no value and rows
 * follow), a row without one is a child of the numbered row above; Roman STT rows ("I", "II")
 * are groups above the numbered rows. Header rows repeated after a page break, and a row of
 * column numbers ("(1) (2) (3)"), are skipped. Tables continued over pages are read as one.
 */

const cellText = (cells: readonly { text: string }[] | undefined): string => tidy((cells ?? []).map((p) => p.text).join(' '));
const norm = (s: string): string => normalizeIndicatorName(s);

function rowTexts(row: SourceTable['rows'][number]): string[] {
  return row.map((cell) => cellText(cell));
}

export function isTargetsTable(t: SourceTable): boolean {
  return t.rows.slice(0, 3).some((row) => readHeader(rowTexts(row)) !== null);
}

const ASSESS: Record<string, Assessment> = { vuot: 'vuot', dat: 'dat', 'khong dat': 'khong-dat' };

export type TableTargets = {
  drafts: TargetDraft[];
  valueHeader: string;
  columns: {
    previousTarget: boolean;
    previousResult: boolean;
    assessment: boolean;
    years?: { previousTarget?: number; previousResult?: number; value?: number };
    resultEstimated?: boolean;
  };
};

export function readTargetsTables(tables: readonly SourceTable[], planYear: number | null): TableTargets | null {
  let cols: TableColumns | null = null;
  let header: string[] = [];
  const top: TargetDraft[] = [];
  const hasRoman = tables.some((t) => t.rows.some((r) => /^[IVXLC]+\.?$/.test(cellText(r[0]))));
  let group: TargetDraft | null = null;
  let numbered: TargetDraft | null = null;
  let count = 0;
  for (const t of tables) {
    let underHeader: string[] | null = null;
    for (const row of t.rows) {
      if (count >= limits.maxTargets) break;
      const texts = rowTexts(row);
      // The second row of a header written on two (a year over its "KH" and "ƯTH" columns).
      const joined = underHeader ? joinSubHeader(underHeader, texts) : null;
      if (joined) {
        if (header === underHeader) [cols, header] = [tableColumns(joined), joined];
        underHeader = null;
        continue;
      }
      const asHeader = tableColumns(texts);
      underHeader = asHeader ? texts : null;
      if (asHeader) {
        if (!cols) [cols, header] = [asHeader, texts];
        continue;
      }
      if (!cols || texts.every((x, i) => x === '' || x.replace(/[()]/g, '') === String(i + 1))) continue;
      const at = (i: number | null): string => (i === null ? '' : (texts[i] ?? ''));
      const stt = at(cols.stt).replace(/\.$/, '');
      const name = at(cols.name);
      if (!name) continue;
      const draft: TargetDraft = { name, children: [], confidence: 0.95 };
      count += 1;
      const unit = at(cols.unit);
      const written = at(cols.value);
      if (unit) draft.unit = unit;
      if (written) draft.written = written;
      const previous: PreviousYear = { year: lastYear(cols, planYear) };
      if (at(cols.previousTarget)) previous.target = at(cols.previousTarget);
      if (at(cols.previousResult)) previous.result = at(cols.previousResult);
      const assessment = ASSESS[norm(at(cols.assessment))];
      if (assessment) previous.assessment = assessment;
      if (Object.keys(previous).length > 1) draft.previous = previous;
      if (/^[IVXLC]+$/.test(stt) && hasRoman) {
        top.push(draft);
        group = draft;
        numbered = null;
      } else if (/^\d+$/.test(stt)) {
        (hasRoman && group ? group.children : top).push(draft);
        numbered = draft;
      } else {
        const parent = numbered ?? group;
        if (parent) parent.children.push(draft);
        else top.push(draft);
      }
    }
  }
  if (!cols) return null;
  const { years } = cols;
  const known = Object.fromEntries(Object.entries(years).filter(([, y]) => y !== null)) as NonNullable<TableTargets['columns']['years']>;
  return {
    drafts: top,
    valueHeader: header[cols.value] ?? 'CHỈ TIÊU',
    columns: {
      previousTarget: cols.previousTarget !== null,
      previousResult: cols.previousResult !== null,
      assessment: cols.assessment !== null,
      ...(Object.keys(known).length > 0 ? { years: known } : {}),
      ...(cols.resultEstimated !== null ? { resultEstimated: cols.resultEstimated } : {}),
    },
  };
}

/** The year last year's figures are for: as the header says, else the year before the plan's. */
function lastYear(cols: TableColumns, planYear: number | null): number {
  const { years } = cols;
  return years.previousTarget ?? years.previousResult ?? (years.value ?? planYear ?? 2001) - 1;
}
