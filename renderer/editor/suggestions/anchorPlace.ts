import type { Suggestion, SuggestionAnchor } from '../../../electron/contract/model/review.ts';

/**
 * Where a suggestion from Word shows on the page: a body one at its offset in the block's text
 * (the body editor's block `block`), one on another part at that part's element on the page (the
 * header fields, the summary and conference lines, the targets, the recipients, the signature,
 * the appendix); null for what could not be placed (listed in the side panel with what it said).
 */
export type MarkPlace =
  | { kind: 'text'; block: number; at: number }
  /** `at`: where in the element's text the anchor's offset points, when the element is that one field (after a "- " …). */
  | { kind: 'part'; selector: string; nth: number; label: string; at?: number };

const byTestId = (id: string, label: string, nth = 0): MarkPlace => ({ kind: 'part', selector: `[data-testid="${id}"]`, nth, label });
const signatureLine: Record<'authorityOf' | 'title' | 'name', string> = {
  authorityOf: '.pf-sig-authority',
  title: '.pf-sig-title',
  name: '[data-testid="closing-signer-name"]',
};

export function markPlace(anchor: SuggestionAnchor): MarkPlace | null {
  switch (anchor.part) {
    case 'body':
      return { kind: 'text', block: anchor.block, at: anchor.at };
    case 'body-new':
      return { kind: 'text', block: Math.max(0, anchor.after), at: Number.MAX_SAFE_INTEGER };
    case 'header':
      if (anchor.field === 'superiorBody') return { ...byTestId('header-superior-body', 'Cơ quan cấp trên'), at: anchor.at };
      if (anchor.field === 'issuingBody') return { ...byTestId('header-issuing-body', 'Cơ quan ban hành'), at: anchor.at };
      return byTestId('page-header', 'Địa danh');
    case 'summary':
      return byTestId('title-summary', 'Trích yếu');
    case 'conference':
      return byTestId('title-conference-line', 'Dòng hội nghị', anchor.line);
    case 'target':
      return byTestId('body-targets-block', 'Chỉ tiêu');
    case 'recipient':
      return {
        kind: 'part',
        selector: '[data-testid="closing-recipients"] .pf-rec-line',
        nth: anchor.line,
        label: 'Nơi nhận',
        ...(anchor.field === 'text' ? { at: anchor.at + 2 } : {}),
      };
    case 'signature':
      return {
        kind: 'part',
        selector: `[data-testid="closing-signature"] ${signatureLine[anchor.field]}`,
        nth: 0,
        label: 'Người ký',
        at: anchor.at,
      };
    case 'appendix':
      return byTestId('appendix-preview', 'Phụ lục');
    case 'circulation':
    case 'production-note':
      return byTestId('header-marks', 'Dấu, ghi chú');
    case 'preamble':
      return byTestId('page-title', 'Phần mở đầu');
    case 'body-cell':
      return { kind: 'text', block: anchor.block, at: 0 };
    case 'none':
      return null;
  }
}

/** What a mark says: "+ SỬA ĐỔI", "− phổ", "phổ → phố". */
export function markText(s: Pick<Suggestion, 'kind' | 'inserted' | 'deleted'>): string {
  if (s.inserted && s.deleted) return `${s.deleted.trim()} → ${s.inserted.trim()}`;
  if (s.inserted) return `+ ${s.inserted.trim()}`;
  if (s.deleted) return `− ${s.deleted.trim()}`;
  return s.kind === 'format' ? 'Đổi định dạng' : s.kind === 'join' ? 'Gộp đoạn' : 'Đoạn mới';
}
