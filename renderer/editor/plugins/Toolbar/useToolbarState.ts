import { sameJson } from '../../../app/objects.ts';
import { $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import { useEffect, useState } from 'react';
import { $blockInfo, type BlockInfo } from '../Blocks/blockCommands.ts';

/** The current block and formats (undo and redo are the document's history: partsHistory.ts). */
export type ToolbarState = BlockInfo & { bold: boolean; italic: boolean; underline: boolean };

const initial: ToolbarState = {
  kind: null,
  label: null,
  inTable: false,
  bold: false,
  italic: false,
  underline: false,
};

function $read(): ToolbarState {
  const selection = $getSelection();
  const info = $blockInfo();
  if (!$isRangeSelection(selection)) return { ...info, bold: false, italic: false, underline: false };
  return { ...info, bold: selection.hasFormat('bold'), italic: selection.hasFormat('italic'), underline: selection.hasFormat('underline') };
}

/** The current block and formats, for the toolbar's pressed states; React state changes only when they do. */
export function useToolbarState(editor: LexicalEditor): ToolbarState {
  const [state, setState] = useState(initial);
  useEffect(() => {
    const apply = (patch: Partial<ToolbarState>): void =>
      setState((old) => {
        const next = { ...old, ...patch };
        return sameJson(old, next) ? old : next;
      });
    return editor.registerUpdateListener(({ editorState }) => apply(editorState.read($read)));
  }, [editor]);
  return state;
}
