import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeFromDOMNode, $isTextNode } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { clearMisspelt, misspeltAt, paintMisspelt } from './paint.ts';
import { useSpeller } from './useSpeller.ts';
import { MisspeltMenu } from './MisspeltMenu.tsx';

/** The body is rechecked this long after a change. */
const RECHECK_MS = 500;

type Open = { x: number; y: number; node: Text; index: number; length: number; word: string; suggestions: string[] };

/**
 * Vietnamese spell-checking in the body: misspelt words underlined (a CSS highlight, the editor's
 * DOM untouched); right-click one for suggestions, "Thêm vào từ điển của cơ quan" (stored in the
 * database, for everyone in the office) or "Bỏ qua". The party's abbreviations (HĐND, UBND, BCH,
 * NSNN, MTTQ …) are known (format/partyVocabulary.ts).
 */
export function SpellPlugin() {
  const [editor] = useLexicalComposerContext();
  const speller = useSpeller();
  const [open, setOpen] = useState<Open | null>(null);
  const timer = useRef(0);

  const paint = useCallback(() => {
    const root = editor.getRootElement();
    if (root && speller) {
      paintMisspelt(root, speller);
      root.dataset['spellChecked'] = 'true';
    }
  }, [editor, speller]);

  useEffect(() => {
    if (!speller) return undefined;
    paint();
    const off = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(paint, RECHECK_MS);
    });
    const root = editor.getRootElement();
    const menu = (e: MouseEvent): void => {
      if (!root) return;
      const hit = misspeltAt(e.clientX, e.clientY, root, speller);
      if (!hit) return;
      e.preventDefault();
      setOpen({ x: e.clientX, y: e.clientY, ...hit, suggestions: speller.suggest(hit.word) });
    };
    root?.addEventListener('contextmenu', menu);
    return () => {
      off();
      root?.removeEventListener('contextmenu', menu);
      window.clearTimeout(timer.current);
      clearMisspelt();
    };
  }, [editor, speller, paint]);

  const close = useCallback(() => setOpen(null), []);
  const replace = useCallback(
    (word: string) => {
      if (!open) return;
      editor.update(() => {
        const node = $getNearestNodeFromDOMNode(open.node);
        if (
          $isTextNode(node) &&
          node.getTextContent().slice(open.index, open.index + open.length) ===
            open.node.textContent?.slice(open.index, open.index + open.length)
        ) {
          node.spliceText(open.index, open.length, word, true);
        }
      });
      setOpen(null);
    },
    [editor, open],
  );
  return <MisspeltMenu open={open} speller={speller} repaint={paint} onReplace={replace} onClose={close} />;
}
