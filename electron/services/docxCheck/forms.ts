import type { FormatProfile } from '../../format/profile.ts';
import { pieceSpans, tidy } from '../../import/layout/text.ts';
import type { Roles, Role } from '../../import/parse/roles.ts';
import type { SourcePara } from '../../import/source.ts';
import type { Structure } from '../../import/structure.ts';
import { finding, type DocxFinding } from './finding.ts';
import { pushAll } from '../../import/pushAll.ts';
import { recipientIssues } from '../../format/recipientRules.ts';
import type { DocumentKind } from '../../contract/model/documentKind.ts';
import { documentKindForm, documentKindOfTypeLine } from '../../format/documentKinds.ts';

/**
 * The written forms: "Số 04-NQ/HU" (no colon, leading zero), "<Địa danh>, ngày 05 tháng 02 năm
 * 2026" (comma, leading zeros for days and for months 1–2), the "-----" under the summary, the
 * recipients' punctuation ("," after each line, "." after the last) and the final "Lưu …" line
 * without a colon.
 */

type Texts = { para: SourcePara; text: string }[];

/** The texts with a role, piece by piece for laid-out paragraphs. */
function textsWith(paras: readonly SourcePara[], roles: Roles, role: Role): Texts {
  const out: Texts = [];
  for (const p of paras) {
    const spans = pieceSpans(p.text);
    const pieces = spans.filter((s) => roles.pieces.get(`${p.index}:${s.ordinal}`) === role);
    if (pieces.length > 0) pieces.forEach((s) => out.push({ para: p, text: tidy(p.text.slice(s.start, s.end)) }));
    else if (roles.para.get(p.index) === role) out.push({ para: p, text: tidy(p.text) });
  }
  return out;
}

/** "Số 04-NQ/HU" -> its parts as written; the number may be left blank for the e-office system to stamp ("Số      -CTr/TU"). */
function numberParts(text: string): { seq: string; type: string; issuer: string } | null {
  const m = /^Số\s*:?\s*([\d\s.…_]*)\s*-\s*([\p{L}]+)\s*\/\s*(\S+)/u.exec(text);
  return m ? { seq: (m[1] ?? '').trim(), type: m[2] ?? '', issuer: m[3] ?? '' } : null;
}

function checkNumber(t: Texts[number], profile: FormatProfile, kind: DocumentKind | null): DocxFinding[] {
  const out: DocxFinding[] = [];
  const prefix = profile.numbering.prefix;
  const parts = numberParts(t.text);
  const own = parts ? `${prefix} ${parts.seq || '…'}-${parts.type}/${parts.issuer}` : t.text;
  if (/^Số\s*:/u.test(t.text)) {
    out.push(
      finding(
        'error',
        'header.number.colon',
        t.para,
        'Có dấu hai chấm sau "Số"',
        `"${own}"`,
        `"${t.text}"`,
        `Bỏ dấu hai chấm: viết "${own}".`,
      ),
    );
  }
  const blank = parts !== null && !/\d/.test(parts.seq);
  const m = /(\d+)\s*-\s*\p{Lu}/u.exec(t.text);
  if (m && Number(m[1]) < profile.numbering.leadingZeroBelow && !(m[1] ?? '').startsWith('0')) {
    out.push(
      finding(
        'warning',
        'header.number.zero',
        t.para,
        'Số văn bản dưới 10 thiếu số 0 ở đầu',
        `"0${m[1]}"`,
        `"${m[1]}"`,
        'Viết số dưới 10 có số 0 ở đầu: 01, 02, … 09.',
      ),
    );
  }
  // A number left blank for the e-office system to stamp keeps its spaces: not a fault.
  if (!blank && /\d\s+-|-\s+\p{Lu}|\/\s|\s\//u.test(t.text)) {
    out.push(
      finding(
        'warning',
        'header.number.spaces',
        t.para,
        'Số và ký hiệu có dấu cách thừa',
        `"${own.replace(/\s+(?=-)|(?<=-)\s+/gu, '')}"`,
        `"${t.text}"`,
        'Không để dấu cách quanh "-" và "/" (trừ khoảng trống chờ cấp số).',
      ),
    );
  }
  if (parts && kind !== null) {
    const want = documentKindForm(kind).typeCode;
    if (parts.type !== want) {
      out.push(
        finding(
          'error',
          'header.number.type',
          t.para,
          `Ký hiệu tên loại "${parts.type}" không khớp tên loại của văn bản`,
          `"${prefix} ${parts.seq || '…'}-${want}/${parts.issuer}"`,
          `"${t.text}"`,
          `Dùng ký hiệu "${want}" cho ${documentKindForm(kind).typeLine?.toLocaleLowerCase('vi') ?? 'công văn'}.`,
        ),
      );
    }
  }
  return out;
}

