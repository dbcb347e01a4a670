import type { RegisterEntry, RegisterListing } from '../contract/workflow.ts';
import { formatDateShort } from './dates.ts';
import { termLabel } from './termName.ts';

/** The number register as printed (sổ đăng ký số văn bản): its title, columns and rows, for the table, the .csv and the .docx. */

/** Names of the party's document types (36-HD/VPTW) for the register's title. */
const typeNames: Record<string, string> = {
  NQ: 'Nghị quyết',
  QĐ: 'Quyết định, Quy định',
  CT: 'Chỉ thị',
  KL: 'Kết luận',
  QC: 'Quy chế',
  HD: 'Hướng dẫn',
  TB: 'Thông báo',
  BC: 'Báo cáo',
  KH: 'Kế hoạch',
  CTr: 'Chương trình',
  TT: 'Thông tri',
  TTr: 'Tờ trình',
  ĐA: 'Đề án',
  PA: 'Phương án',
  BB: 'Biên bản',
  CV: 'Công văn',
};

export const REGISTER_HEADERS = [
  'Số, ký hiệu',
  'Ngày ban hành',
  'Trích yếu nội dung',
  'Nơi nhận',
  'Người ký',
  'Độ mật',
  'Ghi chú',
] as const;

/** "Đã hủy số ngày 05/01/2026 (Văn thư): Cấp nhầm". */
export function voidNote(e: RegisterEntry): string {
  return e.voided ? `Đã hủy số ngày ${formatDateShort(e.voided.at.slice(0, 10))} (${e.voided.by}): ${e.voided.reason}` : '';
}

/** One row as printed: số, ngày, trích yếu, nơi nhận, người ký, mật, ghi chú (voided numbers marked). */
export function registerCells(e: RegisterEntry): string[] {
  return [e.symbol, formatDateShort(e.issuedOn), e.summary, e.recipients, e.signer, e.secret ? 'Mật' : '', voidNote(e)];
}

/** "Nghị quyết" for NQ; the code itself for a type the table does not name. */
export function documentTypeName(docType: string): string {
  return typeNames[docType] ?? docType;
}

export function registerTitle(listing: RegisterListing): string {
  const type = typeNames[listing.docType] ?? listing.docType;
  return `Sổ đăng ký ${type.toLocaleLowerCase('vi')} (${listing.docType}) — ${listing.org.name} — ${termLabel(listing.term)}`;
}
