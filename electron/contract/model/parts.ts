import { isoDaySchema } from './dates.ts';
import * as z from 'zod';
import { paragraphSchema } from './body.ts';

/** Kinds of issuing body; they decide the signing authority and the number's issuer code. */
export const bodyKinds = [
  'tinh-uy',
  'thanh-uy',
  'huyen-uy',
  'quan-uy',
  'thi-uy',
  'dang-uy-xa',
  'dang-uy-phuong',
  'dang-uy-dac-khu',
  'dang-uy-co-quan',
  'dang-uy-khoi',
  'chi-bo',
  'uy-ban-kiem-tra',
  'ban-dang',
  'van-phong',
] as const;
export const bodyKindSchema = z.enum(bodyKinds);
export type BodyKind = z.infer<typeof bodyKindSchema>;

const isoDate = isoDaySchema;

/** Số và ký hiệu: "Số 04-NQ/HU". `seq` is empty (null) until the clerk issues the document. */
export const docNumberSchema = z.object({
  seq: z.number().int().positive('Số văn bản phải là số nguyên dương').nullable(),
  typeCode: z.string().min(1, 'Thiếu ký hiệu tên loại (ví dụ NQ)'),
  issuerCode: z.string().min(1, 'Thiếu ký hiệu cơ quan ban hành (ví dụ HU)'),
});
export type DocNumber = z.infer<typeof docNumberSchema>;

export const headerSchema = z.object({
  /** Superior body, e.g. "ĐẢNG BỘ TỈNH LÂM ĐỒNG"; absent for a body without a direct superior line. */
  superiorBody: z.string().optional(),
  issuingBody: z.string().min(1, 'Thiếu tên cơ quan ban hành'),
  bodyKind: bodyKindSchema,
  number: docNumberSchema,
  place: z.string().min(1, 'Thiếu địa danh'),
  /** Issue date (ISO); null while a draft. */
  date: isoDate.nullable(),
});
export type Header = z.infer<typeof headerSchema>;

export const titleSchema = z.object({
  documentType: z.string().min(1, 'Thiếu tên loại văn bản'),
  /** Lines between the type and the summary: "HỘI NGHỊ LẦN THỨ BẢY", "BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KHÓA VII". */
  conferenceLines: z.array(z.string().min(1)).default([]),
  /** Trích yếu; "\n" marks a line break as printed. */
  summary: z.string().min(1, 'Thiếu trích yếu'),
  /** Opening paragraphs of a conference resolution (when and where it met), before "QUYẾT NGHỊ". */
  preamble: z.array(paragraphSchema).default([]),
  /** The enacting word printed after the preamble, e.g. "QUYẾT NGHỊ"; null when the document has none. */
  decisionLine: z.string().nullable().default(null),
  /** "Kính gửi:" of a công văn (or "Kính trình:" of a tờ trình): one addressee per line, without "- ". */
  addressees: z.array(z.string().min(1)).optional(),
});
export type Title = z.infer<typeof titleSchema>;

export const secrecyLevels = ['mat', 'toi-mat', 'tuyet-mat'] as const;
export const urgencyLevels = ['khan', 'thuong-khan', 'hoa-toc'] as const;
/** The names of the levels, as printed (in the profile's case) and offered in the Dấu panel. */
export const secrecyNames: Record<(typeof secrecyLevels)[number], string> = { mat: 'Mật', 'toi-mat': 'Tối mật', 'tuyet-mat': 'Tuyệt mật' };
export const urgencyNames: Record<(typeof urgencyLevels)[number], string> = {
  khan: 'Khẩn',
  'thuong-khan': 'Thượng khẩn',
  'hoa-toc': 'Hỏa tốc',
};

