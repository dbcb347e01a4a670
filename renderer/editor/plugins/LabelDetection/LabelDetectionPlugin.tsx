import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND, KEY_ENTER_COMMAND, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { $onEnter, $onSpace } from './labelCommands.ts';

function register(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        if (event.key !== ' ' || event.isComposing || editor.isComposing() || event.ctrlKey || event.metaKey || event.altKey) return false;
        if (!$onSpace()) return false;
        event.preventDefault();
        return true;
      },
      COMMAND_PRIORITY_LOW,
    ),
    editor.registerCommand(
      KEY_ENTER_COMMAND,
      (event) => {
        if (event?.isComposing || editor.isComposing() || event?.shiftKey) return false;
        if (!$onEnter()) return false;
        event?.preventDefault();
        return true;
      },
      COMMAND_PRIORITY_LOW,
    ),
  );
}

/** Typing shortcuts for labels and bullets; they stay quiet while an input method composes. */
export function LabelDetectionPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => register(editor), [editor]);
  return null;
}
