import { resolutionSchema, type Resolution, type ResolutionInput } from '../../../electron/contract/model/resolution.ts';

/** A small, valid, issued resolution of a commune party committee, for rule tests. */
export function minimalDoc(patch: (doc: ResolutionInput) => void = () => {}): Resolution {
  const doc: ResolutionInput = {
    schemaVersion: 1,
    profileId: 'hd36-2018',
    planYear: 2026,
    header: {
      superiorBody: 'ĐẢNG BỘ TỈNH LÂM ĐỒNG',
      issuingBody: 'ĐẢNG ỦY XÃ ĐỨC TRỌNG',
      bodyKind: 'dang-uy-xa',
      number: { seq: 3, typeCode: 'NQ', issuerCode: 'ĐU' },
      place: 'Đức Trọng',
      date: '2025-12-15',
    },
    title: { documentType: 'NGHỊ QUYẾT', summary: 'về nhiệm vụ năm 2026' },
    body: [{ type: 'paragraph', runs: [{ type: 'text', text: 'Nội dung.' }] }],
    recipients: { lines: [{ text: 'Ban Thường vụ Tỉnh ủy', note: '(để báo cáo)' }, { text: 'Lưu Văn phòng Đảng ủy' }] },
    signature: { authority: 'T/M', authorityOf: 'ĐẢNG ỦY', title: 'BÍ THƯ', name: 'Nguyễn Văn A' },
    appendix: { include: false },
  };
  patch(doc);
  return resolutionSchema.parse(doc);
}
