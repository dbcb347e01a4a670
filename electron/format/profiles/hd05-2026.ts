import type { FormatProfileInput } from '../profile.ts';
import { hd36_2018 } from './hd36-2018.ts';
import { issuerCodesHd05 } from './issuerCodes.ts';

const H1 = 'Hướng dẫn 05-HD/VPTW ngày 27/5/2026 (bản chép newstar94/Chuan-Hoa HD05.txt)';

/**
 * Hướng dẫn 05-HD/VPTW (27/5/2026), which replaced 36-HD/VPTW; what changed, with sources and
 * confidence, is in ../shared/spec/party-document-format-2026.md ("What changed"). Sizes that did
 * not change are 36-HD's. Values the spec marks n/f (appendix heading sizes, the stamp's geometry
 * beyond 80 × 50 mm) or that could still be wrong (the switch date, the line spacing within
 * 18–22 pt) are settings here, named in `rules.sources`.
 */
export const hd05_2026: FormatProfileInput = {
  ...hd36_2018,
  id: 'hd05-2026',
  name: 'Hướng dẫn 05-HD/VPTW (2026)',
  source: 'Hướng dẫn số 05-HD/VPTW ngày 27/5/2026 của Văn phòng Trung ương Đảng',
  pageNumber: { ...hd36_2018.pageNumber, appendix: 'restart' },
  marks: { ...hd36_2018.marks, productionNote: { sizePt: 11 } },
  body: { ...hd36_2018.body, lineExactPt: 18 },
  recipients: { ...hd36_2018.recipients, lineSeparator: ';', lastTerminator: '.' },
  appendix: {
    ...hd36_2018.appendix,
    heading: { sizePt: 14, bold: true },
    title: { sizePt: 14, bold: true, caps: true },
    note: { sizePt: 14, italic: true },
    commaBeforeDate: true,
  },
  rules: {
    ...hd36_2018.rules,
    inForceFrom: '2026-05-27',
    basis: { lineEnd: ';', lastEnd: '.' },
    bodyEnd: '.',
    bodyLineRangePt: [18, 22],
    marksUnderNumber: ['secrecy', 'urgency', 'draft'],
    circulationPlace: 'top-right',
    lastPageNotes: ['Không phổ biến trên phương tiện thông tin đại chúng'],
    lastPageNoteFromBottomMm: 10,
    addressWord: { congVan: 'Kính gửi', toTrinh: 'Kính trình' },
    authorities: ['T/M', 'K/T', 'T/L', 'Q.', 'none'],
    bodyNames: 'two-tier',
    issuerCodes: issuerCodesHd05,
    appendixHeading: 'Phụ lục',
    appendixSeparator: '-----',
    landscapeMargins: 'bound-edge',
    copy: { ...hd36_2018.rules.copy, form: 'stamp' },
    sources: {
      inForceFrom: { source: `${H1}; "có hiệu lực từ ngày ký" (một nguồn ghi 12/01/2026: cài đặt)`, confidence: 'H₁' },
      'recipients.lineSeparator': { source: `${H1} 9.2.5: ";" cuối mỗi dòng, dòng "- Lưu …" cuối có "."`, confidence: 'H₁' },
      'body.lineExactPt': { source: `${H1}: Exactly 18–22 pt (cài đặt: 18 pt)`, confidence: 'H₁' },
      'rules.bodyEnd': { source: `${H1}: kết thúc bằng "." (không dùng "./.")`, confidence: 'H₁' },
      'rules.basis': { source: `${H1}: "- Căn cứ …;", dòng cuối kết thúc "."`, confidence: 'H₁' },
      'rules.appendixHeading': { source: `${H1}: "Phụ lục" căn giữa, tiêu đề, dòng "(Kèm theo …)"`, confidence: 'H₁' },
      'appendix.heading': {
        source: 'cỡ chữ các dòng phụ lục không có trong 05-HD: theo phụ lục của chính 05-HD (cài đặt)',
        confidence: 'n/f',
      },
      'pageNumber.appendix': { source: `${H1}: số trang đánh lại trong từng phụ lục`, confidence: 'H₁' },
      'marks.productionNote': { source: `${H1}: cuối Nơi nhận, 11 pt, chữ thường "NguyenVanAn-26"`, confidence: 'H₁' },
      'rules.marksUnderNumber': { source: `${H1}: khẩn và "Dự thảo lần …" dưới số và ký hiệu`, confidence: 'H₁' },
      'rules.circulationPlace': {
        source: `${H1}: góc phải trang 1, cách mép trên 10 mm; "Không phổ biến …" ở trang cuối`,
        confidence: 'H₁',
      },
      'rules.lastPageNoteFromBottomMm': {
        source: `${H1}: "Không phổ biến …" ở trang cuối, căn giữa, cách mép dưới 10 mm`,
        confidence: 'H₁',
      },
      'rules.addressWord': { source: `${H1} 9.2.4: tờ trình "Kính trình"`, confidence: 'H₁' },
      'rules.authorities': { source: `${H1}: thêm "Q." cho người quyền`, confidence: 'H₁' },
      'rules.bodyNames': { source: `${H1}: ví dụ chính quyền hai cấp (không còn huyện)`, confidence: 'H₁' },
      'rules.issuerCodes': { source: `${H1}: ĐU, CB, BTGDV, BXDĐ, UBKT, ĐH; HU, ĐĐ, BCSĐ chỉ trong văn bản cũ`, confidence: 'H₁' },
      'rules.landscapeMargins': { source: 'lề đóng gáy giữ ở mép đóng (lựa chọn của ứng dụng)', confidence: 'n/f' },
      'rules.copy': { source: `${H1} Phần III, Phụ lục 3: dấu "BẢN SAO VĂN BẢN" 80 × 50 mm màu đỏ (hình mẫu chưa thấy)`, confidence: 'H₁' },
    },
  },
};
