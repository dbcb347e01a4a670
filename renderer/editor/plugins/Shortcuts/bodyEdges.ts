import { $getRoot, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';

/**
 * Ctrl+Home and Ctrl+End (keys.ts: bodyEdgeOf): moves the caret (or, extending, the selection's
 * focus) to the body's edge; nothing when the body is empty. Done through Lexical rather than left
 * to the browser, because Chromium's own move stops at the start of a block it has not laid out (an
 * off-screen `content-visibility` block, a far block of the page window): Ctrl+End put the caret
 * before the last paragraph's first word.
 */
export function moveToBodyEdge(editor: LexicalEditor, edge: 'start' | 'end', extend: boolean): void {
  editor.update(() => {
    const before = $getSelection();
    // Copied: moving the caret changes the selection object itself.
    const anchor = $isRangeSelection(before) ? { key: before.anchor.key, offset: before.anchor.offset, type: before.anchor.type } : null;
    const root = $getRoot();
    if (root.getChildrenSize() === 0) return;
    const moved = edge === 'end' ? root.selectEnd() : root.selectStart();
    if (extend && anchor) moved.anchor.set(anchor.key, anchor.offset, anchor.type);
  });
}
