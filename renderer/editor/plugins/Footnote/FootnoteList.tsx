import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $dfs } from '@lexical/utils';
import { useEffect, useState } from 'react';
import { $isFootnoteNode, FootnoteNode } from '../../nodes/FootnoteNode.ts';

/** The footnotes' texts in order, under the body, as a reader of the printed page would find them. */
export function FootnoteList() {
  const [editor] = useLexicalComposerContext();
  const [notes, setNotes] = useState<string[]>([]);
  useEffect(() => {
    const collect = (): void => {
      const texts: string[] = [];
      editor.getEditorState().read(() => {
        for (const { node } of $dfs()) if ($isFootnoteNode(node)) texts.push(node.getFootnoteText());
      });
      setNotes((old) => (old.length === texts.length && old.every((t, i) => t === texts[i]) ? old : texts));
    };
    return editor.registerMutationListener(FootnoteNode, collect, { skipInitialization: false });
  }, [editor]);
  if (notes.length === 0) return null;
  return (
    <aside className="footnote-list" aria-label="Chú thích cuối trang" data-testid="footnote-list">
      {notes.map((text, i) => (
        <p key={i} className="footnote-item">
          <sup>{i + 1}</sup> {text || <em>(chưa có nội dung)</em>}
        </p>
      ))}
    </aside>
  );
}
