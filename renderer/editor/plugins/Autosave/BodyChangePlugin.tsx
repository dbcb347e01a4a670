import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { LOAD_TAG } from '../Load/LoadRestPlugin.tsx';

/**
 * Tells autosave that the body changed: only a flag, no conversion (that happens once, in the
 * debounced save). Selection moves and the initial load are not changes.
 */
export function BodyChangePlugin({ onChange }: { onChange: () => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
        if (prevEditorState.isEmpty() || tags.has(LOAD_TAG)) return;
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        onChange();
      }),
    [editor, onChange],
  );
  return null;
}
