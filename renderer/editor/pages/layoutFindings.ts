import type { PageStart } from './paginate.ts';
import { shortText } from '../../../electron/format/shortText.ts';

/**
 * Layout findings: what the pages as laid out (paginate.ts) do badly, each with the fix the app
 * can apply. Pure: from the blocks' kinds and where the pages start.
 *
 * "Nơi nhận" cannot be split from the signature here: the closing is one table row that never
 * splits, in the .docx (cantSplit) as in the page view, so the one closing finding is the
 * signature block (with "Nơi nhận") alone on its page.
 */
export type LayoutBlockKind = 'opening' | 'heading' | 'text' | 'table' | 'closing' | 'other';

export type LayoutBlock = { kind: LayoutBlockKind; text: string; headerRows: number; rows: number; appendix: boolean };

/** What fixes a finding in one click: keep the body's last paragraph with the closing, or start a page before a block. */
export type LayoutFix = { kind: 'keep-closing' } | { kind: 'break-before'; block: number };

export type LayoutFinding = {
  code: 'LAYOUT_CLOSING_ALONE' | 'LAYOUT_HEADING_AT_FOOT' | 'LAYOUT_TABLE_HEADER_AT_FOOT' | 'LAYOUT_TABLE_END_ALONE';
  /** The page (from 1) the finding is about. */
  page: number;
  message: string;
  fix: string;
  action: LayoutFix | null;
  /** The fix's button. */
  actionLabel: string;
};

/** At most this many rows of a table's end alone on a page make a finding (a longer stretch is a table that simply goes on). */
const STUB_ROWS = 3;

/** A block's text as the finding quotes it: cut at a word end (shortText). */
const quote = (text: string): string => shortText(text, 59);

/** The layout findings of pages starting at `starts` over `blocks`. */
export function layoutFindings(blocks: readonly LayoutBlock[], starts: readonly PageStart[]): LayoutFinding[] {
  const out: LayoutFinding[] = [];
  starts.forEach((start, i) => {
    if (i === 0) return;
    const page = i + 1;
    const block = blocks[start.block];
    if (!block) return;
    const next = starts[i + 1];
    if (block.kind === 'closing' && start.line === 0) {
      out.push({
        code: 'LAYOUT_CLOSING_ALONE',
        page,
        message: `Trang ${page} chỉ có phần "Nơi nhận" và chữ ký, tách khỏi nội dung nghị quyết ở trang trước.`,
        fix: 'Giữ đoạn cuối của nội dung cùng trang với chữ ký (đoạn đó sang trang sau cùng phần chữ ký).',
        action: { kind: 'keep-closing' },
        actionLabel: 'Giữ đoạn cuối cùng trang chữ ký',
      });
    }
    if (start.line === 0 && !block.appendix) {
      // Headings at the foot of the page before: walk back over them to the first.
      let first = start.block;
      while (first > 0 && blocks[first - 1]?.kind === 'heading') first -= 1;
      const heading = blocks[first];
      if (first < start.block && heading) {
        out.push({
          code: 'LAYOUT_HEADING_AT_FOOT',
          page: page - 1,
          message: `Đề mục "${quote(heading.text)}" nằm cuối trang ${page - 1}, còn nội dung của nó ở trang ${page}.`,
          fix: 'Chuyển đề mục sang đầu trang sau (ngắt trang trước đề mục).',
          action: { kind: 'break-before', block: first },
          actionLabel: 'Chuyển đề mục sang trang sau',
        });
      }
    }
    if (block.kind === 'table' && block.headerRows > 0 && start.line === block.headerRows) {
      out.push({
        code: 'LAYOUT_TABLE_HEADER_AT_FOOT',
        page: page - 1,
        message: `Hàng tiêu đề của bảng nằm một mình cuối trang ${page - 1}, các dòng của bảng bắt đầu ở trang ${page}.`,
        fix: 'Chuyển cả bảng sang trang sau (ngắt trang trước bảng).',
        action: block.appendix ? null : { kind: 'break-before', block: start.block },
        actionLabel: 'Chuyển bảng sang trang sau',
      });
    }
    // A page holding only a few last rows of a table begun on the page before.
    const onlyTable = next ? next.block === start.block + 1 && next.line === 0 : start.block === blocks.length - 1;
    const rows = block.rows - start.line;
    if (block.kind === 'table' && start.line > block.headerRows && onlyTable && rows <= STUB_ROWS) {
      out.push({
        code: 'LAYOUT_TABLE_END_ALONE',
        page,
        message: `Trang ${page} chỉ có ${rows} dòng cuối của bảng ở trang trước.`,
        fix: 'Rút gọn bảng (gộp hoặc bớt dòng) để bảng nằm gọn trong trang trước, hoặc chuyển cả bảng sang trang sau.',
        action: block.appendix ? null : { kind: 'break-before', block: start.block },
        actionLabel: 'Chuyển bảng sang trang sau',
      });
    }
  });
  return out;
}
