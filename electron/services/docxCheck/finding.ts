import type { DocxFinding } from '../../contract/model/office.ts';
import type { SourcePara } from '../../import/source.ts';
import { shortText } from '../../format/shortText.ts';

export type { DocxFinding } from '../../contract/model/office.ts';

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
  const excerpt = where ? shortText(where.text, 60) : '';
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
