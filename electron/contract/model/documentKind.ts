import * as z from 'zod';

/**
 * Thể loại văn bản của Đảng (Quy định 399-QĐ/TW, 2026; 66-QĐ/TW before it), stored as Vietnamese
 * slugs. A document's kind decides its type line, the type code of its number and which parts it
 * has (a công văn has no type line and starts with "Kính gửi"). The printed names and codes live in
 * `format/documentKinds.ts`.
 */
export const documentKinds = [
  'nghi-quyet',
  'quyet-dinh',
  'quy-dinh',
  'quy-che',
  'chi-thi',
  'ket-luan',
  'thong-tri',
  'huong-dan',
  'thong-bao',
  'bao-cao',
  'ke-hoach',
  'chuong-trinh',
  'quy-hoach',
  'de-an',
  'phuong-an',
  'to-trinh',
  'cong-van',
  'bien-ban',
] as const;
export const documentKindSchema = z.enum(documentKinds);
export type DocumentKind = z.infer<typeof documentKindSchema>;
