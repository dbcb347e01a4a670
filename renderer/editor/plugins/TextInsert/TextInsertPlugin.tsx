import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isElementNode, $isRangeSelection, BEFORE_INPUT_COMMAND, COMMAND_PRIORITY_LOW } from 'lexical';
import { useEffect } from 'react';

/**
 * Text committed in one piece (several characters at once, as some input methods and text
 * expanders send a word) into an empty block: inserted by the editor itself, with the caret after
 * it. Left to the browser, the empty block's <br> made Lexical put the caret at the start of the
 * next block, so the next Enter split the following heading.
 */
export function $insertIntoEmptyBlock(event: InputEvent): boolean {
  if (event.inputType !== 'insertText' || event.isComposing || !event.data || event.data.length < 2) return false;
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const anchor = selection.anchor.getNode();
  if (!$isElementNode(anchor) || anchor.getChildrenSize() > 0) return false;
  event.preventDefault();
  selection.insertText(event.data);
  return true;
}

export function TextInsertPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.registerCommand(BEFORE_INPUT_COMMAND, $insertIntoEmptyBlock, COMMAND_PRIORITY_LOW), [editor]);
  return null;
}
