import type { DocxFinding } from '../../contract/model/office.ts';
import type { SourcePara } from '../../import/source.ts';

export type { DocxFinding } from '../../contract/model/office.ts';

export function excerptOf(text: string, length = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > length ? `${t.slice(0, length - 1)}…` : t;
}

type Where = SourcePara | null;

export function finding(
  severity: 'error' | 'warning',
  code: string,
  where: Where,
  what: string,
  expected: string,
  found: string,
  fix: string,
): DocxFinding {
  const paragraph = where?.index ?? null;
  const excerpt = where ? excerptOf(where.text) : '';
  const place = paragraph === null ? '' : `Đoạn ${paragraph} «${excerpt}»: `;
  return {
    code,
    severity,
    path: paragraph === null ? 'document' : `paragraphs[${paragraph}]`,
    message: `${place}${what} — cần ${expected}, thấy ${found}.`,
    fix,
    paragraph,
    excerpt,
    expected,
    found,
  };
}
