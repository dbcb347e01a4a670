import type { FormatProfile, TextStyle } from '../../format/profile.ts';
import { pieceSpans } from '../../import/layout/text.ts';
import type { Role, Roles } from '../../import/parse/roles.ts';
import type { SourcePara, SourceRun } from '../../import/source.ts';
import { finding, type DocxFinding } from './finding.ts';
import { inRange, lookOf, sizeText, yesNo } from './measure.ts';

/**
 * The character format of each element of the header, title and closing against the profile
 * (36-HD/VPTW Phụ lục 3): size, bold, italic, underline and capitals. Where the guidance gives
 * a range (tên loại 15–16, trích yếu 14–15) the profile's size is its lower end.
 */

type Rule = {
  code: string;
  what: string;
  style: TextStyle;
  maxPt?: number;
  checkBold?: boolean;
  checkItalic?: boolean;
  boldSeverity?: 'error' | 'warning';
};

function rulesOf(profile: FormatProfile): Partial<Record<Role, Rule>> {
  const h = profile.header;
  const t = profile.title;
  const s = profile.signature;
  const r = profile.recipients;
  return {
    'party-title': { code: 'header.party-title', what: `"${h.partyTitle.text}"`, style: h.partyTitle.style },
    'superior-body': { code: 'header.superior-body', what: 'Tên cơ quan cấp trên', style: h.superiorBody, boldSeverity: 'warning' },
    'issuing-body': { code: 'header.issuing-body', what: 'Tên cơ quan ban hành', style: h.issuingBody },
    number: { code: 'header.number', what: 'Số và ký hiệu', style: h.number },
    'place-date': { code: 'header.place-date', what: 'Địa danh, ngày tháng năm', style: h.placeDate },
    'document-type': { code: 'title.type', what: 'Tên loại văn bản', style: t.documentType, maxPt: t.documentType.sizePt + 1 },
    conference: {
      code: 'title.conference',
      what: 'Dòng hội nghị',
      style: t.conference,
      maxPt: t.conference.sizePt + 1,
      boldSeverity: 'warning',
    },
    summary: { code: 'title.summary', what: 'Trích yếu', style: t.summary, maxPt: t.summary.sizePt + 1, checkItalic: true },
    'recipients-label': { code: 'closing.recipients-label', what: `"${r.label.text}"`, style: r.label.style },
    recipient: { code: 'closing.recipient', what: 'Dòng nơi nhận', style: r.line, checkBold: false, checkItalic: false },
    authority: { code: 'closing.authority', what: 'Quyền hạn ký', style: s.authority },
    'signer-title': { code: 'closing.signer-title', what: 'Chức vụ người ký', style: s.title },
    'signer-name': { code: 'closing.signer-name', what: 'Họ tên người ký', style: s.name },
  };
}

const fixOf = (style: TextStyle, maxPt?: number): string =>
  `Định dạng cỡ ${style.sizePt}${maxPt ? `–${maxPt}` : ''} pt${style.bold ? ', đậm' : ', không đậm'}${style.italic ? ', nghiêng' : ''}${style.underline ? ', gạch chân' : ''}${style.caps ? ', chữ in hoa' : ''}.`;

function checkOne(p: SourcePara, rule: Rule): DocxFinding[] {
  const look = lookOf(p);
  if (!look) return [];
  const out: DocxFinding[] = [];
  const { style } = rule;
  const fix = fixOf(style, rule.maxPt);
  if (!inRange(look.sizes, style.sizePt, rule.maxPt ?? style.sizePt)) {
    out.push(
      finding(
        'error',
        `${rule.code}.size`,
        p,
        `${rule.what} sai cỡ chữ`,
        `${style.sizePt}${rule.maxPt ? `–${rule.maxPt}` : ''} pt`,
        sizeText(look.sizes),
        fix,
      ),
    );
  }
  if (rule.checkBold !== false && (style.bold ? look.bold !== 'all' : look.bold !== 'none')) {
    out.push(
      finding(
        style.bold ? 'error' : (rule.boldSeverity ?? 'error'),
        `${rule.code}.bold`,
        p,
        `${rule.what} ${style.bold ? 'phải in đậm' : 'không in đậm'}`,
        style.bold ? 'đậm' : 'không đậm',
        `đậm: ${yesNo(look.bold)}`,
        fix,
      ),
    );
  }
  if (rule.checkItalic !== false && (style.italic ? look.italic !== 'all' : look.italic === 'all')) {
    out.push(
      finding(
        'error',
        `${rule.code}.italic`,
        p,
        `${rule.what} ${style.italic ? 'phải in nghiêng' : 'không in nghiêng'}`,
        style.italic ? 'nghiêng' : 'chữ đứng',
        `nghiêng: ${yesNo(look.italic)}`,
        fix,
      ),
    );
  }
  if (style.underline ? look.underline !== 'all' : look.underline === 'all') {
    out.push(
      finding(
        'error',
        `${rule.code}.underline`,
        p,
        `${rule.what} ${style.underline ? 'phải gạch chân' : 'không gạch chân'}`,
        style.underline ? 'gạch chân' : 'không gạch chân',
        `gạch chân: ${yesNo(look.underline)}`,
        fix,
      ),
    );
  }
  if (style.caps && !look.caps) {
    out.push(finding('error', `${rule.code}.caps`, p, `${rule.what} phải viết in hoa`, 'chữ in hoa', 'có chữ thường', fix));
  }
  return out;
}

/** Each paragraph, or each piece of a paragraph laid out in pieces, checked by the rule of its role. */
export function checkElements(paras: readonly SourcePara[], roles: Roles, profile: FormatProfile): DocxFinding[] {
  const rules = rulesOf(profile);
  return paras.flatMap((p) => {
    const pieces = pieceSpans(p.text).map((span) => ({ span, role: roles.pieces.get(`${p.index}:${span.ordinal}`) }));
    if (pieces.some((x) => x.role !== undefined)) {
      return pieces.flatMap(({ span, role }) => {
        const rule = role ? rules[role] : undefined;
        return rule ? checkOne(slicePara(p, span.start, span.end), rule) : [];
      });
    }
    const role = roles.para.get(p.index);
    const rule = role ? rules[role] : undefined;
    return rule ? checkOne(p, rule) : [];
  });
}

/** The part of a paragraph between two character offsets of its text, with its runs. */
function slicePara(p: SourcePara, start: number, end: number): SourcePara {
  const runs: SourceRun[] = [];
  let at = 0;
  for (const r of p.runs) {
    if (r.footnote) continue;
    const from = Math.max(start, at);
    const to = Math.min(end, at + r.text.length);
    if (to > from) runs.push({ ...r, text: r.text.slice(from - at, to - at) });
    at += r.text.length;
  }
  return { ...p, runs, text: p.text.slice(start, end) };
}
