import { $isTableCellNode } from '@lexical/table';
import { $findMatchingParent } from '@lexical/utils';
import { $getSelection, $isElementNode, $isRangeSelection, type LexicalNode } from 'lexical';
import type { Block } from '../../../../electron/contract/model/body.ts';
import type { Inline } from '../../../../electron/contract/model/inline.ts';
import { $blockToNode, $inlinesToNodes } from '../../convert/index.ts';

/** A block's words as inline content (a table's cells separated by spaces, rows by line breaks). */
function inlinesOf(block: Block): Inline[] {
  if (block.type === 'table') {
    return block.rows.flatMap((row, r) => [
      ...(r > 0 ? [{ type: 'text' as const, text: '\n' }] : []),
      ...row.flatMap((cell, c) => [...(c > 0 ? [{ type: 'text' as const, text: ' ' }] : []), ...cell.runs]),
    ]);
  }
  if (block.type === 'targets' || block.type === 'page-break') return [];
  const label = 'label' in block && block.label ? [{ type: 'text' as const, text: `${block.label} ` }] : [];
  const marker = block.type === 'bullet' ? [{ type: 'text' as const, text: `${block.marker} ` }] : [];
  return [...label, ...marker, ...block.runs];
}

/**
 * Inserts pasted blocks at the selection: one plain paragraph (or anything inside a table cell)
 * goes in as text of the current paragraph; several blocks go in as blocks.
 */
export function $insertBlocks(blocks: readonly Block[]): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || blocks.length === 0) return;
  const inCell = $findMatchingParent(selection.anchor.getNode(), $isTableCellNode) !== null;
  const first = blocks[0];
  const single = blocks.length === 1 && first?.type === 'paragraph' && !first.label && !first.align && !first.indent;
  if (inCell || single) {
    const inlines = blocks.flatMap((b, i) => [...(i > 0 ? [{ type: 'text' as const, text: '\n' }] : []), ...inlinesOf(b)]);
    selection.insertNodes($inlinesToNodes(inlines));
    return;
  }
  $insertAsBlocks(blocks.map($blockToNode));
}

/**
 * Several pasted blocks keep their kind (a pasted list stays a list): they go after the current
 * block, before it when the caret is at its start, or between its two halves when in its middle.
 */
function $insertAsBlocks(nodes: LexicalNode[]): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  if (!selection.isCollapsed()) selection.removeText();
  const [head, ...tail] = nodes;
  const block = selection.anchor.getNode().getTopLevelElement();
  if (!head || !block) return void selection.insertNodes(nodes);
  const chain = (from: LexicalNode): LexicalNode => tail.reduce<LexicalNode>((prev, node) => prev.insertAfter(node) && node, from);
  const anchor = selection.anchor;
  const atStart = anchor.offset === 0 && (block.getFirstDescendant() ?? block).is(anchor.getNode());
  const atEnd = anchor.offset === anchor.getNode().getTextContentSize() && (block.getLastDescendant() ?? block).is(anchor.getNode());
  let last: LexicalNode;
  if (block.getChildrenSize() === 0) {
    block.replace(head);
    last = chain(head);
  } else if (atStart) {
    block.insertBefore(head);
    last = chain(head);
  } else {
    if (!atEnd) selection.insertParagraph();
    block.insertAfter(head);
    last = chain(head);
  }
  if ($isElementNode(last)) last.selectEnd();
}
