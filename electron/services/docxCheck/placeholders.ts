import { PLACEHOLDER_FINDING, placeholderSpans } from '../../contract/model/placeholders.ts';
import type { SourcePara } from '../../import/source.ts';
import { finding, type DocxFinding } from './finding.ts';

/**
 * What is left to write in a .docx ("[… Nêu mục tiêu tổng quát năm 2027]", a value "…"): an error per
 * paragraph, as the check of the document itself says (`services/check/placeholderChecks.ts`); what a
 * placeholder is has its one home in `contract/model/placeholders.ts`.
 */
export function checkPlaceholders(paras: readonly SourcePara[]): DocxFinding[] {
  return paras.flatMap((p) => {
    const spans = placeholderSpans(p.text);
    if (spans.length === 0) return [];
    return [
      finding(
        'error',
        PLACEHOLDER_FINDING,
        p,
        'Còn chỗ chưa điền',
        'nội dung đã viết',
        spans.map((s) => `"${s.text}"`).join(', '),
        'Thay lời nhắc trong ngoặc vuông bằng nội dung của văn bản, điền giá trị vào chỗ "…".',
      ),
    ];
  });
}
