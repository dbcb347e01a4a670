import type { Resolution } from '../../contract/model/resolution.ts';
import { formatDocNumber } from '../../format/docNumber.ts';
import type { FormatProfile } from '../../format/profile.ts';
import { documentKindForm, documentKindOfTypeLine } from '../../format/documentKinds.ts';
import { issuerCodeFits, issuerCodeHistorical, usualIssuerCode } from '../../format/partyRules.ts';
import { error, warning, type Finding } from './finding.ts';

/** Number and symbol, date and place, draft mark. */
export function checkHeader(doc: Resolution, profile: FormatProfile): Finding[] {
  const out: Finding[] = [];
  const { header, marks, title } = doc;
  const { number } = header;
  const shown = formatDocNumber(number, profile.numbering);

  const form = documentKindForm(doc.kind);
  if (number.typeCode !== form.typeCode) {
    out.push(
      error(
        'number.type',
        'header.number.typeCode',
        `Ký hiệu tên loại "${number.typeCode}" không khớp loại văn bản ${kindName(doc)} (đang in "${shown}").`,
        `Dùng ký hiệu "${form.typeCode}": "${formatDocNumber({ ...number, typeCode: form.typeCode }, profile.numbering)}".`,
      ),
    );
  }
  if (form.typeLine !== null && documentKindOfTypeLine(title.documentType) !== doc.kind) {
    out.push(
      error(
        'title.type',
        'title.documentType',
        `Tên loại "${title.documentType}" không khớp loại văn bản ${kindName(doc)}.`,
        `Ghi tên loại "${form.typeLine}", hoặc đổi loại văn bản cho đúng.`,
      ),
    );
  }
  if (!/^[\p{Lu}][\p{L}]*$/u.test(number.typeCode) || !/^[\p{Lu}][\p{L}\-/]*$/u.test(number.issuerCode)) {
    out.push(
      error(
        'number.form',
        'header.number',
        `Số và ký hiệu "${shown}" không đúng dạng "${profile.numbering.prefix} <số>-<ký hiệu tên loại>/<ký hiệu cơ quan>".`,
        'Ký hiệu chỉ gồm chữ viết tắt, không có dấu cách, dấu hai chấm hay chữ số.',
      ),
    );
  }
  const usual = usualIssuerCode(profile, header.bodyKind);
  if (!issuerCodeFits(profile, header.bodyKind, number.issuerCode)) {
    out.push(
      warning(
        'number.issuer',
        'header.number.issuerCode',
        `Ký hiệu cơ quan "${number.issuerCode}" không thường dùng cho ${header.issuingBody} theo ${profile.name}.`,
        `Ký hiệu thường dùng: ${usual}.`,
      ),
    );
  }
  if (issuerCodeHistorical(profile, header.bodyKind)) {
    out.push(
      warning(
        'header.body-historical',
        'header.bodyKind',
        `${header.issuingBody} là cấp huyện; theo ${profile.name} (hệ thống hai cấp từ 01/7/2025) ký hiệu "${number.issuerCode}" chỉ có trong văn bản cũ.`,
        'Văn bản mới do Tỉnh ủy, Thành ủy hoặc Đảng ủy xã, phường, đặc khu ban hành; kiểm tra lại cơ quan ban hành hoặc thể thức.',
      ),
    );
  }
  if (profile.rules.bodyNames === 'two-tier' && (header.bodyKind === 'tinh-uy' || header.bodyKind === 'thanh-uy') && header.superiorBody) {
    out.push(
      warning(
        'header.superior-body',
        'header.superiorBody',
        `${header.issuingBody} có dòng cơ quan cấp trên "${header.superiorBody}".`,
        `Theo ${profile.name}, tên Tỉnh ủy, Thành ủy ghi một dòng: bỏ dòng cơ quan cấp trên.`,
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
        'Chỉ ghi tên địa danh (xã, phường hoặc tỉnh nơi cơ quan đóng); ngày tháng năm được in tự động.',
      ),
    );
  }
  return out;
}

/** "nghị quyết (NGHỊ QUYẾT)" for messages: the kind as the document names it. */
function kindName(doc: Resolution): string {
  const line = documentKindForm(doc.kind).typeLine;
  return line ? `"${line}"` : 'công văn';
}
