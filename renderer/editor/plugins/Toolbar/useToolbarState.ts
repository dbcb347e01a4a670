import { mergeRegister } from '@lexical/utils';
import { $getSelection, $isRangeSelection, CAN_REDO_COMMAND, CAN_UNDO_COMMAND, COMMAND_PRIORITY_LOW, type LexicalEditor } from 'lexical';
import { useEffect, useState } from 'react';
import { $blockInfo, type BlockInfo } from '../Blocks/blockCommands.ts';

export type ToolbarState = BlockInfo & { bold: boolean; italic: boolean; underline: boolean; canUndo: boolean; canRedo: boolean };

const initial: ToolbarState = {
  kind: null,
  label: null,
  inTable: false,
  bold: false,
  italic: false,
  underline: false,
  canUndo: false,
  canRedo: false,
};

function $read(): Omit<ToolbarState, 'canUndo' | 'canRedo'> {
  const selection = $getSelection();
  const info = $blockInfo();
  if (!$isRangeSelection(selection)) return { ...info, bold: false, italic: false, underline: false };
  return { ...info, bold: selection.hasFormat('bold'), italic: selection.hasFormat('italic'), underline: selection.hasFormat('underline') };
}

const same = (a: ToolbarState, b: ToolbarState): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The current block and formats, for the toolbar's pressed states; React state changes only when they do. */
export function useToolbarState(editor: LexicalEditor): ToolbarState {
  const [state, setState] = useState(initial);
  useEffect(() => {
    const apply = (patch: Partial<ToolbarState>): void =>
      setState((old) => {
        const next = { ...old, ...patch };
        return same(old, next) ? old : next;
      });
    return mergeRegister(
      editor.registerUpdateListener(({ editorState }) => apply(editorState.read($read))),
      editor.registerCommand(CAN_UNDO_COMMAND, (canUndo) => (apply({ canUndo }), false), COMMAND_PRIORITY_LOW),
      editor.registerCommand(CAN_REDO_COMMAND, (canRedo) => (apply({ canRedo }), false), COMMAND_PRIORITY_LOW),
    );
  }, [editor]);
  return state;
}
