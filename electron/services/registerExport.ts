import { AlignmentType, Document, Paragraph, TextRun } from 'docx';
import { cleanStrings } from '../contract/cleanText.ts';
import { packDocument } from '../docx/pack.ts';
import { fail, ok, type Result } from '../contract/result.ts';
import type { RegisterEntry, RegisterListing } from '../contract/workflow.ts';
import { sectionPage, textWidthTwips } from '../docx/page.ts';
import { gridCell, gridTable } from '../docx/tables.ts';
import { writeFileAtomic } from '../files/atomicWrite.ts';
import { formatDateShort } from '../format/dates.ts';
import { DEFAULT_PROFILE_ID, findProfile } from '../format/profiles/index.ts';
import { describeFsError } from './fsErrors.ts';

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

export function registerTitle(listing: RegisterListing): string {
  const type = typeNames[listing.docType] ?? listing.docType;
  const t = listing.term;
  return `Sổ đăng ký ${type.toLocaleLowerCase('vi')} (${listing.docType}) — ${listing.org.name} — nhiệm kỳ khóa ${t.ordinal} (${t.startYear} - ${t.endYear})`;
}

/**
 * One CSV field, quoted, and neutralised as OWASP's CSV-injection guidance says: a cell starting
 * with =, +, -, @, tab or carriage return would be read by Excel or LibreOffice as a formula
 * (=HYPERLINK(…) from a summary), so it is prefixed with an apostrophe and shown as text.
 */
export function csvField(dirty: string): string {
  const text = cleanStrings(dirty);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * The register as CSV that Excel opens with Vietnamese intact: UTF-8 with a byte-order mark,
 * CRLF line ends, every field quoted; the first row the Vietnamese headers.
 */
export function registerCsv(listing: RegisterListing, separator: ',' | ';' = ','): string {
  const rows = [[...REGISTER_HEADERS], ...listing.entries.map(registerCells)];
  return `\uFEFF${rows.map((row) => row.map(csvField).join(separator)).join('\r\n')}\r\n`;
}

/** Column shares of the landscape table (they add up to 100). */
const SHARES = [10, 10, 30, 22, 12, 6, 10];

/** The register as a landscape .docx: a title and a bordered table whose header repeats on every page. */
export async function registerDocx(dirty: RegisterListing): Promise<Uint8Array> {
  const listing = cleanStrings(dirty);
  const profile = findProfile(DEFAULT_PROFILE_ID);
  if (!profile) throw new Error('Thiếu thể thức mặc định.');
  const total = textWidthTwips(profile, 'landscape');
  const widths = SHARES.map((s, i) =>
    i === SHARES.length - 1
      ? total - SHARES.slice(0, -1).reduce((sum, x) => sum + Math.floor((total * x) / 100), 0)
      : Math.floor((total * s) / 100),
  );
  const run = (text: string, bold = false, strike = false) =>
    new TextRun({ text, size: 24, ...(bold ? { bold: true } : {}), ...(strike ? { strike: true } : {}) });
  const header = REGISTER_HEADERS.map((h, i) => gridCell([run(h, true)], widths[i] ?? 0, 'center'));
  const body = listing.entries.map((e) =>
    registerCells(e).map((text, i) =>
      gridCell([run(text, false, e.voided !== null && i < 2)], widths[i] ?? 0, i < 2 || i === 5 ? 'center' : 'left'),
    ),
  );
  const line = (text: string, size: number) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new TextRun({ text, bold: true, size })] });
  const doc = new Document({
    styles: { default: { document: { run: { font: profile.fontFamily, size: 24, language: { value: 'vi-VN' } } } } },
    sections: [
      {
        properties: { page: sectionPage(profile, 'landscape') },
        children: [
          line(listing.org.name, 28),
          line(`SỔ ĐĂNG KÝ ${(typeNames[listing.docType] ?? listing.docType).toLocaleUpperCase('vi')}`, 28),
          line(`Nhiệm kỳ khóa ${listing.term.ordinal} (${listing.term.startYear} - ${listing.term.endYear})`, 26),
          gridTable(profile, widths, [header, ...body], 1),
        ],
      },
    ],
  });
  return packDocument(doc);
}

/** "So-dang-ky-NQ-HU-khoa-XIII.csv": an ASCII file name for the register. */
export function registerFileName(listing: RegisterListing, format: 'csv' | 'docx'): string {
  const ascii = (t: string) =>
    t
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[đĐ]/g, 'D')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  return `So-dang-ky-${ascii(listing.docType)}-${ascii(listing.org.issuerCode)}-khoa-${ascii(listing.term.ordinal)}.${format}`;
}

/** The register as the bytes of a .csv or .docx file, with its suggested name (for the UI's export). */
export async function renderRegisterFile(
  listing: RegisterListing,
  format: 'csv' | 'docx',
): Promise<Result<{ fileName: string; bytes: Uint8Array }>> {
  try {
    const bytes = format === 'csv' ? new TextEncoder().encode(registerCsv(listing)) : await registerDocx(listing);
    return ok({ fileName: registerFileName(listing, format), bytes });
  } catch (err) {
    return fail('INTERNAL', 'Không tạo được tệp sổ đăng ký.', [err instanceof Error ? err.message : String(err)]);
  }
}

/** Writes the register to `outPath` (.csv or .docx, by its extension) atomically. */
export async function exportRegister(
  listing: RegisterListing,
  outPath: string,
): Promise<Result<{ path: string; rows: number; bytes: number }>> {
  const kind = /\.csv$/i.test(outPath) ? 'csv' : /\.docx$/i.test(outPath) ? 'docx' : null;
  if (kind === null) return fail('INVALID_INPUT', `Tệp xuất "${outPath}" phải có đuôi .csv hoặc .docx.`);
  const made = await renderRegisterFile(listing, kind);
  if (!made.ok) return made;
  const bytes = made.value.bytes;
  try {
    await writeFileAtomic(outPath, bytes);
  } catch (err) {
    return { ok: false, error: describeFsError(err, 'ghi', outPath) };
  }
  return ok({ path: outPath, rows: listing.entries.length, bytes: bytes.byteLength });
}
