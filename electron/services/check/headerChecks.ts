import type { Resolution } from '../../contract/model/resolution.ts';
import { formatDocNumber } from '../../format/docNumber.ts';
import type { FormatProfile } from '../../format/profile.ts';
import { expectedIssuerHint, issuerCodeFits, typeCodes } from './bodyRules.ts';
import { error, warning, type Finding } from './finding.ts';

/** Number and symbol, date and place, draft mark. */
export function checkHeader(doc: Resolution, profile: FormatProfile): Finding[] {
  const out: Finding[] = [];
  const { header, marks, title } = doc;
  const { number } = header;
  const shown = formatDocNumber(number, profile.numbering);

  const expectedType = typeCodes[title.documentType.trim().toUpperCase()];
  if (expectedType && number.typeCode !== expectedType) {
    out.push(
      error(
        'number.type',
        'header.number.typeCode',
        `Ký hiệu tên loại "${number.typeCode}" không khớp tên loại "${title.documentType}" (đang in "${shown}").`,
        `Dùng ký hiệu "${expectedType}" cho ${title.documentType.toLowerCase()}.`,
      ),
    );
  }
  if (!/^[\p{Lu}][\p{L}]*$/u.test(number.typeCode) || !/^[\p{Lu}][\p{L}\-/]*$/u.test(number.issuerCode)) {
    out.push(
      error(
        'number.form',
        'header.number',
        `Số và ký hiệu "${shown}" không đúng dạng "Số 04-NQ/HU".`,
        'Ký hiệu chỉ gồm chữ viết tắt, không có dấu cách, dấu hai chấm hay chữ số.',
      ),
    );
  }
  if (!issuerCodeFits(header.bodyKind, number.issuerCode)) {
    out.push(
      warning(
        'number.issuer',
        'header.number.issuerCode',
        `Ký hiệu cơ quan "${number.issuerCode}" không thường dùng cho loại cơ quan này.`,
        `Ký hiệu thường dùng: ${expectedIssuerHint[header.bodyKind]}.`,
      ),
    );
  }

  const issued = number.seq !== null;
  if (issued && header.date === null) {
    out.push(
      error(
        'date.missing',
        'header.date',
        `Văn bản đã có số (${shown}) nhưng chưa có ngày ban hành.`,
        'Văn thư ghi ngày ban hành cùng lúc cấp số.',
      ),
    );
  }
  if (!issued && header.date !== null) {
    out.push(
      warning(
        'number.missing',
        'header.number.seq',
        'Văn bản đã có ngày ban hành nhưng chưa có số.',
        'Số và ngày được cấp cùng lúc khi ban hành; để trống cả hai khi còn là dự thảo.',
      ),
    );
  }
  if (issued && marks.draftRound !== null) {
    out.push(
      error(
        'draft.issued',
        'marks.draftRound',
        `Văn bản đã ban hành (${shown}) vẫn in "Dự thảo lần ${marks.draftRound}".`,
        'Bỏ dấu dự thảo khi ban hành.',
      ),
    );
  }
  if (!issued && marks.draftRound === null) {
    out.push(
      warning(
        'draft.unmarked',
        'marks.draftRound',
        'Văn bản chưa có số nhưng không ghi "Dự thảo lần …".',
        'Ghi số lần dự thảo để người duyệt biết đang xem bản nào.',
      ),
    );
  }
  if (header.date !== null) {
    const year = Number(header.date.slice(0, 4));
    if (year !== doc.planYear && year !== doc.planYear - 1) {
      out.push(
        warning(
          'date.year',
          'header.date',
          `Ngày ban hành (năm ${year}) không thuộc năm trước hoặc năm của kế hoạch ${doc.planYear}.`,
          'Nghị quyết năm thường ban hành vào tháng 12 năm trước hoặc đầu năm kế hoạch; kiểm tra lại ngày hoặc năm kế hoạch.',
        ),
      );
    }
  }
  if (/ngày|tháng|năm|\d/u.test(header.place) || header.place.includes(',')) {
    out.push(
      error(
        'place.form',
        'header.place',
        `Địa danh "${header.place}" có lẫn ngày tháng hoặc dấu phẩy.`,
        'Chỉ ghi tên địa danh (ví dụ "Đức Trọng"); ngày tháng năm được in tự động.',
      ),
    );
  }
  return out;
}
