import * as z from 'zod';
// Only the Vietnamese locale: `z.locales.vi` would bundle every language zod has (350 KB) into each start.
import vietnameseLocale from 'zod/v4/locales/vi.js';
import { cleanStrings } from './cleanText.ts';
import { fail, ok, type Result } from './result.ts';

/** Vietnamese names of the model's fields, so a message says "Số văn bản" and not only "seq". */
const fieldNames: Record<string, string> = {
  header: 'Phần đầu',
  superiorBody: 'Cơ quan cấp trên',
  issuingBody: 'Cơ quan ban hành',
  bodyKind: 'Loại cơ quan',
  number: 'Số và ký hiệu',
  seq: 'số thứ tự',
  typeCode: 'ký hiệu tên loại',
  issuerCode: 'ký hiệu cơ quan',
  place: 'Địa danh',
  date: 'Ngày ban hành',
  title: 'Tên loại và trích yếu',
  documentType: 'Tên loại',
  conferenceLines: 'Dòng hội nghị',
  summary: 'Trích yếu',
  body: 'Nội dung',
  runs: 'đoạn chữ',
  targets: 'Chỉ tiêu',
  children: 'chỉ tiêu con',
  value: 'giá trị',
  written: 'giá trị như viết',
  parsed: 'giá trị đã đọc',
  recipients: 'Nơi nhận',
  lines: 'dòng',
  signature: 'Chữ ký',
  authority: 'Quyền hạn ký',
  name: 'Họ tên / tên',
  appendix: 'Phụ lục',
  marks: 'Dấu chỉ dẫn',
  planYear: 'Năm kế hoạch',
  profileId: 'Thể thức',
  schemaVersion: 'Phiên bản mô hình',
};

const typeNames: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  boolean: 'đúng/sai',
  object: 'đối tượng',
  array: 'danh sách',
  null: 'rỗng (null)',
  undefined: 'không có',
};

function typeName(t: string): string {
  return typeNames[t] ?? t;
}

/** Vietnamese messages for zod's built-in checks; the schemas' own messages are already Vietnamese. */
const vietnameseErrors: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') {
    const got =
      issue.input === undefined ? 'undefined' : issue.input === null ? 'null' : Array.isArray(issue.input) ? 'array' : typeof issue.input;
    if (got === 'undefined') return `Thiếu trường bắt buộc (cần ${typeName(issue.expected)})`;
    if (got === 'number' && issue.expected === 'number') return 'Số không hợp lệ (vô hạn hoặc không phải số); hãy nhập một số';
    return `Sai kiểu: cần ${typeName(issue.expected)}, nhận được ${typeName(got)}`;
  }
  if (
    (issue.code === 'too_big' || issue.code === 'too_small') &&
    (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
  ) {
    const bound = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
    const safe = Math.abs(bound) >= Number.MAX_SAFE_INTEGER;
    if (issue.code === 'too_big') {
      return safe ? 'Số quá lớn; hãy nhập một số nhỏ hơn' : `Số quá lớn (tối đa ${bound.toLocaleString('vi-VN')})`;
    }
    return safe ? 'Số quá nhỏ; hãy nhập một số lớn hơn' : `Số quá nhỏ (tối thiểu ${bound.toLocaleString('vi-VN')})`;
  }
  if ((issue.code === 'too_big' || issue.code === 'too_small') && issue.origin === 'string') {
    const bound = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
    return issue.code === 'too_big'
      ? `Quá dài (tối đa ${bound.toLocaleString('vi-VN')} ký tự)`
      : bound <= 1
        ? 'Không được để trống'
        : `Quá ngắn (ít nhất ${bound} ký tự)`;
  }
  if (issue.code === 'too_big' || issue.code === 'too_small') {
    const bound = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
    return issue.code === 'too_big' ? `Quá nhiều mục (tối đa ${bound.toLocaleString('vi-VN')})` : `Quá ít mục (ít nhất ${bound})`;
  }
  if (issue.code === 'unrecognized_keys') return `Trường không có trong mô hình: ${issue.keys.join(', ')}`;
  return zodVietnamese(issue);
};

const zodVietnamese = vietnameseLocale().localeError;

// Every zod check anywhere (the importer's model, JSON read back from SQLite) speaks Vietnamese.
z.config({ customError: vietnameseErrors });

/** "header.number.seq (Phần đầu › Số và ký hiệu › số thứ tự)". */
export function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(gốc)';
  const dotted = path
    .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
    .join('.')
    .replace(/\.\[/g, '[');
  const words = path.filter((p): p is string => typeof p === 'string' && p in fieldNames).map((p) => fieldNames[p]);
  return words.length > 0 ? `${dotted} (${words.join(' › ')})` : dotted;
}

/** One line per problem: where it is, then what is wrong, in Vietnamese. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${describePath(issue.path)}: ${issue.message}`);
}

/** Validates untrusted input against a schema; the error lists every invalid field. */
export function validate<S extends z.ZodType>(schema: S, input: unknown, what: string): Result<z.output<S>> {
  const parsed = schema.safeParse(cleanStrings(input), { error: vietnameseErrors });
  if (parsed.success) return ok(parsed.data);
  return fail('INVALID_INPUT', `${what} không hợp lệ (${parsed.error.issues.length} lỗi)`, describeIssues(parsed.error));
}