export const marksSchema = z.object({
  /** "Dự thảo lần N" while a draft; null once issued. */
  draftRound: z.number().int().positive().nullable().default(null),
  secrecy: z.enum(secrecyLevels).nullable().default(null),
  urgency: z.enum(urgencyLevels).nullable().default(null),
  /** Phạm vi lưu hành, e.g. "Xong hội nghị trả lại". */
  circulation: z.string().nullable().default(null),
  /** Ký hiệu người đánh máy và số lượng bản (box 12), printed small under the recipients. */
  productionNote: z.string().nullable().default(null),
  /** Thông tin liên hệ (address, telephone, e-mail; "\n" between lines), printed small on the last page under a full-width rule. */
  contact: z.string().nullable().default(null),
});
export type Marks = z.infer<typeof marksSchema>;

export const recipientSchema = z.object({
  /** The line without its leading "- "; "\n" continues it on a second line. */
  text: z.string().min(1, 'Dòng nơi nhận không được để trống'),
  /** Italic note after the text, e.g. "(để báo cáo)". */
  note: z.string().optional(),
});
export type Recipient = z.infer<typeof recipientSchema>;

/** The lines of a saved "Nơi nhận" list (the verb's request and the row read back). */
export const recipientListLinesSchema = z.array(recipientSchema).min(1, 'Danh sách nơi nhận phải có ít nhất một dòng');

export const recipientsSchema = z.object({
  /**
   * "profile": the writer ends each line with the profile's separator and the last with ".";
   * "as-written": lines print exactly as stored (documents issued before the app).
   */
  punctuation: z.enum(['profile', 'as-written']).default('profile'),
  lines: z.array(recipientSchema).min(1, 'Phải có ít nhất một nơi nhận'),
});
export type Recipients = z.infer<typeof recipientsSchema>;

export const authorityKinds = ['T/M', 'K/T', 'T/L', 'Q.', 'none'] as const;
/** The same list under the name the format rules use (05-HD/VPTW added "Q."). */
export const documentAuthorityKinds = authorityKinds;
export const signatureSchema = z.object({
  /** T/M (thay mặt), K/T (ký thay), T/L (thừa lệnh), Q. (quyền: an acting head, 05-HD) or none (the head signs directly). */
  authority: z.enum(authorityKinds),
  /** Who the authority is for: "HUYỆN ỦY", "BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"; empty with none. */
  authorityOf: z.string().default(''),
  title: z.string().min(1, 'Thiếu chức vụ người ký'),
  name: z.string().min(1, 'Thiếu họ tên người ký'),
  /**
   * How many of the body's last paragraphs print on the signature's page (keep-with-next and
   * keep-lines in the .docx), so the signature block never stands alone on a page. Absent: none.
   */
  keepWithBody: z.number().int().min(1).max(5).optional(),
});
export type Signature = z.infer<typeof signatureSchema>;

export const appendixSchema = z.object({
  include: z.boolean(),
  heading: z.string().default('PHỤ LỤC'),
  title: z.string().default(''),
  /** Overrides the "(Kèm theo Nghị quyết số …)" line built from the header. */
  attachedNote: z.string().optional(),
  /** Header of this year's value column; defaults to the profile's ("CHỈ TIÊU"). */
  valueHeader: z.string().optional(),
  columns: z
    .object({
      previousTarget: z.boolean().default(false),
      previousResult: z.boolean().default(false),
      assessment: z.boolean().default(false),
      /** The year each column is for, as an imported table's header says ("Kế hoạch năm 2025", "Ước TH 2025", "Năm 2026"). */
      years: z
        .object({
          previousTarget: z.number().int().optional(),
          previousResult: z.number().int().optional(),
          value: z.number().int().optional(),
        })
        .optional(),
      /** Last year's result column holds an estimate ("Ước thực hiện"), not the year's actual figure ("Thực hiện"). */
      resultEstimated: z.boolean().optional(),
    })
    .default({ previousTarget: false, previousResult: false, assessment: false }),
  orientation: z.enum(['portrait', 'landscape']).default('portrait'),
});
export type Appendix = z.infer<typeof appendixSchema>;
