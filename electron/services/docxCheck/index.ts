import type { FormatProfile } from '../../format/profile.ts';
import type { Result } from '../../contract/result.ts';
import { localDate } from '../../format/dates.ts';
import { resolveProfile } from '../../format/resolveProfile.ts';
import { readProfileTag } from '../../import/profileTag.ts';
import { layoutByOlderRules } from './profileFit.ts';
import { READER_BUG, readSource } from '../../import/index.ts';
import { parasOf } from '../../import/layout/text.ts';
import { failWith, readOk, type ReadResult } from '../../import/result.ts';
import { readStructure, type Structure } from '../../import/structure.ts';
import { checkBody } from './body.ts';
import { checkElements } from './elements.ts';
import { finding, type DocxFinding } from './finding.ts';
import { checkForms } from './forms.ts';
import { checkFonts, checkPages } from './page.ts';
import { checkPlaceholders } from './placeholders.ts';

/**
 * Checks any .docx against a format profile (36-HD/VPTW first): page size and margins, fonts,
 * the size and emphasis of every header, title and closing element, the written forms of the
 * number, date and recipients, and the body's size, alignment and spacing. Formatting is the
 * effective one (document defaults, style chains, table styles, direct formatting). Which
 * paragraph is which element is decided by the importer's reading of the document.
 */

export type { DocxFinding } from './finding.ts';
export type DocxCheckReport = { profile: FormatProfile; findings: DocxFinding[]; errors: number; warnings: number; resolution: boolean };

function missingParts(s: Structure): DocxFinding[] {
  const out: DocxFinding[] = [];
  const miss = (code: string, what: string, expected: string, fix: string, severity: 'error' | 'warning' = 'error'): void => {
    out.push(finding(severity, code, null, what, expected, 'không có', fix));
  };
  if (!s.title) {
    miss(
      'title.type.missing',
      'Không thấy tên loại văn bản',
      'tên loại in hoa, căn giữa (NGHỊ QUYẾT, KẾT LUẬN, THÔNG BÁO …)',
      'Ghi tên loại trên một dòng riêng, căn giữa, dưới phần đầu (công văn không có tên loại mà có trích yếu dưới số và ký hiệu).',
    );
  }
  if (!s.header.partyTitle) {
    miss(
      'header.party-title.missing',
      'Thiếu tiêu đề',
      '"ĐẢNG CỘNG SẢN VIỆT NAM"',
      'Ghi "ĐẢNG CỘNG SẢN VIỆT NAM" ở góc phải trang đầu, có đường kẻ ngang bên dưới.',
    );
  }
  if (!s.header.issuingBody) {
    miss(
      'header.issuing-body.missing',
      'Thiếu tên cơ quan ban hành',
      'tên cơ quan in hoa, đậm',
      'Ghi tên cơ quan ban hành ở góc trái trang đầu.',
    );
  }
  if (!s.header.number && !s.header.numberText) {
    miss(
      'header.number.missing',
      'Thiếu số và ký hiệu',
      '"Số <số>-<ký hiệu tên loại>/<ký hiệu cơ quan>"',
      'Ghi số và ký hiệu dưới tên cơ quan ban hành.',
    );
  }
  if (!s.header.place) {
    miss(
      'header.place-date.missing',
      'Thiếu địa danh và ngày tháng',
      '"<Địa danh>, ngày … tháng … năm …"',
      'Ghi địa danh và ngày tháng năm, in nghiêng, dưới tiêu đề.',
    );
  }
  if (s.title && !s.closing?.label) {
    miss(
      'closing.recipients-label.missing',
      'Thiếu "Nơi nhận:"',
      '"Nơi nhận:" gạch chân',
      'Ghi "Nơi nhận:" và danh sách nơi nhận ở góc trái, cuối văn bản.',
      'warning',
    );
  }
  if (s.title && !s.closing?.signature.name) {
    miss(
      'closing.signer-name.missing',
      'Không thấy họ tên người ký',
      'quyền hạn, chức vụ, họ tên',
      'Ghi quyền hạn ("T/M …"), chức vụ và họ tên người ký ở góc phải, cuối văn bản.',
      'warning',
    );
  }
  return out;
}

/** Every deviation of the document from the profile, errors first. */
export function checkStructure(s: Structure, profile: FormatProfile): DocxFinding[] {
  const paras = parasOf(s.blocks);
  const findings = [
    ...checkPages(s.doc.pages, profile),
    ...checkFonts(paras, profile),
    ...missingParts(s),
    ...checkElements(paras, s.roles, profile),
    ...checkForms(s, paras, profile),
    ...checkBody(paras, s.roles, profile),
    ...checkPlaceholders(paras),
  ];
  return findings.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

/**
 * Checks a .docx against the profile `profileId` names, else the profile our own export named in
 * the file, else the profile in force on the document's date (today's when it has none), by the one
 * policy of `format/resolveProfile.ts`. A name the app does not know is UNKNOWN_PROFILE, as everywhere.
 */
export function checkDocxBytes(
  bytes: Uint8Array,
  profileId: string | null = null,
  today: string = localDate(new Date()),
): Result<DocxCheckReport> | ReadResult<DocxCheckReport> {
  try {
    const source = readSource(bytes);
    if (!source.ok) return source;
    if (source.value.format !== 'docx') return failWith('NOT_DOCX', ['kiểm tra thể thức cần tệp .docx']);
    const s = readStructure(source.value);
    const day = s.header.date ?? today;
    const resolved = resolveProfile({ profileId: profileId ?? readProfileTag(bytes), date: day, planYear: Number(day.slice(0, 4)) + 1 });
    if (!resolved.ok) return resolved;
    const profile = resolved.value;
    const findings = [...layoutByOlderRules(s, profile, day), ...checkStructure(s, profile)];
    const errors = findings.filter((f) => f.severity === 'error').length;
    return readOk({ profile, findings, errors, warnings: findings.length - errors, resolution: s.title !== null });
  } catch (err) {
    return failWith('READ_FAILED', [`${READER_BUG} ${err instanceof Error ? err.message : String(err)}`]);
  }
}
