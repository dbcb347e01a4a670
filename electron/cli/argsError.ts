/**
 * parseArgs' errors (English, from Node) in Vietnamese, saying what to do. The option named in
 * Node's message is kept; the rest is ours.
 */
export function describeArgsError(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  const message = err instanceof Error ? err.message : String(err);
  const option = /'(-[^']*)'/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `không có tùy chọn "${option}". Xem các tùy chọn đúng ở phần "Cách dùng" bên dưới (chạy soan-nq không kèm gì để xem hướng dẫn).`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `tùy chọn "${option.split(',')[0] ?? option}" cần một giá trị đi kèm (ví dụ -o ten-tep.docx), hoặc không nhận giá trị.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `thừa "${/'([^']*)'/.exec(message)?.[1] ?? ''}": lệnh này không nhận thêm tên tệp hay từ nào; hãy xem phần "Cách dùng".`;
    default:
      return 'dòng lệnh không hợp lệ; hãy xem phần "Cách dùng".';
  }
}
