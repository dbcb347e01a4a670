import { $isTableNode } from '@lexical/table';
import { $getRoot, $isDecoratorNode, $isElementNode, type ElementNode, type LexicalNode } from 'lexical';
import type { Block, Paragraph } from '../../../electron/contract/model/body.ts';
import { $createBodyParagraphNode, $isBodyParagraphNode } from '../nodes/BodyParagraphNode.ts';
import { $createBulletNode, $isBulletNode } from '../nodes/BulletNode.ts';
import { $createHeadingNode, $isHeadingNode } from '../nodes/HeadingNode.ts';
import { $createPageBreakNode, $isPageBreakNode } from '../nodes/PageBreakNode.ts';
import { $createTargetsBlockNode, $isTargetsBlockNode } from '../nodes/TargetsBlockNode.ts';
import { $inlinesToNodes, $nodesToInlines } from './runs.ts';
import { $tableToModel, $tableToNode } from './table.ts';

/** One model block -> one top-level Lexical node. */
export function $blockToNode(block: Block): LexicalNode {
  switch (block.type) {
    case 'heading':
      return $createHeadingNode(block.level, block.label ?? null).append(...$inlinesToNodes(block.runs));
    case 'paragraph': {
      const p = $createBodyParagraphNode(block.label ?? null);
      if (block.align) p.setFormat(block.align);
      if (block.indent) p.setIndentMode(block.indent);
      return p.append(...$inlinesToNodes(block.runs));
    }
    case 'bullet':
      return $createBulletNode(block.marker).append(...$inlinesToNodes(block.runs));
    case 'table':
      return $tableToNode(block);
    case 'targets':
      return $createTargetsBlockNode();
    case 'page-break':
      return $createPageBreakNode();
  }
}

/** Replaces the editor's whole content with the model's body. */
export function $setBodyBlocks(blocks: readonly Block[]): void {
  const root = $getRoot();
  root.clear();
  root.append(...blocks.map($blockToNode));
}

const aligns = new Set(['justify', 'left', 'center', 'right']);

function $paragraphToModel(node: ElementNode): Paragraph {
  const label = $isBodyParagraphNode(node) ? node.getLabel() : null;
  const indent = $isBodyParagraphNode(node) ? node.getIndentMode() : null;
  const format = node.getFormatType();
  return {
    type: 'paragraph',
    ...(label === null ? {} : { label }),
    runs: $nodesToInlines(node.getChildren()),
    ...(aligns.has(format) ? { align: format as NonNullable<Paragraph['align']> } : {}),
    ...(indent === null ? {} : { indent }),
  };
}

/** One top-level Lexical node -> one model block (null for nothing printable). */
export function $nodeToBlock(node: LexicalNode): Block | null {
  if ($isHeadingNode(node)) {
    const label = node.getLabel();
    return { type: 'heading', level: node.getLevel(), ...(label === null ? {} : { label }), runs: $nodesToInlines(node.getChildren()) };
  }
  if ($isBulletNode(node)) return { type: 'bullet', marker: node.getMarker(), runs: $nodesToInlines(node.getChildren()) };
  if ($isTableNode(node)) return $tableToModel(node);
  if ($isTargetsBlockNode(node)) return { type: 'targets' };
  if ($isPageBreakNode(node)) return { type: 'page-break' };
  if ($isElementNode(node)) return $paragraphToModel(node);
  if ($isDecoratorNode(node)) return null;
  return { type: 'paragraph', runs: $nodesToInlines([node]) };
}

/** The editor's content as the model's body. Call inside `editorState.read` or an update. */
export function $getBodyBlocks(): Block[] {
  const out: Block[] = [];
  for (const child of $getRoot().getChildren()) {
    const block = $nodeToBlock(child);
    if (block) out.push(block);
  }
  return out;
}
