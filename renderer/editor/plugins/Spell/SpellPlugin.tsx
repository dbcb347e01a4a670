import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeFromDOMNode, $isTextNode } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { changedTexts, whenQuiet, type TextMarks } from '../../highlights/textMarks.ts';
import { bodyMarks, misspeltAt, type Caret } from './paint.ts';
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
  const marks = useRef<TextMarks | null>(null);

  /** Everything checked again (a word added to the dictionary or ignored). */
  const paint = useCallback(() => {
    const root = editor.getRootElement();
    if (root) marks.current?.all(root);
  }, [editor]);

  useEffect(() => {
    const root = editor.getRootElement();
    if (!speller || !root) return undefined;
    // The word being typed at the caret is not marked (Telex's "thưc" on the way to "thực"); when
    // the caret leaves it, its text node is checked again.
    let typing: Caret | null = null;
    const caret = (): Caret | null => {
      const sel = window.getSelection();
      const node = sel?.anchorNode;
      typing = sel?.isCollapsed && node instanceof Text && root.contains(node) ? { node, offset: sel.anchorOffset } : null;
      return typing;
    };
    const body = bodyMarks(speller, caret);
    marks.current = body;
    body.all(root);
    root.dataset['spellChecked'] = 'true';
    // Then only the text the person changed, once they pause: a keystroke never waits for the checker.
    const changed = new Set<Text>();
    const recheck = whenQuiet(() => {
      changedTexts(observer.takeRecords(), changed);
      body.update(changed);
      changed.clear();
    }, RECHECK_MS);
    const moved = (): void => {
      const sel = window.getSelection();
      if (!typing || (sel?.anchorNode === typing.node && sel.anchorOffset === typing.offset)) return;
      if (typing.node instanceof Text) changed.add(typing.node);
      typing = null;
      recheck.poke();
    };
    document.addEventListener('selectionchange', moved);
    const observer = new MutationObserver((records) => {
      changedTexts(records, changed);
      recheck.poke();
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true });
    const menu = (e: MouseEvent): void => {
      const hit = misspeltAt(e.clientX, e.clientY, root, speller);
      if (!hit) return;
      e.preventDefault();
      setOpen({ x: e.clientX, y: e.clientY, ...hit, suggestions: speller.suggest(hit.word) });
    };
    root.addEventListener('contextmenu', menu);
    return () => {
      observer.disconnect();
      document.removeEventListener('selectionchange', moved);
      recheck.cancel();
      root.removeEventListener('contextmenu', menu);
      body.dispose();
      marks.current = null;
    };
  }, [editor, speller]);

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
