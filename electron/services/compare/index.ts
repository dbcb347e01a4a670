import type { Resolution } from '../../contract/model/resolution.ts';
import type { Comparison } from '../../contract/workflow.ts';
import { diffBodies } from './blocks.ts';
import { diffFields, diffRecipients } from './fields.ts';
import { diffTargets } from './targets.ts';

export { blockText, diffBodies } from './blocks.ts';
export { diffTokens, tokenize, wordDiff } from './words.ts';

/**
 * Two versions of a resolution compared (pure): the body paragraph by paragraph with word-level
 * changes, moves, the targets by indicator, the recipients line by line and every other printed
 * field. `before` is the older version.
 */
export function compareResolutions(before: Resolution, after: Resolution): Comparison {
  const fields = diffFields(before, after);
  const body = diffBodies(before.body, after.body);
  const targets = diffTargets(before.targets, after.targets);
  const recipients = diffRecipients(before, after);
  const count = (kind: string) => body.filter((d) => d.kind === kind).length;
  const summary = {
    blocksChanged: count('changed'),
    blocksAdded: count('added'),
    blocksRemoved: count('removed'),
    blocksMoved: count('moved'),
    targetsChanged: targets.filter((t) => t.kind === 'changed').length,
    targetsAdded: targets.filter((t) => t.kind === 'added').length,
    targetsRemoved: targets.filter((t) => t.kind === 'removed').length,
    fieldsChanged: fields.length,
    recipientsChanged: recipients.filter((r) => r.op !== 'equal').length,
  };
  const same = Object.values(summary).every((n) => n === 0) && JSON.stringify(before) === JSON.stringify(after);
  return { summary: { ...summary, same }, fields, body, targets, recipients };
}
