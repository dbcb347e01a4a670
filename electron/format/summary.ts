/**
 * The summary (trích yếu) names what the document is about in a line or two: "về phương hướng,
 * nhiệm vụ năm 2023" runs to about 120 characters at most in the offices' resolutions. Past this
 * many it spills over four printed lines under the title, which is never intended: warn.
 */
export const SUMMARY_WARN_CHARS = 250;

/** The warning for a summary that long, or null. */
export function summaryLengthWarning(summary: string): string | null {
  const length = summary.trim().length;
  if (length <= SUMMARY_WARN_CHARS) return null;
  return `Trích yếu dài ${length.toLocaleString('vi-VN')} ký tự (nên dưới ${SUMMARY_WARN_CHARS}): trích yếu chỉ nêu ngắn gọn văn bản về việc gì; hãy rút gọn, đưa phần giải thích vào nội dung.`;
}

/** True when the summary begins with a capitalised word ("Về …"), which the rules do not want (acronyms such as "UBND" are fine). */
export function summaryStartsUpper(summary: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(summary.trim());
}

/** A summary that begins with a capital word ("Về phát triển …") as the rules want it: "về phát triển …"; acronyms ("UBND …") kept. */
export function summaryLowerCase(summary: string): string {
  const start = summary.search(/\S/u);
  if (start < 0 || !summaryStartsUpper(summary)) return summary;
  return summary.slice(0, start) + summary.charAt(start).toLocaleLowerCase('vi') + summary.slice(start + 1);
}
