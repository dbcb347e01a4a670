import { normalizeIndicatorName } from '../../format/resultsPaste.ts';

/**
 * What each column of a targets table's header is for, read from its words, whatever their
 * order, spelling or abbreviation: STT; the indicator ("Chỉ tiêu", "Nội dung"); the unit
 * ("Đơn vị tính", "ĐVT"); a plan ("Kế hoạch", "KH", "Chỉ tiêu", "Mục tiêu", "Nghị quyết", a bare
 * "Năm 2027"); an estimate of the year's result ("Ước thực hiện", "Ước TH", "ƯTH", "Ước đạt"); an
 * actual result ("Thực hiện", "TH", "Kết quả"); a comparison ("So sánh (%)", "Tỷ lệ %",
 * "TH/KH (%)", "Tăng/giảm"); an assessment ("Đánh giá"); a note ("Ghi chú"); and the year each
 * is for ("Kế hoạch năm 2025", "KH 2026", a year in a spanning cell above).
 *
 * Then which column holds this year's value (the last plan, unless an earlier one names a later
 * year), last year's plan (the plan for the year before it) and last year's result (for
 * the same year as last year's plan: an actual result before an estimate). Pure.
 */

export type ColumnRole = 'stt' | 'name' | 'unit' | 'plan' | 'estimate' | 'actual' | 'compare' | 'assessment' | 'note' | 'other';
export type HeaderColumn = { role: ColumnRole; year: number | null };

export type TableColumns = {
  stt: number;
  name: number;
  unit: number | null;
  value: number;
  previousTarget: number | null;
  previousResult: number | null;
  assessment: number | null;
  /** The year of this year's value column, of last year's plan and of last year's result, where the header says. */
  years: { value: number | null; previousTarget: number | null; previousResult: number | null };
  /** Last year's result is an estimate ("Ước thực hiện") rather than the year's actual figure ("Thực hiện"). */
  resultEstimated: boolean | null;
};

const fold = (s: string): string => normalizeIndicatorName(s);
const has = (t: string, words: RegExp): boolean => words.test(` ${t} `);

/** The last year (1950–2100) a label names. */
function yearOf(label: string): number | null {
  const all = [...label.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/gu)].map((m) => Number(m[1]));
  const y = all[all.length - 1];
  return y !== undefined && y >= 1950 && y <= 2100 ? y : null;
}

/** The role of one header label (not STT, name or unit: those are found first, by position). */
export function roleOf(label: string): ColumnRole {
  const t = fold(label);
  if (t === '') return 'other';
  if (has(t, / ghi chu /)) return 'note';
  if (/%|‰/u.test(label) || has(t, / (so sanh|ti le|tang giam) /)) return 'compare';
  if (has(t, / (danh gia|xep loai) /)) return 'assessment';
  if (has(t, / (uoc|uth|uoc th|uoc tinh) /)) return 'estimate';
  if (has(t, / (thuc hien|th|ket qua|da dat|dat duoc) /)) return 'actual';
  if (has(t, / (ke hoach|kh|chi tieu|muc tieu|nghi quyet|nq|du kien|phan dau|giao) /)) return 'plan';
  if (/^(?:nam )?\d{4}$/u.test(t)) return 'plan';
  return 'other';
}

/** Every column's role and year; null when the labels are no targets header (no STT and no indicator column). */
export function readHeader(labels: readonly string[]): HeaderColumn[] | null {
  const n = labels.map(fold);
  const stt = n.findIndex((t) => /^(stt|tt|so tt|so thu tu)$/.test(t));
  const name = n.findIndex((t, i) => i !== stt && /^(ten )?chi tieu( chu yeu)?$|^noi dung|^ten chi tieu/.test(t));
  if (stt < 0 || name < 0) return null;
  return labels.map((label, i) => {
    if (i === stt) return { role: 'stt', year: null };
    if (i === name) return { role: 'name', year: null };
    if (i > name && /^(don vi( tinh)?|dvt)$/.test(n[i] ?? '')) return { role: 'unit', year: null };
    return { role: i > name ? roleOf(label) : 'other', year: yearOf(label) };
  });
}

