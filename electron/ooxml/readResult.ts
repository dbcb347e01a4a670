import type { ImportCause } from '../contract/result.ts';

export { importCauses as importErrorCodes } from '../contract/result.ts';

/**
 * What can go wrong when a file is read, as data: a stable code for programs (the contract's
 * import causes, `AppError.cause`) and a Vietnamese message for people. Reading never throws;
 * every reader returns one of these.
 */
export type ImportErrorCode = ImportCause;

export type ImportError = { code: ImportErrorCode; message: string; details?: string[] };

/** What could be read of a file that is not (or not recognisably) a resolution. */
export type PartialRead = {
  /** The paragraphs' text in reading order (at most a few hundred). */
  paragraphs: string[];
  /** Header fields that were recognised, by model path ("header.number", …). */
  found: Record<string, string>;
};

export type ReadResult<T> = { ok: true; value: T } | { ok: false; error: ImportError; partial?: PartialRead };

export function readOk<T>(value: T): ReadResult<T> {
  return { ok: true, value };
}

export function readFail<T = never>(code: ImportErrorCode, message: string, details?: string[]): ReadResult<T> {
  return details && details.length > 0 ? { ok: false, error: { code, message, details } } : { ok: false, error: { code, message } };
}

/** Vietnamese messages for the codes, each saying what to do about it. */
export const importMessages: Record<ImportErrorCode, string> = {
  EMPTY_FILE: 'Tệp rỗng, không có nội dung để nhập.',
  TOO_LARGE: 'Tệp quá lớn để là một nghị quyết; hãy kiểm tra lại tệp đã chọn.',
  ENCRYPTED: 'Tệp được đặt mật khẩu: hãy mở bằng Word, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ tài liệu) rồi lưu lại thành .docx.',
  LEGACY_DOC: 'tệp .doc cũ: hãy mở bằng Word và lưu thành .docx',
  CORRUPT_DOC: 'Không đọc được tệp .doc (Word 97–2003) này: hãy mở bằng Word và lưu thành .docx rồi nhập lại.',
  NOT_DOCX: 'Tệp không phải .docx, .doc, .pdf hay văn bản thuần (.txt): hãy chọn tệp văn bản ở một trong các dạng này.',
  NO_TEXT_LAYER:
    'Tệp PDF này là bản chụp (scan), không có lớp chữ: ứng dụng không đọc được chữ trong ảnh. Hãy dùng bản PDF ký số do hệ thống điện tử gửi, bản Word của văn bản, hoặc nhận dạng chữ (OCR) trước khi nhập.',
  CORRUPT_PDF: 'Tệp PDF bị hỏng, không mở được; hãy lấy lại tệp từ nơi gửi.',
  CORRUPT_ZIP: 'Tệp .docx bị hỏng (không giải nén được); hãy mở bằng Word và lưu lại.',
  ZIP_BOMB: 'Tệp .docx có phần nén bất thường (giải nén quá lớn); từ chối đọc để bảo vệ máy.',
  UNSAFE_XML: 'Tệp .docx có khai báo DTD/thực thể trong XML; từ chối đọc vì lý do an toàn.',
  CORRUPT_XML: 'Nội dung XML trong tệp .docx bị hỏng; hãy mở bằng Word và lưu lại.',
  IMAGE_FILE:
    'Tệp là một ảnh (ảnh chụp hoặc bản scan), không có chữ để đọc: hãy chọn bản PDF ký số, bản Word (.docx, .doc) hoặc .txt của văn bản, hoặc nhận dạng chữ (OCR) trước khi nhập.',
  NOT_TEXT: 'Tệp không phải văn bản thuần đọc được (có dữ liệu nhị phân): hãy chọn tệp PDF, Word (.docx, .doc) hoặc .txt của văn bản.',
  NOT_A_RESOLUTION:
    'Tệp không phải văn bản của Đảng: không thấy phần đầu (cơ quan ban hành, số và ký hiệu) hay tên loại văn bản. Hãy chọn đúng tệp văn bản.',
  INVALID_MODEL: 'Đọc được tệp nhưng nội dung chưa đủ để thành một nghị quyết hợp lệ.',
  READ_FAILED: 'Không đọc được tệp.',
};

export function failWith<T = never>(code: ImportErrorCode, details?: string[]): ReadResult<T> {
  return readFail(code, importMessages[code], details);
}
