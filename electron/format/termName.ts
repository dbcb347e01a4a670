/** A term as written: "nhiệm kỳ 2025-2030" when its name is its years, else "nhiệm kỳ khóa XIII (2020 - 2025)". */
export function termLabel(term: { ordinal: string; startYear: number; endYear: number }): string {
  return /^\d{4}\s*[-–]\s*\d{4}$/u.test(term.ordinal.trim())
    ? `nhiệm kỳ ${term.ordinal.trim()}`
    : `nhiệm kỳ khóa ${term.ordinal} (${term.startYear} - ${term.endYear})`;
}
