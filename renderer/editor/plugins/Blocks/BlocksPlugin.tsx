import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_EDITOR } from 'lexical';
import { useEffect } from 'react';
import { requestFootnoteOpen } from '../Footnote/footnoteFocus.ts';
import {
  $insertFootnote,
  $insertPageBreak,
  $insertTargetsBlock,
  $setBlock,
  $setLabel,
  INSERT_FOOTNOTE_COMMAND,
  INSERT_PAGE_BREAK_COMMAND,
  INSERT_TARGETS_BLOCK_COMMAND,
  SET_BLOCK_COMMAND,
  SET_LABEL_COMMAND,
} from './blockCommands.ts';

/** Owns the body's block commands: heading levels, bullets, labels, footnotes, targets block, page break. */
export function BlocksPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(SET_BLOCK_COMMAND, (kind) => $setBlock(kind), COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(SET_LABEL_COMMAND, (label) => $setLabel(label), COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(
          INSERT_FOOTNOTE_COMMAND,
          () => {
            const key = $insertFootnote();
            if (key) requestFootnoteOpen(key);
            return key !== null;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(INSERT_TARGETS_BLOCK_COMMAND, () => ($insertTargetsBlock(), true), COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(INSERT_PAGE_BREAK_COMMAND, () => ($insertPageBreak(), true), COMMAND_PRIORITY_EDITOR),
      ),
    [editor],
  );
  return null;
}
