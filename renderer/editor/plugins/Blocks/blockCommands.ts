import { $setBlocksType } from '@lexical/selection';
import { $isTableCellNode } from '@lexical/table';
import { $findMatchingParent } from '@lexical/utils';
import {
  $getSelection,
  $insertNodes,
  $isElementNode,
  $isRangeSelection,
  $isRootOrShadowRoot,
  createCommand,
  type ElementNode,
  type LexicalCommand,
  type LexicalNode,
} from 'lexical';
import type { HeadingLevel } from '../../../../electron/contract/model/body.ts';
import { labelFitsLevel } from '../../../../electron/format/headingNumbers.ts';
import { $createBodyParagraphNode, $isBodyParagraphNode } from '../../nodes/BodyParagraphNode.ts';
import { $createBulletNode, $isBulletNode } from '../../nodes/BulletNode.ts';
import { $createFootnoteNode } from '../../nodes/FootnoteNode.ts';
import { $createHeadingNode, $isHeadingNode } from '../../nodes/HeadingNode.ts';
import { $createPageBreakNode } from '../../nodes/PageBreakNode.ts';
import { $createTargetsBlockNode } from '../../nodes/TargetsBlockNode.ts';

/** What a body block can be turned into from the toolbar or a shortcut. */
export type BlockKind = { type: 'paragraph' } | { type: 'heading'; level: HeadingLevel } | { type: 'bullet'; marker: '-' | '+' };

export const SET_BLOCK_COMMAND: LexicalCommand<BlockKind> = createCommand('SET_BLOCK_COMMAND');
/** Sets (string) or clears (null: automatic number / no label) the literal label of the current block. */
export const SET_LABEL_COMMAND: LexicalCommand<string | null> = createCommand('SET_LABEL_COMMAND');
export const INSERT_FOOTNOTE_COMMAND: LexicalCommand<void> = createCommand('INSERT_FOOTNOTE_COMMAND');
export const INSERT_TARGETS_BLOCK_COMMAND: LexicalCommand<void> = createCommand('INSERT_TARGETS_BLOCK_COMMAND');
export const INSERT_PAGE_BREAK_COMMAND: LexicalCommand<void> = createCommand('INSERT_PAGE_BREAK_COMMAND');

/** The top-level block holding the selection's anchor, or null (inside a table, or no selection). */
export function $currentBlock(): ElementNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const node = selection.anchor.getNode();
  if ($findMatchingParent(node, $isTableCellNode)) return null;
  const block = $findMatchingParent(node, (n) => $isRootOrShadowRoot(n.getParent()));
  return $isElementNode(block) ? block : null;
}

function labelOf(node: LexicalNode): string | null {
  return $isHeadingNode(node) || $isBodyParagraphNode(node) ? node.getLabel() : null;
}

/** Turns the selected blocks into `kind`, keeping their text and (heading <-> paragraph) their literal label. */
export function $setBlock(kind: BlockKind): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || $findMatchingParent(selection.anchor.getNode(), $isTableCellNode)) return false;
  const create = (): ElementNode =>
    kind.type === 'heading'
      ? $createHeadingNode(kind.level)
      : kind.type === 'bullet'
        ? $createBulletNode(kind.marker)
        : $createBodyParagraphNode();
  $setBlocksType(selection, create, (prev, next) => {
    const label = labelOf(prev);
    // A label that is not a number of the new heading level ("3." chosen as "I.") gives way to the automatic number.
    if ($isHeadingNode(next)) next.setLabel(label !== null && labelFitsLevel(next.getLevel(), label) ? label : null);
    if ($isBodyParagraphNode(next)) next.setLabel(label);
    if ($isBodyParagraphNode(next) && $isBodyParagraphNode(prev)) {
      next.setFormat(prev.getFormatType());
      next.setIndentMode(prev.getIndentMode());
    }
  });
  return true;
}

export function $setLabel(label: string | null): boolean {
  const block = $currentBlock();
  const value = label === null || label.trim() === '' ? null : label.trim();
  if ($isHeadingNode(block) || $isBodyParagraphNode(block)) {
    block.setLabel(value);
    return true;
  }
  return false;
}

/** Inserts a footnote reference at the caret; returns its key so its text can be opened for typing. */
export function $insertFootnote(): string | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const node = $createFootnoteNode([{ type: 'text', text: '' }]);
  selection.insertNodes([node]);
  return node.getKey();
}

/** Inserts a block after the current top-level block (or at the caret when there is none). */
export function $insertBlockAfterCurrent(node: LexicalNode): void {
  const block = $currentBlock();
  if (block) {
    block.insertAfter(node);
    const after = $createBodyParagraphNode();
    if (!node.getNextSibling()) node.insertAfter(after);
    node.selectNext();
  } else $insertNodes([node]);
}

export const $insertTargetsBlock = (): void => $insertBlockAfterCurrent($createTargetsBlockNode());
export const $insertPageBreak = (): void => $insertBlockAfterCurrent($createPageBreakNode());

/** What the toolbar shows for the current block. */
export type BlockInfo = { kind: BlockKind | null; label: string | null; inTable: boolean };

export function $blockInfo(): BlockInfo {
  const selection = $getSelection();
  const inTable = $isRangeSelection(selection) && $findMatchingParent(selection.anchor.getNode(), $isTableCellNode) !== null;
  const block = $currentBlock();
  if ($isHeadingNode(block)) return { kind: { type: 'heading', level: block.getLevel() }, label: block.getLabel(), inTable };
  if ($isBulletNode(block)) return { kind: { type: 'bullet', marker: block.getMarker() }, label: null, inTable };
  if ($isBodyParagraphNode(block)) return { kind: { type: 'paragraph' }, label: block.getLabel(), inTable };
  return { kind: null, label: null, inTable };
}
