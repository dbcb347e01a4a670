import type { Paragraph } from '../contract/model/body.ts';
import { toInlines } from './parse/inline.ts';
import type { Structure } from './structure.ts';
import type { TargetLink } from './targets/link.ts';

/** Review notes in Vietnamese, and small pieces of the model the builder needs. */

/** The usual issuer code of a kind of body, for a number the file does not print. */
export { issuerCodeFor } from '../format/bodyKinds.ts';

export function preambleOf(s: Structure): Paragraph[] {
  return (s.title?.preamble ?? []).map((p) => ({ type: 'paragraph' as const, runs: toInlines(p.runs) })).filter((p) => p.runs.length > 0);
}

const from: Record<'appendix' | 'body-table' | 'body' | 'none', string> = {
  appendix: 'bảng chỉ tiêu ở phụ lục',
  'body-table': 'bảng chỉ tiêu trong nội dung',
  body: 'danh sách chỉ tiêu trong nội dung',
  none: '',
};

export function describeRead(s: Structure, targetsFrom: keyof typeof from, links: readonly TargetLink[]): string[] {
  const notes: string[] = [];
  const h = s.header;
  if (!s.kind)
    notes.push('Không thấy tên loại văn bản (NGHỊ QUYẾT, KẾT LUẬN …) hay "Kính gửi": tạm ghi là nghị quyết; hãy chọn lại thể loại.');
  else if (!s.kind.sure)
    notes.push('Không thấy dòng tên loại văn bản: thể loại được suy ra từ ký hiệu trong số văn bản; hãy kiểm tra lại.');
  if (!h.issuingBody)
    notes.push(
      s.stamp?.body
        ? `Phần đầu không có tên cơ quan ban hành: tạm lấy theo chữ ký số ("${s.stamp.body}").`
        : 'Phần đầu không có tên cơ quan ban hành: hãy điền vào.',
    );
  if (s.stamp)
    notes.push(
      `Văn bản đã ký số ngày ${s.stamp.date.split('-').reverse().join('/')}${s.stamp.body ? ` (${s.stamp.body})` : ''}: coi là văn bản đã ban hành; số và ngày do hệ thống điện tử điền có thể còn trống.`,
    );
  if (!h.partyTitle) notes.push('Không thấy dòng "ĐẢNG CỘNG SẢN VIỆT NAM" ở phần đầu.');
  if (!h.number) notes.push('Không đọc được số và ký hiệu ("Số …-NQ/…"): để trống số, ký hiệu theo loại cơ quan.');
  if (!h.place) notes.push('Không đọc được địa danh và ngày tháng.');
  else if (!h.date)
    notes.push(
      h.dateBlank
        ? s.stamp
          ? 'Ngày ban hành còn để trống trong tệp (hệ thống ký số điền sau); hãy điền theo bản đã ban hành.'
          : 'Ngày ban hành còn để trống (bản dự thảo).'
        : 'Ngày ban hành không hợp lệ.',
    );
  if (h.bodyKind && !h.bodyKind.sure) notes.push('Loại cơ quan được suy ra từ ký hiệu trong số văn bản; hãy kiểm tra lại.');
  if (!h.bodyKind) notes.push('Không nhận ra loại cơ quan ban hành; tạm ghi là đảng ủy cơ quan.');
  if (h.unknown.length > 0) notes.push(`Phần đầu có dòng chưa nhận ra: ${h.unknown.map((u) => `"${u}"`).join(', ')}.`);
  if (!s.title?.summary) notes.push('Không đọc được trích yếu.');
  if (!s.closing) notes.push('Không thấy "Nơi nhận" và chữ ký.');
  else {
    if (s.closing.recipients.length === 0) notes.push('Không đọc được các dòng "Nơi nhận".');
    if (!s.closing.signature.name) notes.push('Không đọc được họ tên người ký.');
  }
  if (targetsFrom === 'none') notes.push('Không tìm thấy chỉ tiêu (bảng phụ lục, mục "CHỈ TIÊU" hay "MỤC TIÊU").');
  else notes.push(`Chỉ tiêu đọc từ ${from[targetsFrom]}: ${links.length} chỉ tiêu.`);
  const linked = links.filter((l) => l.linkedTo).length;
  const ambiguous = links.filter((l) => l.match === 'ambiguous');
  if (linked > 0) notes.push(`${linked} chỉ tiêu khớp với chỉ tiêu đã có của cơ quan (giữ mã cũ để so sánh qua các năm).`);
  for (const a of ambiguous) notes.push(`Chỉ tiêu "${a.name}" khớp với nhiều chỉ tiêu đã có; tạm tạo mã mới "${a.key}", hãy chọn lại.`);
  if (s.copy)
    notes.push(
      `Có khối ${s.copy.kindText.toLocaleLowerCase('vi')}${s.copy.number ? ` số ${s.copy.number.seq ?? ''}-${s.copy.number.typeCode}/${s.copy.number.issuerCode}` : ''}.`,
    );
  return notes;
}