const latest = (cols: readonly [HeaderColumn, number][]): [HeaderColumn, number] | undefined =>
  [...cols].sort((a, b) => (a[0].year ?? -1) - (b[0].year ?? -1) || a[1] - b[1]).pop();

/** Which columns hold this year's value and last year's plan and result; null when the labels are no targets header. */
export function tableColumns(labels: readonly string[]): TableColumns | null {
  const cols = readHeader(labels);
  if (!cols) return null;
  const at = (role: ColumnRole): number | null => {
    const i = cols.findIndex((c) => c.role === role);
    return i >= 0 ? i : null;
  };
  const indexed = cols.map((c, i) => [c, i] as [HeaderColumn, number]);
  const plans = indexed.filter(([c]) => c.role === 'plan');
  const name = at('name') ?? 1;
  // This year's value: the plan for the latest year; else the last column that is neither a result, a comparison nor a note.
  const fallback = [...indexed].reverse().find(([c, i]) => i > name && (c.role === 'other' || c.role === 'plan'));
  // The last plan, unless an earlier one names a later year ("CHỈ TIÊU" after "KẾ HOẠCH NĂM 2021" is this year's).
  const lastByPlace = plans[plans.length - 1];
  const newest = latest(plans);
  const planCol = lastByPlace && newest && (lastByPlace[0].year === null || newest[0].year === lastByPlace[0].year) ? lastByPlace : newest;
  const valueCol = planCol ?? fallback ?? [cols[cols.length - 1] ?? { role: 'other', year: null }, cols.length - 1];
  const [value, valueIndex] = valueCol;
  const before = (c: HeaderColumn, i: number): boolean =>
    i !== valueIndex && (value.year === null || c.year === null || c.year < value.year);
  const lastPlan = latest(plans.filter(([c, i]) => before(c, i)));
  const wantedYear = lastPlan?.[0].year ?? (value.year !== null ? value.year - 1 : null);
  const results = indexed.filter(([c, i]) => (c.role === 'actual' || c.role === 'estimate') && before(c, i));
  const sameYear = results.filter(([c]) => wantedYear === null || c.year === null || c.year === wantedYear);
  const pick = sameYear.find(([c]) => c.role === 'actual') ?? sameYear[sameYear.length - 1] ?? latest(results);
  return {
    stt: at('stt') ?? 0,
    name,
    unit: at('unit'),
    value: valueIndex,
    previousTarget: lastPlan?.[1] ?? null,
    previousResult: pick?.[1] ?? null,
    assessment: at('assessment'),
    years: { value: value.year, previousTarget: lastPlan?.[0].year ?? null, previousResult: pick?.[0].year ?? null },
    resultEstimated: pick ? pick[0].role === 'estimate' : null,
  };
}

/**
 * A header written on two rows (a year over its "KH" and "ƯTH" columns, merged cells): the row
 * under the header when its STT and indicator cells are empty and every other cell reads as a
 * label. Its labels are joined to the ones above; a cell left empty above by a merge takes the
 * label on its left ("Năm 2025" over "KH" and "ƯTH").
 */
export function joinSubHeader(top: readonly string[], under: readonly string[]): string[] | null {
  const cols = readHeader(top);
  if (!cols) return null;
  const lead = cols.findIndex((c) => c.role === 'name');
  if (cols.some((c, i) => (c.role === 'stt' || c.role === 'name') && (under[i] ?? '') !== '')) return null;
  const filled = under.map((x, i) => [x.trim(), i] as const).filter(([x]) => x !== '');
  if (filled.length === 0 || !filled.every(([x]) => roleOf(x) !== 'other' || /^(?:năm\s+)?\d{4}$/iu.test(x))) return null;
  let carried = '';
  return top.map((label, i) => {
    if (i > lead) carried = label.trim() !== '' ? label.trim() : carried;
    const own = i > lead && label.trim() === '' && (under[i] ?? '').trim() !== '' ? carried : label.trim();
    return `${own} ${under[i]?.trim() ?? ''}`.trim();
  });
}
