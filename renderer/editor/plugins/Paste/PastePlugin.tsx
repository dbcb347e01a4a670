import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_HIGH, PASTE_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { htmlToBlocks } from './htmlToBlocks.ts';
import { $insertBlocks } from './insertBlocks.ts';
import { textToBlocks } from './shapeBlocks.ts';

/**
 * Paste from Word, LibreOffice or a web page keeps only the allowed formatting (see htmlToBlocks);
 * copying inside the editor keeps everything (Lexical's own clipboard format).
 */
export function PastePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : null;
          if (!data || data.types.includes('application/x-lexical-editor')) return false;
          const html = data.getData('text/html');
          const text = data.getData('text/plain');
          const blocks = html.trim() !== '' ? htmlToBlocks(html) : textToBlocks(text);
          event.preventDefault();
          $insertBlocks(blocks);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