function checkDate(t: Texts[number]): DocxFinding[] {
  const m = /^(.*?)(,?)\s*ngày\s+(\S+)\s+tháng\s+(\S+)\s+năm\s+(\d{4})/iu.exec(t.text);
  if (!m) return [];
  const out: DocxFinding[] = [];
  if (m[2] !== ',') {
    out.push(
      finding(
        'warning',
        'header.date.comma',
        t.para,
        'Thiếu dấu phẩy sau địa danh',
        '"Đức Trọng, ngày …"',
        `"${t.text}"`,
        'Đặt dấu phẩy ngay sau địa danh.',
      ),
    );
  }
  const [day, month] = [m[3] ?? '', m[4] ?? ''];
  if (/^\d$/.test(day)) {
    out.push(finding('warning', 'header.date.day', t.para, 'Ngày dưới 10 thiếu số 0 ở đầu', `"0${day}"`, `"${day}"`, 'Viết ngày 01 … 09.'));
  }
  if (/^[12]$/.test(month)) {
    out.push(
      finding(
        'warning',
        'header.date.month',
        t.para,
        'Tháng 1, 2 thiếu số 0 ở đầu',
        `"0${month}"`,
        `"${month}"`,
        'Viết "tháng 01", "tháng 02"; tháng 3 đến 12 không có số 0.',
      ),
    );
  }
  if (/^0[3-9]$/.test(month)) {
    out.push(
      finding(
        'warning',
        'header.date.month',
        t.para,
        'Tháng từ 3 trở đi không viết số 0 ở đầu',
        `"${month.slice(1)}"`,
        `"${month}"`,
        'Viết "tháng 3" … "tháng 9".',
      ),
    );
  }
  return out;
}

/** The recipient lines (a line continued on the next paragraph counts as one), by the rules of `format/recipientRules.ts`. */
function checkRecipients(lines: Texts, profile: FormatProfile): DocxFinding[] {
  const starts: { para: SourcePara; text: string }[] = [];
  for (const l of lines) {
    const prev = starts[starts.length - 1];
    if (/^[-–]\s/u.test(l.text)) starts.push({ para: l.para, text: l.text.replace(/^[-–]\s*/u, '') });
    else if (prev) prev.text = `${prev.text} ${l.text}`;
  }
  return recipientIssues(
    starts.map((s) => s.text),
    profile,
    { punctuation: true },
  ).map((issue) => {
    const para = starts[issue.index]?.para ?? null;
    const what = issue.code === 'recipients.punctuation' ? `Dòng nơi nhận kết thúc bằng "${issue.got}"` : issue.message;
    return finding(
      'warning',
      `closing.${issue.code.replace('recipients.', 'recipient.')}`,
      para,
      what,
      `"${issue.want}"`,
      `"${issue.got}"`,
      issue.fix,
    );
  });
}

export function checkForms(s: Structure, paras: readonly SourcePara[], profile: FormatProfile): DocxFinding[] {
  const out: DocxFinding[] = [];
  const kind = s.title ? documentKindOfTypeLine(s.title.documentType) : null;
  for (const t of textsWith(paras, s.roles, 'number')) pushAll(out, checkNumber(t, profile, kind));
  for (const t of textsWith(paras, s.roles, 'place-date')) pushAll(out, checkDate(t));
  const summary = textsWith(paras, s.roles, 'summary');
  const lastSummary = summary[summary.length - 1];
  if (profile.title.separator !== null && s.title && !s.title.separator && lastSummary) {
    out.push(
      finding(
        'warning',
        'title.separator',
        lastSummary.para,
        'Thiếu dòng gạch dưới trích yếu',
        `"${profile.title.separator}"`,
        'không có',
        `Thêm dòng "${profile.title.separator}" căn giữa ngay dưới trích yếu.`,
      ),
    );
  }
  pushAll(out, checkRecipients(textsWith(paras, s.roles, 'recipient'), profile));
  return out;
}
