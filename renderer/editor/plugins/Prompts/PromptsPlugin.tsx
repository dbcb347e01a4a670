import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, $isTextNode, COMMAND_PRIORITY_LOW, SELECTION_CHANGE_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { placeholderSpans } from '../../../../electron/contract/model/placeholders.ts';

/**
 * A click inside a prompt ("[… Nêu mục tiêu tổng quát năm 2027]") selects the whole prompt, so
 * that what the secretary types replaces it. Never handles the command (others still see it).
 */
export function $selectPromptAtCaret(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const node = selection.anchor.getNode();
  if (!$isTextNode(node)) return false;
  const offset = selection.anchor.offset;
  const prompt = placeholderSpans(node.getTextContent()).find((s) => s.text.startsWith('[') && s.start < offset && offset < s.end);
  if (prompt) node.select(prompt.start, prompt.end);
  return false;
}

export function PromptsPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.registerCommand(SELECTION_CHANGE_COMMAND, $selectPromptAtCaret, COMMAND_PRIORITY_LOW), [editor]);
  return null;
}
