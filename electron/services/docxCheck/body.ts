import type { FormatProfile } from '../../format/profile.ts';
import type { Role, Roles } from '../../import/parse/roles.ts';
import type { SourcePara } from '../../import/source.ts';
import { finding, type DocxFinding } from './finding.ts';
import { inRange, lookOf, sizeText } from './measure.ts';

/**
 * The body (box 6): size 14–15 pt, justified text, exact line spacing within the profile's range (rules.bodyLineRangePt), at least the
 * profile's, space between paragraphs; part and section headings in bold. A deviation found in
 * many paragraphs is reported for the first few, then once with the count of the others.
 */

const TEXT_ROLES: ReadonlySet<Role> = new Set(['paragraph', 'bullet', 'preamble']);
const BODY_ROLES: ReadonlySet<Role> = new Set([
  'paragraph',
  'bullet',
  'preamble',
  'heading-part',
  'heading-part-title',
  'heading-section',
  'heading-item',
  'heading-subitem',
  'heading-subsubitem',
]);
const BOLD_ROLES: ReadonlySet<Role> = new Set(['heading-part', 'heading-part-title', 'heading-section']);
const SHOWN = 5;

type Check = {
  code: string;
  severity: 'error' | 'warning';
  what: string;
  expected: string;
  fix: string;
  found: (p: SourcePara) => string | null;
};

function checksOf(profile: FormatProfile, roleOf: (p: SourcePara) => Role): Check[] {
  const b = profile.body;
  const [lineMin, lineMax] = profile.rules.bodyLineRangePt;
  const min = b.style.sizePt;
  const max = min + 1;
  return [
    {
      code: 'body.size',
      severity: 'error',
      what: 'Cỡ chữ nội dung',
      expected: `${min}–${max} pt`,
      fix: `Đặt cỡ chữ nội dung ${min} hoặc ${max} pt.`,
      found: (p) => {
        const look = lookOf(p);
        return look && !inRange(look.sizes, min, max) ? sizeText(look.sizes) : null;
      },
    },
    {
      code: 'body.align',
      severity: 'warning',
      what: 'Đoạn nội dung không căn đều hai lề',
      expected: 'căn đều hai lề',
      fix: 'Căn đều hai lề (Ctrl+J).',
      found: (p) => (p.format && p.format.align !== 'justify' && TEXT_ROLES.has(roleOf(p)) ? alignName[p.format.align] : null),
    },
    {
      code: 'body.line-spacing',
      severity: 'warning',
      what: 'Giãn dòng',
      expected: `chính xác (Exactly) từ ${lineMin} đến ${lineMax} pt`,
      fix: `Đặt giãn dòng "Exactly" trong khoảng ${lineMin}–${lineMax} pt (${profile.name}).`,
      found: (p) => {
        const f = p.format;
        if (!f) return null;
        if (f.lineRule === 'exact' && f.line >= lineMin - 0.01 && f.line <= lineMax + 0.01) return null;
        return f.lineRule === 'auto'
          ? `${Number(f.line.toFixed(2))} dòng`
          : `${f.lineRule === 'exact' ? 'chính xác' : 'tối thiểu'} ${f.line} pt`;
      },
    },
    {
      code: 'body.spacing',
      severity: 'warning',
      what: 'Khoảng cách giữa các đoạn',
      expected: `từ ${b.spaceAfterPt} pt`,
      fix: `Đặt khoảng cách sau đoạn ${b.spaceAfterPt} pt trở lên.`,
      found: (p) =>
        p.format && p.format.beforePt + p.format.afterPt < b.spaceAfterPt - 0.01 ? `${p.format.beforePt + p.format.afterPt} pt` : null,
    },
    {
      code: 'body.heading-bold',
      severity: 'warning',
      what: 'Đề mục phần, mục La Mã không in đậm',
      expected: 'chữ đậm',
      fix: 'In đậm các đề mục "Phần thứ …", "I.", "II." …',
      found: (p) => {
        const look = lookOf(p);
        return look && BOLD_ROLES.has(roleOf(p)) && look.bold !== 'all' ? 'không đậm' : null;
      },
    },
  ];
}

const alignName = { left: 'căn trái', center: 'căn giữa', right: 'căn phải', justify: 'căn đều' } as const;

export function checkBody(paras: readonly SourcePara[], roles: Roles, profile: FormatProfile): DocxFinding[] {
  const roleOf = (p: SourcePara): Role => roles.para.get(p.index) ?? 'paragraph';
  const body = paras.filter((p) => BODY_ROLES.has(roles.para.get(p.index) ?? 'mixed') && p.cell === null);
  const out: DocxFinding[] = [];
  for (const check of checksOf(profile, roleOf)) {
    const bad = body.flatMap((p) => {
      const found = check.found(p);
      return found === null ? [] : [{ p, found }];
    });
    for (const { p, found } of bad.slice(0, SHOWN)) {
      out.push(finding(check.severity, check.code, p, check.what, check.expected, found, check.fix));
    }
    const more = bad.length - SHOWN;
    if (more > 0) {
      const first = bad[SHOWN];
      out.push(
        finding(
          check.severity,
          check.code,
          null,
          `${check.what}: còn ${more} đoạn khác (từ đoạn ${first?.p.index ?? ''})`,
          check.expected,
          `${more} đoạn khác`,
          check.fix,
        ),
      );
    }
  }
  return out;
}
