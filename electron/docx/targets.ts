import type { Paragraph } from 'docx';
import type { TargetNode } from '../contract/model/targets.ts';
import { targetLines } from '../format/printed.ts';
import type { FormatProfile } from '../format/profile.ts';
import { plainBodyParagraph } from './paragraphs.ts';

/**
 * The `targets` block of the body: the targets as the printed list (targetLines), in body
 * paragraphs. `keep`: the block ends the body and its last line prints on the signature's page.
 */
export function targetsBlock(nodes: readonly TargetNode[], profile: FormatProfile, keep = false): Paragraph[] {
  const lines = targetLines(nodes);
  return lines.map((line, i) => plainBodyParagraph(line.text, profile, profile.body.style, keep && i === lines.length - 1));
}
