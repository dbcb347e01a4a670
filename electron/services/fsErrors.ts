import type { AppError } from '../contract/result.ts';

function errnoCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
}

/** Turns a Node file-system error into a Vietnamese message that says what to do. */
export function describeFsError(err: unknown, action: 'đọc' | 'ghi', path: string): AppError {
  const code = errnoCode(err);
  switch (code) {
    case 'ENOENT':
      return action === 'đọc'
        ? { code: 'NOT_FOUND', message: `Không tìm thấy tệp "${path}". Hãy kiểm tra lại đường dẫn.` }
        : { code: 'WRITE_FAILED', message: `Không ghi được "${path}": thư mục chứa tệp không tồn tại.` };
    case 'ENOSPC':
    case 'EDQUOT':
      return {
        code: 'DISK_FULL',
        message: `Ổ đĩa đã đầy, không ghi được "${path}". Hãy giải phóng dung lượng rồi thử lại; tệp cũ (nếu có) vẫn được giữ nguyên.`,
      };
    case 'EROFS':
      return { code: 'READ_ONLY', message: `Ổ đĩa chỉ cho phép đọc, không ghi được "${path}". Hãy chọn thư mục khác.` };
    case 'EACCES':
    case 'EPERM':
      return action === 'đọc'
        ? { code: 'READ_FAILED', message: `Không có quyền đọc tệp "${path}".` }
        : { code: 'READ_ONLY', message: `Không có quyền ghi vào "${path}". Hãy chọn thư mục khác hoặc đóng tệp nếu đang mở trong Word.` };
    case 'ENOTDIR':
      return {
        code: action === 'đọc' ? 'NOT_FOUND' : 'WRITE_FAILED',
        message: `Đường dẫn "${path}" không hợp lệ: một phần của nó là tệp chứ không phải thư mục.`,
      };
    case 'EISDIR':
      return { code: action === 'đọc' ? 'READ_FAILED' : 'WRITE_FAILED', message: `"${path}" là một thư mục, không phải tệp.` };
    case 'EDATABASE':
      return {
        code: 'INVALID_INPUT',
        message: `"${path}" là tệp dữ liệu (cơ sở dữ liệu) nên không ghi đè lên được. Hãy chọn tên tệp khác cho tệp xuất, ví dụ với đuôi .docx, .json hoặc .csv.`,
      };
    case 'EFBIG':
      return {
        code: 'WRITE_FAILED',
        message: `Tệp "${path}" quá lớn so với giới hạn của ổ đĩa hoặc hệ thống (ví dụ ổ FAT32 chỉ nhận tệp dưới 4 GB). Hãy ghi vào ổ khác.`,
      };
    case 'EBUSY':
      return { code: 'WRITE_FAILED', message: `Tệp "${path}" đang được chương trình khác sử dụng. Hãy đóng tệp rồi thử lại.` };
    default: {
      const detail = err instanceof Error ? err.message : String(err);
      return {
        code: action === 'đọc' ? 'READ_FAILED' : 'WRITE_FAILED',
        message: `Không ${action} được tệp "${path}".`,
        details: [detail],
      };
    }
  }
}
