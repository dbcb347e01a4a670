import { AlignmentType, Document, Paragraph, TextRun } from 'docx';
import { cleanStrings } from '../contract/cleanText.ts';
import { packDocument } from '../docx/pack.ts';
import { fail, ok, type Result } from '../contract/result.ts';
import type { RegisterListing } from '../contract/workflow.ts';
import { sectionPage, textWidthTwips } from '../docx/page.ts';
import { gridCell, gridTable } from '../docx/tables.ts';
import { asciiFileNamePart } from '../format/fileNames.ts';
import { documentTypeName, REGISTER_HEADERS, registerCells } from '../format/registerRows.ts';
import { termLabel } from '../format/termName.ts';
import { localDate } from '../format/dates.ts';
import { profileInForce } from '../format/resolveProfile.ts';

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
  const profile = profileInForce(localDate(new Date()));
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
          line(`SỔ ĐĂNG KÝ ${documentTypeName(listing.docType).toLocaleUpperCase('vi')}`, 28),
          line(capitalized(termLabel(listing.term)), 26),
          gridTable(profile, widths, [header, ...body], 1),
        ],
      },
    ],
  });
  return packDocument(doc);
}

/** "So-dang-ky-NQ-HU-khoa-XIII.csv": an ASCII file name for the register. */
export function registerFileName(listing: RegisterListing, format: 'csv' | 'docx'): string {
  const ascii = asciiFileNamePart;
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

function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
