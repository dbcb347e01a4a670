import { z } from 'zod';
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
    return `Sai kiểu: cần ${typeName(issue.expected)}, nhận được ${typeName(got)}`;
  }
  if (issue.code === 'unrecognized_keys') return `Trường không có trong mô hình: ${issue.keys.join(', ')}`;
  return z.locales.vi().localeError(issue);
};

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
