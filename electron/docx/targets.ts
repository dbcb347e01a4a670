import type { Paragraph } from 'docx';
import type { TargetNode } from '../contract/model/targets.ts';
import { targetLines } from '../format/printed.ts';
import type { FormatProfile } from '../format/profile.ts';
import { plainBodyParagraph } from './paragraphs.ts';

/** The `targets` block of the body: the targets as the printed list (targetLines), in body paragraphs. */
export function targetsBlock(nodes: readonly TargetNode[], profile: FormatProfile): Paragraph[] {
  return targetLines(nodes).map((line) => plainBodyParagraph(line.text, profile));
}
