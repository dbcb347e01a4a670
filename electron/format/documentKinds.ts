import type { DocumentKind } from '../contract/model/documentKind.ts';
import { foldText } from './fold.ts';

/** How a kind of document prints: its type line (none for a công văn) and the type code of its number. */
export type DocumentKindForm = { kind: DocumentKind; typeLine: string | null; typeCode: string };

/**
 * The one table of document kinds, type lines and type codes (36-HD/VPTW and 05-HD/VPTW agree on
 * these; 05-HD writes QĐ for both Quyết định and Quy định). A profile that differs overrides it.
 */
export const documentKindForms: readonly DocumentKindForm[] = [
  { kind: 'nghi-quyet', typeLine: 'NGHỊ QUYẾT', typeCode: 'NQ' },
  { kind: 'quyet-dinh', typeLine: 'QUYẾT ĐỊNH', typeCode: 'QĐ' },
  { kind: 'quy-dinh', typeLine: 'QUY ĐỊNH', typeCode: 'QĐ' },
  { kind: 'quy-che', typeLine: 'QUY CHẾ', typeCode: 'QC' },
  { kind: 'chi-thi', typeLine: 'CHỈ THỊ', typeCode: 'CT' },
  { kind: 'ket-luan', typeLine: 'KẾT LUẬN', typeCode: 'KL' },
  { kind: 'thong-tri', typeLine: 'THÔNG TRI', typeCode: 'TT' },
  { kind: 'huong-dan', typeLine: 'HƯỚNG DẪN', typeCode: 'HD' },
  { kind: 'thong-bao', typeLine: 'THÔNG BÁO', typeCode: 'TB' },
  { kind: 'bao-cao', typeLine: 'BÁO CÁO', typeCode: 'BC' },
  { kind: 'ke-hoach', typeLine: 'KẾ HOẠCH', typeCode: 'KH' },
  { kind: 'chuong-trinh', typeLine: 'CHƯƠNG TRÌNH', typeCode: 'CTr' },
  { kind: 'quy-hoach', typeLine: 'QUY HOẠCH', typeCode: 'QH' },
  { kind: 'de-an', typeLine: 'ĐỀ ÁN', typeCode: 'ĐA' },
  { kind: 'phuong-an', typeLine: 'PHƯƠNG ÁN', typeCode: 'PA' },
  { kind: 'to-trinh', typeLine: 'TỜ TRÌNH', typeCode: 'TTr' },
  { kind: 'cong-van', typeLine: null, typeCode: 'CV' },
  { kind: 'bien-ban', typeLine: 'BIÊN BẢN', typeCode: 'BB' },
];

export function documentKindForm(kind: DocumentKind): DocumentKindForm {
  const form = documentKindForms.find((f) => f.kind === kind);
  if (!form) throw new Error(`Unknown document kind ${kind}`);
  return form;
}

/** The kind a type line names ("NGHỊ QUYẾT", "Kết luận"), or null. Case and tone placement are ignored. */
export function documentKindOfTypeLine(line: string): DocumentKind | null {
  const wanted = foldTypeLine(line);
  return documentKindForms.find((f) => f.typeLine !== null && foldTypeLine(f.typeLine) === wanted)?.kind ?? null;
}

function foldTypeLine(text: string): string {
  return foldText(text).replace(/\s+/g, ' ').trim().toUpperCase();
}
