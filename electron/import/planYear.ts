import type { Structure } from './structure.ts';

/**
 * The year a resolution plans for: the year its summary names ("… năm 2022"), else its
 * appendix title's, else the issue date's (a resolution issued from September on plans for the
 * next year), else `fallback`. A targets table whose value column names its year ("Kế hoạch năm
 * 2027") is taken over the appendix title and the date (`build.ts`, once the table is read).
 */
export function readPlanYear(s: Structure, fallback: number): { year: number; sure: number } {
  const lastYear = (text: string | null | undefined): number | null => {
    const all = [...(text ?? '').matchAll(/năm\s+(\d{4})/giu)].map((m) => Number(m[1]));
    const y = all[all.length - 1];
    return y !== undefined && y >= 1930 && y <= 2200 ? y : null;
  };
  const fromSummary = lastYear(s.title?.summary);
  if (fromSummary !== null) return { year: fromSummary, sure: 0.9 };
  const fromAppendix = lastYear(s.appendix?.title);
  if (fromAppendix !== null) return { year: fromAppendix, sure: 0.85 };
  const date = s.header.date;
  if (date) {
    const [y, m] = date.split('-').map(Number);
    if (y !== undefined && m !== undefined) return { year: m >= 9 ? y + 1 : y, sure: 0.6 };
  }
  return { year: fallback, sure: 0.2 };
}
