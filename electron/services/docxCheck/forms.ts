import type { FormatProfile } from '../../format/profile.ts';
import { pieceSpans, tidy } from '../../import/layout/text.ts';
import type { Roles, Role } from '../../import/parse/roles.ts';
import type { SourcePara } from '../../import/source.ts';
import type { Structure } from '../../import/structure.ts';
import { finding, type DocxFinding } from './finding.ts';
import { pushAll } from '../../import/pushAll.ts';

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

function checkNumber(t: Texts[number], profile: FormatProfile): DocxFinding[] {
  const out: DocxFinding[] = [];
  const prefix = profile.numbering.prefix;
  if (/^Số\s*:/u.test(t.text)) {
    out.push(
      finding(
        'error',
        'header.number.colon',
        t.para,
        'Có dấu hai chấm sau "Số"',
        `"${prefix} 04-NQ/HU"`,
        `"${t.text}"`,
        'Bỏ dấu hai chấm: viết "Số 04-NQ/HU" (36-HD/VPTW, Phụ lục 3).',
      ),
    );
  }
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
  if (/\d\s+-|-\s+\p{Lu}|\/\s|\s\//u.test(t.text)) {
    out.push(
      finding(
        'warning',
        'header.number.spaces',
        t.para,
        'Số và ký hiệu có dấu cách thừa',
        `"${prefix} 04-NQ/HU"`,
        `"${t.text}"`,
        'Không để dấu cách quanh "-" và "/" (trừ khoảng trống chờ cấp số khi còn là dự thảo).',
      ),
    );
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

function checkRecipients(lines: Texts, profile: FormatProfile): DocxFinding[] {
  const r = profile.recipients;
  const out: DocxFinding[] = [];
  const starts = lines.filter((l) => /^[-–]\s/u.test(l.text));
  starts.forEach((l, i) => {
    const last = i === starts.length - 1;
    const next = lines[lines.indexOf(l) + 1];
    const end = (next && !/^[-–]\s/u.test(next.text) ? next.text : l.text).slice(-1);
    const want = last ? r.lastTerminator : r.lineSeparator;
    if (end !== want) {
      out.push(
        finding(
          'warning',
          'closing.recipient.punctuation',
          l.para,
          `Dòng nơi nhận kết thúc bằng "${end}"`,
          `"${want}"`,
          `"${end}"`,
          `Kết thúc mỗi dòng bằng "${r.lineSeparator}", dòng cuối bằng "${r.lastTerminator}".`,
        ),
      );
    }
  });
  const final = starts[starts.length - 1];
  const storage = final?.text.replace(/^[-–]\s*/u, '') ?? '';
  if (final && !storage.startsWith(r.storageWord)) {
    out.push(
      finding(
        'warning',
        'closing.recipient.storage',
        final.para,
        'Dòng cuối nơi nhận không phải dòng lưu',
        `"- ${r.storageWord} …."`,
        `"${final.text}"`,
        `Kết thúc bằng dòng "- ${r.storageWord} Văn phòng …."`,
      ),
    );
  } else if (final && new RegExp(`^${r.storageWord}\\s*:`, 'u').test(storage)) {
    out.push(
      finding(
        'warning',
        'closing.recipient.storage-colon',
        final.para,
        `Có dấu hai chấm sau "${r.storageWord}"`,
        `"- ${r.storageWord} Văn phòng …"`,
        `"${final.text}"`,
        `Bỏ dấu hai chấm sau "${r.storageWord}" (cách viết của văn bản nhà nước).`,
      ),
    );
  }
  return out;
}

export function checkForms(s: Structure, paras: readonly SourcePara[], profile: FormatProfile): DocxFinding[] {
  const out: DocxFinding[] = [];
  for (const t of textsWith(paras, s.roles, 'number')) pushAll(out, checkNumber(t, profile));
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
