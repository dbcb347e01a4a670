import {
  $createRangeSelection,
  $getRoot,
  $getSelection,
  $isDecoratorNode,
  $isElementNode,
  $isLineBreakNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  createCommand,
  type ElementNode,
  type LexicalCommand,
  type LexicalNode,
} from 'lexical';
import { fitText } from '../../../../electron/format/shortText.ts';
import { $createCommentMarkNode, $isCommentMarkNode, type CommentMarkNode } from '../../nodes/CommentMarkNode.ts';
import { $isTargetsBlockNode } from '../../nodes/TargetsBlockNode.ts';

/** "Thêm ý kiến" (toolbar, Ctrl+Alt+M, the panel's button): anchors a new comment on the selected text. */
export const ADD_COMMENT_COMMAND: LexicalCommand<void> = createCommand('ADD_COMMENT_COMMAND');

/** Ctrl+Alt+M (by physical key, any layout; not while an input method composes). */
export function isAddCommentKey(event: KeyboardEvent): boolean {
  if (event.isComposing || event.keyCode === 229) return false;
  return (event.ctrlKey || event.metaKey) && event.altKey && !event.shiftKey && event.code === 'KeyM';
}

export const QUOTE_MAX = 300;

/**
 * The selected text as the comment quotes it (stored with it, shown and printed as stored): spaces
 * collapsed, at most QUOTE_MAX characters, a longer one cut at a word end with "…" (fitText).
 */
export function quoteOf(text: string): string {
  return fitText(text.replace(/\s+/gu, ' ').trim(), QUOTE_MAX);
}

/**
 * Wraps the selected text in a comment mark with `id` (text and line breaks of each paragraph,
 * table cells included; a footnote reference inside stays inside). Returns the quote, or null
 * when the selection holds no text. Text already commented gets a mark of its own inside.
 */
export function $wrapSelectionInComment(id: string): string | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return null;
  const quote = quoteOf(selection.getTextContent());
  if (quote === '') return null;
  const [start, end] = selection.isBackward() ? [selection.focus, selection.anchor] : [selection.anchor, selection.focus];
  const forward = $createRangeSelection();
  forward.anchor.set(start.key, start.offset, start.type);
  forward.focus.set(end.key, end.offset, end.type);
  let parent: ElementNode | null = null;
  let mark: CommentMarkNode | null = null;
  let last: CommentMarkNode | null = null;
  for (const node of forward.extract()) {
    if (mark?.isParentOf(node)) continue;
    const wrappable = $isTextNode(node) || $isLineBreakNode(node) || ($isDecoratorNode(node) && node.isInline());
    if (!wrappable) {
      if (!$isCommentMarkNode(node)) mark = null;
      continue;
    }
    if (mark === null || !node.getParent()?.is(parent)) {
      parent = node.getParent();
      mark = $createCommentMarkNode([id]);
      node.insertBefore(mark);
      last = mark;
    }
    mark.append(node);
  }
  if (last === null) return null;
  last.selectEnd();
  return quote;
}

/** Every comment mark, in reading order. */
export function $commentMarks(): CommentMarkNode[] {
  const out: CommentMarkNode[] = [];
  const walk = (node: LexicalNode): void => {
    if ($isCommentMarkNode(node)) out.push(node);
    if ($isElementNode(node)) for (const child of node.getChildren()) walk(child);
  };
  walk($getRoot());
  return out;
}

/** The ids of the comments anchored in the body, in reading order of their first marked text. */
export function $commentAnchors(): string[] {
  const ids = new Set<string>();
  for (const mark of $commentMarks()) for (const id of mark.getIds()) ids.add(id);
  return [...ids];
}

/** How many of the body's anchors (`$commentAnchors`) come before the targets block (all of them when it has none). */
export function $anchorsBeforeTargets(): number {
  const ids = new Set<string>();
  const walk = (node: LexicalNode): void => {
    if ($isCommentMarkNode(node)) for (const id of node.getIds()) ids.add(id);
    if ($isElementNode(node)) for (const child of node.getChildren()) walk(child);
  };
  for (const block of $getRoot().getChildren()) {
    if ($isTargetsBlockNode(block)) return ids.size;
    walk(block);
  }
  return ids.size;
}

/** Removes the anchor of comment `id`: its marks are unwrapped (or lose the id when they carry others). */
export function $removeComment(id: string): boolean {
  const marks = $commentMarks().filter((m) => m.hasId(id));
  for (const mark of marks) {
    const rest = mark.getIds().filter((x) => x !== id);
    if (rest.length > 0) {
      mark.setIds(rest);
      continue;
    }
    for (const child of mark.getChildren()) mark.insertBefore(child);
    mark.remove();
  }
  return marks.length > 0;
}

/** Selects the text of comment `id` (from its first mark to its last); false when it has none. */
export function $selectComment(id: string): boolean {
  const marks = $commentMarks().filter((m) => m.hasId(id));
  const first = marks[0];
  const last = marks[marks.length - 1];
  if (!first || !last) return false;
  const selection = $createRangeSelection();
  selection.anchor.set(first.getKey(), 0, 'element');
  selection.focus.set(last.getKey(), last.getChildrenSize(), 'element');
  $setSelection(selection);
  return true;
}

/** The keys of the marks of comment `id`, in reading order (to find their DOM elements). */
export function $commentMarkKeys(id: string): string[] {
  return $commentMarks()
    .filter((m) => m.hasId(id))
    .map((m) => m.getKey());
}
