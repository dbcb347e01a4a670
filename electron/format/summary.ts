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
