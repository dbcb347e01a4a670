import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { $getNodeByKey, SKIP_DOM_SELECTION_TAG } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import type { FootnoteViewProps } from '../../nodes/decoratorViews.ts';
import { $isFootnoteNode } from '../../nodes/FootnoteNode.ts';
import { FootnotePopover } from './FootnotePopover.tsx';
import { takeFootnoteOpen } from './footnoteFocus.ts';

/** A footnote reference: a superscript number (CSS counter, document order); click to read or edit its text. */
export function FootnoteView({ nodeKey, runs }: FootnoteViewProps) {
  const [editor] = useLexicalComposerContext();
  const button = useRef<HTMLButtonElement>(null);
  const editable = useLexicalEditable();
  const [open, setOpen] = useState(false);
  const text = runs.map((r) => r.text).join('');

  useEffect(() => {
    if (takeFootnoteOpen(nodeKey)) setOpen(true);
  }, [nodeKey]);

  const update = (next: string): void => {
    if (next === text) return;
    // The caret stays in the footnote's box: without the tag Lexical puts the DOM selection back
    // into the body after the update, and the next keys would land there.
    editor.update(
      () => {
        const node = $getNodeByKey(nodeKey);
        if ($isFootnoteNode(node)) node.setRuns([{ type: 'text', text: next }]);
      },
      { tag: SKIP_DOM_SELECTION_TAG },
    );
  };
  const remove = (): void => {
    editor.update(() => $getNodeByKey(nodeKey)?.remove());
    setOpen(false);
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className="nq-fn-ref"
        data-testid="footnote-ref"
        aria-label={`Chú thích cuối trang: ${text || '(chưa có nội dung)'}`}
        title={text}
        onClick={() => setOpen((o) => !o)}
      />
      {open && button.current ? (
        <FootnotePopover
          anchor={button.current}
          text={text}
          readOnly={!editable}
          onChange={update}
          onRemove={remove}
          onClose={() => (editable && text.trim() === '' ? remove() : setOpen(false))}
        />
      ) : null}
    </>
  );
}
