import * as z from 'zod';
import { fail, ok, type Result } from '../result.ts';
import { blockSchema, type Block } from './body.ts';

/** Blocks `from` (included) to `to` (excluded) of the stored version's body, kept as they are. */
export const keptBlocksSchema = z.object({
  type: z.literal('kept'),
  from: z.number().int().min(0),
  to: z.number().int().min(1),
});
export type KeptBlocks = z.infer<typeof keptBlocksSchema>;

/**
 * A body sent as changes against the stored version: in order, the blocks that changed (or are
 * new) and runs of the stored body's blocks that did not. A save after a keystroke in 300 pages
 * sends one paragraph and a few numbers.
 */
export const bodyChangesSchema = z.array(z.union([keptBlocksSchema, blockSchema]));
export type BodyChange = Block | KeptBlocks;

/** The body the changes describe, from the stored body they were made against. */
export function applyBodyChanges(stored: readonly Block[], changes: readonly BodyChange[]): Result<Block[]> {
  const body: Block[] = [];
  for (const change of changes) {
    if (change.type !== 'kept') {
      body.push(change);
      continue;
    }
    if (change.from >= change.to || change.to > stored.length) {
      return fail(
        'INVALID_INPUT',
        `Phần thân gửi lên không khớp bản đã lưu (khối ${change.from}–${change.to} trên ${stored.length}). Hãy lưu lại.`,
      );
    }
    for (let i = change.from; i < change.to; i++) body.push(stored[i] as Block);
  }
  return ok(body);
}

/**
 * `body` as changes against `base`, the blocks of the stored body by position: a block that is the
 * very object at a position of `base` is sent as kept (consecutive ones as one run), any other
 * block in full. Without a base, every block is sent.
 */
export function bodyChangesAgainst(base: readonly Block[] | null, body: readonly Block[]): BodyChange[] {
  if (base === null) return [...body];
  const position = new Map<Block, number>();
  base.forEach((block, i) => position.set(block, i));
  const changes: BodyChange[] = [];
  for (const block of body) {
    const at = position.get(block);
    const last = changes[changes.length - 1];
    if (at === undefined) changes.push(block);
    else if (last?.type === 'kept' && last.to === at) last.to = at + 1;
    else changes.push({ type: 'kept', from: at, to: at + 1 });
  }
  return changes;
}
