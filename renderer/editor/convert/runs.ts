import {
  $createLineBreakNode,
  $createTextNode,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  type LexicalNode,
  type TextNode,
} from 'lexical';
import { sameEmphasis, type Emphasis, type Inline, type TextRun } from '../../../electron/contract/model/inline.ts';
import { $createCommentMarkNode, $isCommentMarkNode } from '../nodes/CommentMarkNode.ts';
import { $createFootnoteNode, $isFootnoteNode } from '../nodes/FootnoteNode.ts';

function $textNode(text: string, run: Emphasis): TextNode {
  const node = $createTextNode(text);
  if (run.bold) node.toggleFormat('bold');
  if (run.italic) node.toggleFormat('italic');
  if (run.underline) node.toggleFormat('underline');
  return node;
}

/** The comment ids of a run as one comparable key ('' for none). */
const commentKey = (ids: readonly string[] | undefined): string => (ids ?? []).join(' ');

/**
 * Model inline content -> Lexical inline nodes; "\n" inside a run becomes a line break. Adjacent
 * runs anchoring the same comments are wrapped together in one CommentMarkNode.
 */
export function $inlinesToNodes(inlines: readonly Inline[]): LexicalNode[] {
  const out: LexicalNode[] = [];
  // The open mark: the comment ids it anchors ('' when none is open) and the nodes it wraps.
  let markKey = '';
  let marked: LexicalNode[] = [];
  const close = (): void => {
    if (markKey !== '' && marked.length > 0) out.push($createCommentMarkNode(markKey.split(' ')).append(...marked));
    markKey = '';
    marked = [];
  };
  for (const inline of inlines) {
    if (inline.type === 'footnote') {
      close();
      out.push($createFootnoteNode(inline.runs.map((r) => ({ ...r }))));
      continue;
    }
    const key = commentKey(inline.comments);
    if (key !== markKey) {
      close();
      markKey = key;
    }
    const target = key === '' ? out : marked;
    inline.text.split('\n').forEach((part, i) => {
      if (i > 0) target.push($createLineBreakNode());
      if (part !== '') target.push($textNode(part, inline));
    });
  }
  close();
  return out;
}

/**
 * A text node's marks: each one on, or absent (left to the style); never `false`, which the editor
 * cannot hold (a model run set not bold loads as a plain node and comes back left to the style).
 */
function emphasisOf(node: TextNode): Emphasis {
  return {
    ...(node.hasFormat('bold') ? { bold: true } : {}),
    ...(node.hasFormat('italic') ? { italic: true } : {}),
    ...(node.hasFormat('underline') ? { underline: true } : {}),
  };
}

const withComments = (ids: readonly string[]): Pick<TextRun, 'comments'> => (ids.length > 0 ? { comments: [...ids] } : {});

/** Appends text in the given emphasis and comments, merging with the previous run when it looks the same. */
function pushText(out: Inline[], text: string, emphasis: Emphasis, comments: readonly string[]): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last?.type === 'text' && sameEmphasis(last, emphasis) && commentKey(last.comments) === commentKey(comments)) {
    last.text += text;
    return;
  }
  out.push({ type: 'text', text, ...emphasis, ...withComments(comments) });
}

/**
 * A line break: "\n" at the end of the last text run (or a run of its own after a footnote, or
 * when the break is not on the same commented text as that run).
 */
export function appendLineBreak(out: Inline[], comments: readonly string[] = []): void {
  const last = out[out.length - 1];
  if (last?.type === 'text' && commentKey(last.comments) === commentKey(comments)) last.text += '\n';
  else out.push({ type: 'text', text: '\n', ...withComments(comments) });
}

/**
 * Lexical inline nodes -> model inline content: only bold, italic and underline survive; a line
 * break is "\n" in the text; nested inline elements give their text; text inside comment marks
 * carries their ids (`comments`).
 */
export function $nodesToInlines(nodes: readonly LexicalNode[], out: Inline[] = [], comments: readonly string[] = []): Inline[] {
  for (const node of nodes) {
    if ($isFootnoteNode(node)) {
      out.push({ type: 'footnote', runs: node.getRuns().map((r) => ({ ...r })) });
    } else if ($isLineBreakNode(node)) {
      appendLineBreak(out, comments);
    } else if ($isTextNode(node)) {
      pushText(out, node.getTextContent(), emphasisOf(node), comments);
    } else if ($isCommentMarkNode(node)) {
      const inner = [...comments, ...node.getIds().filter((id) => !comments.includes(id))];
      $nodesToInlines(node.getChildren(), out, inner);
    } else if ($isElementNode(node)) {
      $nodesToInlines(node.getChildren(), out, comments);
    }
  }
  return out;
}
