import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $createRangeSelectionFromDom, $getSelection, $isRangeSelection, $setSelection, COMMAND_PRIORITY_EDITOR } from 'lexical';
import { useEffect } from 'react';
import { CommentMarkNode } from '../../nodes/CommentMarkNode.ts';
import { $anchorsBeforeTargets, $commentAnchors, ADD_COMMENT_COMMAND, isAddCommentKey } from './commentCommands.ts';
import { useCommentsContext } from './CommentsContext.ts';
import { clampSelectionTo } from './domSelection.ts';
import { highlightCss } from './commentsStore.ts';

/** A page-wide style sheet the plugin rewrites (CSSOM: allowed by the app's Content-Security-Policy). */
function adoptSheet(): { set: (css: string) => void; remove: () => void } {
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return { set: () => undefined, remove: () => undefined };
  const sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return {
    set: (css) => sheet.replaceSync(css),
    remove: () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}

/**
 * Comments in the page: "Thêm ý kiến" (the command, Ctrl+Alt+M) marks the selected text and opens
 * the form; the anchors found in the text are reported in reading order; open threads are
 * highlighted (the active one more); clicking marked text shows its thread.
 */
export function CommentsPlugin() {
  const [editor] = useLexicalComposerContext();
  const comments = useCommentsContext();
  useEffect(() => {
    if (!comments) return;
    const { store, actions } = comments;
    const sheet = adoptSheet();
    let css = '';
    const paint = (): void => {
      const next = highlightCss(store.get());
      if (next === css) return;
      css = next;
      sheet.set(css);
    };
    let timer = 0;
    const readAnchors = (): void => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const [anchors, beforeTargets] = editor.getEditorState().read(() => [$commentAnchors(), $anchorsBeforeTargets()] as const);
        const s = store.get();
        if (anchors.join(' ') !== s.anchors.join(' ') || beforeTargets !== s.beforeTargets) store.set({ anchors, beforeTargets });
      }, 50);
    };
    const onKey = (event: KeyboardEvent): void => {
      const root = editor.getRootElement();
      const anchor = window.getSelection()?.anchorNode ?? null;
      if (!isAddCommentKey(event) || !root || !anchor || !root.contains(anchor)) return;
      event.preventDefault();
      editor.dispatchCommand(ADD_COMMENT_COMMAND, undefined);
    };
    const onClick = (event: MouseEvent): void => {
      const mark = event.target instanceof Element ? event.target.closest('mark.nq-comment') : null;
      const s = store.get();
      if (!(mark instanceof HTMLElement) || s.threads.kind !== 'ready') return;
      const ids = (mark.dataset['commentIds'] ?? '').split(' ');
      const open = s.threads.threads.find((t) => ids.includes(t.id) && t.resolvedAt === null);
      if (!open || open.id === s.activeId) return;
      actions.show(open.id);
    };
    window.addEventListener('keydown', onKey);
    const off = mergeRegister(
      store.subscribe(paint),
      editor.registerMutationListener(CommentMarkNode, readAnchors),
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('click', onClick);
        root?.addEventListener('click', onClick);
      }),
      editor.registerCommand(
        ADD_COMMENT_COMMAND,
        () => {
          // A read-only page may leave Lexical without the selection the user sees: take the DOM's
          // (kept inside the body: a triple click on its last paragraph runs into "Nơi nhận").
          clampSelectionTo(editor.getRootElement());
          const selection = $getSelection();
          if (!$isRangeSelection(selection) || selection.isCollapsed()) {
            const fromDom = $createRangeSelectionFromDom(window.getSelection(), editor);
            if (fromDom) $setSelection(fromDom);
          }
          return actions.$start();
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    );
    paint();
    readAnchors();
    return () => {
      window.removeEventListener('keydown', onKey);
      editor.getRootElement()?.removeEventListener('click', onClick);
      window.clearTimeout(timer);
      off();
      sheet.remove();
    };
  }, [editor, comments]);
  return null;
}
