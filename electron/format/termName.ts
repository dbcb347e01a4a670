/** A name typed with its own words ("Nhiệm kỳ 2025 - 2030", "Khóa XIV") without them. */
function bareName(name: string): string {
  return name
    .trim()
    .replace(/^nhiệm\s+kỳ\s*/iu, '')
    .replace(/^kh(?:óa|oá|oa)\s*/iu, '')
    .trim();
}

/**
 * A term as written: "nhiệm kỳ 2025-2030" when its name is its years, else "nhiệm kỳ khóa XIII
 * (2020 - 2025)"; a name typed with those words already ("Nhiệm kỳ 2025 - 2030", "Khóa I") is not
 * given them twice.
 */
export function termLabel(term: { ordinal: string; startYear: number; endYear: number }): string {
  const name = bareName(term.ordinal) || term.ordinal.trim();
  return /^\d{4}\s*[-–]\s*\d{4}$/u.test(name) ? `nhiệm kỳ ${name}` : `nhiệm kỳ khóa ${name} (${term.startYear} - ${term.endYear})`;
}
