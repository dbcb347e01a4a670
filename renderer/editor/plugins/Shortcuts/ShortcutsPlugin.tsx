import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import { COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect } from 'react';
import {
  INSERT_FOOTNOTE_COMMAND,
  INSERT_PAGE_BREAK_COMMAND,
  INSERT_TARGETS_BLOCK_COMMAND,
  SET_BLOCK_COMMAND,
} from '../Blocks/blockCommands.ts';
import { moveToBodyEdge } from './bodyEdges.ts';
import { bodyEdgeOf, shortcutOf } from './keys.ts';

/** The body's Ctrl+Alt shortcuts and Ctrl+Home/End (bold/italic/underline and undo/redo are Lexical's own). */
export function ShortcutsPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (editor.isComposing()) return false;
          const edge = bodyEdgeOf(event);
          if (edge) {
            event.preventDefault();
            moveToBodyEdge(editor, edge, event.shiftKey);
            return true;
          }
          const shortcut = shortcutOf(event);
          if (!shortcut) return false;
          event.preventDefault();
          if ('block' in shortcut) return editor.dispatchCommand(SET_BLOCK_COMMAND, shortcut.block);
          switch (shortcut.insert) {
            case 'footnote':
              return editor.dispatchCommand(INSERT_FOOTNOTE_COMMAND, undefined);
            case 'table':
              return editor.dispatchCommand(INSERT_TABLE_COMMAND, {
                rows: '3',
                columns: '3',
                includeHeaders: { rows: true, columns: false },
              });
            case 'targets':
              return editor.dispatchCommand(INSERT_TARGETS_BLOCK_COMMAND, undefined);
            case 'page-break':
              return editor.dispatchCommand(INSERT_PAGE_BREAK_COMMAND, undefined);
          }
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor],
  );
  return null;
}
