import { Paragraph, PageBreak, type FileChild } from 'docx';
import type { Block } from '../contract/model/body.ts';
import type { TargetNode } from '../contract/model/targets.ts';
import type { BuildContext } from './context.ts';
import { headingParagraphs } from './headings.ts';
import { numberHeadings, type NumberedBlock } from './numbering.ts';
import { bodyParagraph, bulletParagraph } from './paragraphs.ts';
import { bodyTable } from './tables.ts';
import { targetsBlock } from './targets.ts';

function blockChildren(block: NumberedBlock, targets: readonly TargetNode[], ctx: BuildContext, keep: boolean): FileChild[] {
  switch (block.type) {
    case 'heading':
      return headingParagraphs(block, ctx);
    case 'paragraph':
      return [bodyParagraph(block, ctx, keep)];
    case 'bullet':
      return [bulletParagraph(block, ctx, keep)];
    case 'table':
      return [bodyTable(block, ctx)];
    case 'targets':
      return targetsBlock(targets, ctx, keep);
    case 'page-break':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/**
 * Box 6, the body: headings numbered where they carry no label, then each block in order. The last
 * `keepLast` paragraphs (and bullets; of a targets list, its last line) keep with what follows,
 * whole: they print on the signature's page.
 */
export function bodyBlocks(blocks: readonly Block[], targets: readonly TargetNode[], ctx: BuildContext, keepLast = 0): FileChild[] {
  const numbered = numberHeadings(blocks, ctx.profile);
  const texts = numbered.flatMap((b, i) => (b.type === 'paragraph' || b.type === 'bullet' || b.type === 'targets' ? [i] : []));
  const kept = new Set(keepLast > 0 ? texts.slice(-keepLast) : []);
  return numbered.flatMap((block, i) => blockChildren(block, targets, ctx, kept.has(i)));
}
