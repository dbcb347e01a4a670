/**
 * Where a finding is, for people: its path in the document model ("body[7]", "recipients.lines[2]",
 * "targets[kinh-te.thu-ngan-sach]") as the part of the page it names ("Nội dung, đoạn 8", "Nơi nhận,
 * dòng 3", "Chỉ tiêu"). The path itself stays in --json and for the editor's "Đến chỗ sửa".
 */
const parts: readonly [RegExp, string][] = [
  [/^header\b/u, 'Phần đầu'],
  [/^title\b/u, 'Tên loại và trích yếu'],
  [/^targets\b/u, 'Chỉ tiêu'],
  [/^signature\b/u, 'Chữ ký'],
  [/^appendix\b/u, 'Phụ lục'],
  [/^marks\b/u, 'Dấu và ký hiệu'],
  [/^preamble\b/u, 'Phần mở đầu'],
];

export function findingPlace(path: string): string {
  const block = /^body\[(\d+)\]/u.exec(path);
  if (block) return `Nội dung, đoạn ${Number(block[1]) + 1}`;
  if (path === 'body') return 'Nội dung';
  const line = /^recipients\.lines\[(\d+)\]/u.exec(path);
  if (line) return `Nơi nhận, dòng ${Number(line[1]) + 1}`;
  if (path.startsWith('recipients')) return 'Nơi nhận';
  return parts.find(([re]) => re.test(path))?.[1] ?? 'Văn bản';
}
