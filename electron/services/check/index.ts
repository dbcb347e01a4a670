import type { Resolution } from '../../contract/model/resolution.ts';
import { walkTargets } from '../../contract/model/targets.ts';
import type { FormatProfile } from '../../format/profile.ts';
import { summaryStartsUpper } from '../../format/summary.ts';
import { checkRecipients, checkSignature } from './closingChecks.ts';
import { error, warning, type Finding } from './finding.ts';
import { checkHeader } from './headerChecks.ts';
import { checkBodyRules } from './bodyChecks.ts';
import { checkPlaceholders } from './placeholderChecks.ts';
import { checkPlaceDate } from './placeDateChecks.ts';

export type { Finding } from './finding.ts';

/** Required parts and the title block. */
function checkParts(doc: Resolution): Finding[] {
  const out: Finding[] = [];
  if (doc.body.length === 0) {
    out.push(error('body.empty', 'body', 'Văn bản chưa có nội dung.', 'Soạn phần nội dung trước khi xuất.'));
  }
  const summary = doc.title.summary.trim();
  if (summaryStartsUpper(summary)) {
    out.push(
      warning(
        'title.summary-case',
        'title.summary',
        `Trích yếu "${summary.split('\n')[0]}" bắt đầu bằng chữ hoa.`,
        'Trích yếu của văn bản có tên loại viết chữ thường ở đầu, ví dụ "về phát triển kinh tế - xã hội …".',
      ),
    );
  }
  const hasTargets = doc.targets.length > 0;
  if (doc.appendix.include && !hasTargets) {
    out.push(error('appendix.empty', 'appendix', 'Có phụ lục nhưng chưa có chỉ tiêu nào.', 'Nhập chỉ tiêu hoặc bỏ phụ lục.'));
  }
  if (doc.appendix.include && doc.appendix.title.trim() === '') {
    out.push(error('appendix.title', 'appendix.title', 'Phụ lục chưa có tiêu đề.', 'Ví dụ "CHỈ TIÊU KẾ HOẠCH NĂM 2023".'));
  }
  if (doc.body.some((b) => b.type === 'targets') && !hasTargets) {
    out.push(
      // A warning: the block prints nothing until targets are entered; the approval summary shows it.
      warning('targets.empty', 'body', 'Nội dung có khối chỉ tiêu nhưng chưa có chỉ tiêu nào.', 'Nhập chỉ tiêu hoặc bỏ khối chỉ tiêu.'),
    );
  }
  for (const [node] of walkTargets(doc.targets)) {
    if (node.value && node.value.written.trim() !== '' && node.value.parsed.kind === 'qualitative' && /\d/.test(node.value.written)) {
      out.push(
        warning(
          'targets.unparsed',
          `targets[${node.key}]`,
          `Không đọc được giá trị "${node.value.written}" của chỉ tiêu "${node.name}".`,
          'Viết giá trị theo dạng "770,4", "trên 64%", "4.000 - 4.500", "dưới 18%"; nếu là chỉ tiêu định tính, cần người đánh giá kết quả.',
        ),
      );
    }
  }
  return out;
}

/** Every format finding of a document against its profile, errors first. */
export function checkResolution(doc: Resolution, profile: FormatProfile): Finding[] {
  const findings = [
    ...checkHeader(doc, profile),
    ...checkPlaceDate(doc, profile),
    ...checkParts(doc),
    ...checkBodyRules(doc, profile),
    ...checkRecipients(doc, profile),
    ...checkSignature(doc, profile),
    ...checkPlaceholders(doc),
  ];
  return findings.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

export function countFindings(findings: readonly Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}
