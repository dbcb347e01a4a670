import type { FormatProfile } from '../../format/profile.ts';
import { DEFAULT_PROFILE_ID, findProfile } from '../../format/profiles/index.ts';
import { READER_BUG, readSource } from '../../import/index.ts';
import { parasOf } from '../../import/layout/text.ts';
import { failWith, readOk, type ReadResult } from '../../import/result.ts';
import { readStructure, type Structure } from '../../import/structure.ts';
import { checkBody } from './body.ts';
import { checkElements } from './elements.ts';
import { finding, type DocxFinding } from './finding.ts';
import { checkForms } from './forms.ts';
import { checkFonts, checkPages } from './page.ts';

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
      '"NGHỊ QUYẾT" in hoa, căn giữa',
      'Ghi tên loại "NGHỊ QUYẾT" trên một dòng riêng, căn giữa, dưới phần đầu.',
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
  if (!s.header.number) miss('header.number.missing', 'Thiếu số và ký hiệu', '"Số 04-NQ/HU"', 'Ghi "Số …-NQ/…" dưới tên cơ quan ban hành.');
  if (!s.header.place) {
    miss(
      'header.place-date.missing',
      'Thiếu địa danh và ngày tháng',
      '"Đức Trọng, ngày 10 tháng 12 năm 2021"',
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
  ];
  return findings.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

export function checkDocxBytes(bytes: Uint8Array, profileId: string = DEFAULT_PROFILE_ID): ReadResult<DocxCheckReport> {
  const profile = findProfile(profileId);
  if (!profile) return failWith('READ_FAILED', [`không có thể thức "${profileId}"`]);
  try {
    const source = readSource(bytes);
    if (!source.ok) return source;
    if (source.value.format !== 'docx') return failWith('NOT_DOCX', ['kiểm tra thể thức cần tệp .docx']);
    const s = readStructure(source.value);
    const findings = checkStructure(s, profile);
    const errors = findings.filter((f) => f.severity === 'error').length;
    return readOk({ profile, findings, errors, warnings: findings.length - errors, resolution: s.title !== null });
  } catch (err) {
    return failWith('READ_FAILED', [`${READER_BUG} ${err instanceof Error ? err.message : String(err)}`]);
  }
}
