import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, HISTORY_MERGE_TAG } from 'lexical';
import { useEffect } from 'react';
import type { Block } from '../../../../electron/contract/model/body.ts';
import { $blockToNode } from '../../convert/index.ts';

/** How much of a long body the editor shows at once on opening; the rest follows in chunks. */
export const FIRST_BLOCKS = 150;
const CHUNK = 300;
/** Updates that only finish loading: not an edit (autosave), not an undo step. */
export const LOAD_TAG = 'nq-load';

/** Splits a body into what the editor starts with and what follows once the first page is on screen. */
export function splitForLoading(body: readonly Block[]): { first: Block[]; rest: Block[] } {
  return { first: body.slice(0, FIRST_BLOCKS), rest: body.slice(FIRST_BLOCKS) };
}

/**
 * Appends the rest of a long body after the first screen is painted, a chunk per task, so that a
 * 100-page resolution opens at once and stays responsive while it finishes loading.
 */
export function LoadRestPlugin({ rest, onLoaded }: { rest: readonly Block[]; onLoaded: () => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (rest.length === 0) return onLoaded();
    let at = 0;
    let timer = 0;
    const step = (): void => {
      const chunk = rest.slice(at, at + CHUNK);
      at += CHUNK;
      editor.update(() => $getRoot().append(...chunk.map($blockToNode)), { tag: [HISTORY_MERGE_TAG, LOAD_TAG] });
      if (at < rest.length) timer = window.setTimeout(step, 0);
      else editor.update(() => undefined, { onUpdate: onLoaded });
    };
    timer = window.setTimeout(step, 0);
    return () => window.clearTimeout(timer);
  }, [editor, rest, onLoaded]);
  return null;
}
