import {
  $createLineBreakNode,
  $createTextNode,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  type LexicalNode,
  type TextNode,
} from 'lexical';
import type { Inline, TextRun } from '../../../electron/contract/model/inline.ts';
import { $createFootnoteNode, $isFootnoteNode } from '../nodes/FootnoteNode.ts';

type Emphasis = Pick<TextRun, 'bold' | 'italic' | 'underline'>;

function $textNode(text: string, run: Emphasis): TextNode {
  const node = $createTextNode(text);
  if (run.bold) node.toggleFormat('bold');
  if (run.italic) node.toggleFormat('italic');
  if (run.underline) node.toggleFormat('underline');
  return node;
}

/** Model inline content -> Lexical inline nodes; "\n" inside a run becomes a line break. */
export function $inlinesToNodes(inlines: readonly Inline[]): LexicalNode[] {
  const out: LexicalNode[] = [];
  for (const inline of inlines) {
    if (inline.type === 'footnote') {
      out.push($createFootnoteNode(inline.runs.map((r) => ({ ...r }))));
      continue;
    }
    inline.text.split('\n').forEach((part, i) => {
      if (i > 0) out.push($createLineBreakNode());
      if (part !== '') out.push($textNode(part, inline));
    });
  }
  return out;
}

function emphasisOf(node: TextNode): Emphasis {
  return {
    ...(node.hasFormat('bold') ? { bold: true } : {}),
    ...(node.hasFormat('italic') ? { italic: true } : {}),
    ...(node.hasFormat('underline') ? { underline: true } : {}),
  };
}

const sameEmphasis = (a: Emphasis, b: Emphasis): boolean =>
  Boolean(a.bold) === Boolean(b.bold) && Boolean(a.italic) === Boolean(b.italic) && Boolean(a.underline) === Boolean(b.underline);

/** Appends text in the given emphasis, merging with the previous run when it looks the same. */
function pushText(out: Inline[], text: string, emphasis: Emphasis): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last?.type === 'text' && sameEmphasis(last, emphasis)) {
    last.text += text;
    return;
  }
  out.push({ type: 'text', text, ...emphasis });
}

/** A line break: "\n" at the end of the last text run (or a run of its own after a footnote). */
export function appendLineBreak(out: Inline[]): void {
  const last = out[out.length - 1];
  if (last?.type === 'text') last.text += '\n';
  else out.push({ type: 'text', text: '\n' });
}

/**
 * Lexical inline nodes -> model inline content: only bold, italic and underline survive; a line
 * break is "\n" in the text; nested inline elements give their text.
 */
export function $nodesToInlines(nodes: readonly LexicalNode[], out: Inline[] = []): Inline[] {
  for (const node of nodes) {
    if ($isFootnoteNode(node)) {
      out.push({ type: 'footnote', runs: node.getRuns().map((r) => ({ ...r })) });
    } else if ($isLineBreakNode(node)) {
      appendLineBreak(out);
    } else if ($isTextNode(node)) {
      pushText(out, node.getTextContent(), emphasisOf(node));
    } else if ($isElementNode(node)) {
      $nodesToInlines(node.getChildren(), out);
    }
  }
  return out;
}
