import { parseTargetValue } from '../../electron/format/targetValue.ts';
import type { Block } from '../../electron/contract/model/body.ts';
import { hasPlaceholder, targetNeedsValue } from '../../electron/contract/model/placeholders.ts';
import type { Resolution } from '../../electron/contract/model/resolution.ts';
import type { TargetNode } from '../../electron/contract/model/targets.ts';

/** What the secretary writes in place of a prompt, in the tests. */
export const WRITTEN = 'Nội dung do chuyên viên soạn.';

function writeBlock(block: Block): Block {
  if (block.type !== 'paragraph' && block.type !== 'bullet') return block;
  return block.runs.some((r) => r.type === 'text' && hasPlaceholder(r.text))
    ? { ...block, runs: [{ type: 'text', text: WRITTEN }] }
    : block;
}

function writeTarget(node: TargetNode): TargetNode {
  const children = node.children.map(writeTarget);
  if (!targetNeedsValue(node)) return { ...node, children };
  const written = node.previous?.target ?? '1';
  return { ...node, value: { written, parsed: parseTargetValue(written) }, children };
}

/** A draft as the secretary leaves it once every prompt is written and every value set (tests that are not about placeholders). */
export function writtenOut(doc: Resolution): Resolution {
  return { ...doc, body: doc.body.map(writeBlock), targets: doc.targets.map(writeTarget) };
}
