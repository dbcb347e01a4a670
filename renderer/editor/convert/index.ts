import type { EditorState } from 'lexical';
import type { Block } from '../../../electron/contract/model/body.ts';
import { $getBodyBlocks } from './blocks.ts';

export { $blockToNode, $getBodyBlocks, $nodeToBlock, $setBodyBlocks } from './blocks.ts';
export { $inlinesToNodes, $nodesToInlines } from './runs.ts';

/** The model body of an editor state (read-only; safe outside updates). */
export function editorStateToBlocks(state: EditorState): Block[] {
  return state.read($getBodyBlocks);
}
export { createBlockCache, type BlockCache } from './blockCache.ts';
