import type { Paragraph } from 'docx';
import type { TargetNode } from '../contract/model/targets.ts';
import { targetLines } from '../format/printed.ts';
import type { BuildContext } from './context.ts';
import { plainBodyParagraph } from './paragraphs.ts';

/**
 * The `targets` block of the body: the targets as the printed list (targetLines), in body
 * paragraphs. `keep`: the block ends the body and its last line prints on the signature's page.
 */
export function targetsBlock(nodes: readonly TargetNode[], ctx: BuildContext, keep = false): Paragraph[] {
  const lines = targetLines(nodes);
  return lines.map((line, i) => plainBodyParagraph(line.text, ctx, ctx.profile.body.style, keep && i === lines.length - 1));
}
