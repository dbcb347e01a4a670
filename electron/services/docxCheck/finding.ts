import type { Finding } from '../../contract/model/office.ts';
import type { SourcePara } from '../../import/source.ts';

/**
 * A deviation of a .docx from the format profile: the contract's finding plus where it is (the
 * paragraph's number in reading order and the start of its text), what the profile expects and
 * what the file has.
 */
export type DocxFinding = Finding & { paragraph: number | null; excerpt: string; expected: string; found: string };

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
