/// <reference lib="dom" />
// The renderer's node classes type their DOM (createDOM returns HTMLElement); the Node-side
// tsconfig that checks tests has no DOM library, so the headless renderer tests bring it in here.
import { createHeadlessEditor } from '@lexical/headless';
import type { LexicalEditor } from 'lexical';
import type { Block } from '../../../electron/contract/model/body.ts';
import { $getBodyBlocks, $setBodyBlocks } from '../../../renderer/editor/convert/index.ts';
import { bodyNodes } from '../../../renderer/editor/nodes/registry.ts';

export function bodyEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'test',
    nodes: [...bodyNodes],
    onError: (error) => {
      throw error;
    },
  });
}

/** Loads blocks into a fresh headless editor (committed, discrete). */
export function editorWith(blocks: readonly Block[]): LexicalEditor {
  const editor = bodyEditor();
  editor.update(() => $setBodyBlocks(blocks), { discrete: true });
  return editor;
}

export function blocksOf(editor: LexicalEditor): Block[] {
  return editor.getEditorState().read($getBodyBlocks);
}
