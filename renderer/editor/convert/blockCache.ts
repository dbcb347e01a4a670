import { $getNodeByKey, $getRoot, $isElementNode, type EditorState, type LexicalNode, type NodeKey } from 'lexical';
import type { Block } from '../../../electron/contract/model/body.ts';
import { $nodeToBlock } from './blocks.ts';

/** A top-level node's block, and every node of its subtree as it was when converted. */
type Entry = { block: Block | null; nodes: readonly LexicalNode[] };

export type BlockCache = {
  /** The body of `state` as model blocks: an unchanged top-level node gives back the very Block object it gave last time. */
  blocks: (state: EditorState) => Block[];
  /**
   * Converts the top-level nodes of `state` not yet cached until `sliceMs` have passed (at least
   * one); true once every block of `state` is cached. For idle time, a slice at a time.
   */
  warm: (state: EditorState, sliceMs: number) => boolean;
};

/** Every node of `node`'s subtree, itself first. */
function $subtree(node: LexicalNode, out: LexicalNode[]): LexicalNode[] {
  out.push(node);
  if ($isElementNode(node)) for (const child of node.getChildren()) $subtree(child, out);
  return out;
}

/**
 * Lexical never changes a node of a committed editor state: an update clones each node it changes
 * (the parent of an inserted or removed child, the neighbours of a moved one) into the next state.
 * So a top-level block whose every node is still the very object it was is unchanged.
 */
const $unchanged = (entry: Entry): boolean => entry.nodes.every((n) => $getNodeByKey(n.getKey()) === n);

/**
 * Model blocks of the editor's body converted once per change: each top-level node's block is kept
 * with the nodes it was made from and reused while they are all the same objects, so after a
 * keystroke a save converts the one block typed in, not 300 pages. The blocks handed out are shared
 * between calls: nobody may change them.
 */
export function createBlockCache(): BlockCache {
  let entries = new Map<NodeKey, Entry>();

  const $entry = (node: LexicalNode, fresh: Map<NodeKey, Entry>): Entry => {
    const key = node.getKey();
    const known = fresh.get(key) ?? entries.get(key);
    const entry = known && $unchanged(known) ? known : { block: $nodeToBlock(node), nodes: $subtree(node, []) };
    fresh.set(key, entry);
    return entry;
  };

  return {
    blocks: (state) =>
      state.read(() => {
        const fresh = new Map<NodeKey, Entry>();
        const out: Block[] = [];
        for (const node of $getRoot().getChildren()) {
          const { block } = $entry(node, fresh);
          if (block) out.push(block);
        }
        entries = fresh;
        return out;
      }),
    warm: (state, sliceMs) =>
      state.read(() => {
        const until = performance.now() + sliceMs;
        let converted = 0;
        for (const node of $getRoot().getChildren()) {
          const known = entries.get(node.getKey());
          if (known && $unchanged(known)) continue;
          if (converted > 0 && performance.now() > until) return false;
          $entry(node, entries);
          converted += 1;
        }
        return true;
      }),
  };
}
