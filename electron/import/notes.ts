import type { Paragraph } from '../contract/model/body.ts';
import type { BodyKind } from '../contract/model/parts.ts';
import { toInlines } from './parse/inline.ts';
import type { Structure } from './structure.ts';
import type { TargetLink } from './targets/link.ts';

/** Review notes in Vietnamese, and small pieces of the model the builder needs. */

const issuerCodes: Record<BodyKind, string> = {
  'tinh-uy': 'TU',
  'thanh-uy': 'TU',
  'thi-uy': 'TU',
  'huyen-uy': 'HU',
  'quan-uy': 'QU',
  'dang-uy-xa': 'ĐU',
  'dang-uy-phuong': 'ĐU',
  'dang-uy-dac-khu': 'ĐU',
  'dang-uy-co-quan': 'ĐU',
  'dang-uy-khoi': 'ĐU',
  'chi-bo': 'CB',
  'uy-ban-kiem-tra': 'UBKT',
  'ban-dang': 'BTC',
  'van-phong': 'VP',
};

/** The usual issuer code of a kind of body, for a number the file does not print. */
export function issuerCodeFor(kind: BodyKind): string {
  return issuerCodes[kind];
}

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
  if (!h.partyTitle) notes.push('Không thấy dòng "ĐẢNG CỘNG SẢN VIỆT NAM" ở phần đầu.');
  if (!h.number) notes.push('Không đọc được số và ký hiệu ("Số …-NQ/…"): để trống số, ký hiệu theo loại cơ quan.');
  if (!h.place) notes.push('Không đọc được địa danh và ngày tháng.');
  else if (!h.date) notes.push(h.dateBlank ? 'Ngày ban hành còn để trống (bản dự thảo).' : 'Ngày ban hành không hợp lệ.');
  if (h.bodyKind && !h.bodyKind.sure) notes.push('Loại cơ quan được suy ra từ ký hiệu trong số văn bản; hãy kiểm tra lại.');
  if (!h.bodyKind) notes.push('Không nhận ra loại cơ quan ban hành; tạm ghi là đảng ủy cơ quan.');
  if (h.unknown.length > 0) notes.push(`Phần đầu có dòng chưa nhận ra: ${h.unknown.map((u) => `"${u}"`).join(', ')}.`);
  if (!s.title?.summary) notes.push('Không đọc được trích yếu.');
  if (!s.closing) notes.push('Không thấy "Nơi nhận" và chữ ký.');
  else {
    if (s.closing.recipients.length === 0) notes.push('Không đọc được các dòng "Nơi nhận".');
    if (!s.closing.signature.name) notes.push('Không đọc được họ tên người ký.');
  }
  if (targetsFrom === 'none') notes.push('Không tìm thấy chỉ tiêu (bảng phụ lục hoặc mục "CÁC CHỈ TIÊU …").');
  else notes.push(`Chỉ tiêu đọc từ ${from[targetsFrom]}: ${links.length} chỉ tiêu.`);
  const linked = links.filter((l) => l.linkedTo).length;
  const ambiguous = links.filter((l) => l.match === 'ambiguous');
  if (linked > 0) notes.push(`${linked} chỉ tiêu khớp với chỉ tiêu đã có của cơ quan (giữ mã cũ để so sánh qua các năm).`);
  for (const a of ambiguous) notes.push(`Chỉ tiêu "${a.name}" khớp với nhiều chỉ tiêu đã có; tạm tạo mã mới "${a.key}", hãy chọn lại.`);
  if (s.copy) {
    notes.push(
      `Có khối ${s.copy.kindText.toLocaleLowerCase('vi')}${s.copy.number ? ` số ${s.copy.number.seq ?? ''}-${s.copy.number.typeCode}/${s.copy.number.issuerCode}` : ''}.`,
    );
  }
  return notes;
}
