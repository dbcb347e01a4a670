import { $findMatchingParent } from '@lexical/utils';
import {
  $createRangeSelection,
  $getRoot,
  $isElementNode,
  $setSelection,
  type LexicalEditor,
  type LexicalNode,
  type RangeSelection,
  type TextNode,
} from 'lexical';
import { findIn, type FindOptions } from './match.ts';

/** A piece of a match inside one text node of the body. */
export type Segment = { key: string; start: number; end: number };
/** A match in the body: one or more segments (a match may cross bold or italic runs of a paragraph). */
export type BodyMatch = { segments: Segment[] };

type Piece = { node: TextNode; from: number };

/** The body's paragraphs as runs of text nodes (a paragraph, heading, bullet or table cell's paragraph). */
function $paragraphs(): Piece[][] {
  const groups: Piece[][] = [];
  let current: Piece[] = [];
  let block: LexicalNode | null = null;
  let length = 0;
  for (const node of $getRoot().getAllTextNodes()) {
    const owner = $findMatchingParent(node, (n) => $isElementNode(n) && !n.isInline());
    if (owner === null) continue;
    if (block === null || !owner.is(block)) {
      if (current.length > 0) groups.push(current);
      current = [];
      block = owner;
      length = 0;
    }
    current.push({ node, from: length });
    length += node.getTextContentSize();
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Every match of `query` in the body, in document order. */
export function $findInBody(query: string, options: FindOptions): BodyMatch[] {
  const matches: BodyMatch[] = [];
  for (const pieces of $paragraphs()) {
    const text = pieces.map((p) => p.node.getTextContent()).join('');
    for (const span of findIn(text, query, options)) {
      const segments: Segment[] = [];
      for (const { node, from } of pieces) {
        const to = from + node.getTextContentSize();
        const start = Math.max(span.start, from);
        const end = Math.min(span.end, to);
        if (start < end) segments.push({ key: node.getKey(), start: start - from, end: end - from });
      }
      if (segments.length > 0) matches.push({ segments });
    }
  }
  return matches;
}

function $matchSelection(match: BodyMatch): RangeSelection | null {
  const first = match.segments[0];
  const last = match.segments[match.segments.length - 1];
  if (!first || !last) return null;
  const selection = $createRangeSelection();
  selection.anchor.set(first.key, first.start, 'text');
  selection.focus.set(last.key, last.end, 'text');
  return selection;
}

/** Selects a match in the editor's state (the caller decides whether the page's selection follows). */
export function $selectMatch(match: BodyMatch): boolean {
  const selection = $matchSelection(match);
  $setSelection(selection);
  return selection !== null;
}

/** Replaces one match with `replacement`, in the formatting of its first character. */
export function $replaceMatch(match: BodyMatch, replacement: string): void {
  const selection = $matchSelection(match);
  if (selection === null) return;
  $setSelection(selection);
  selection.insertText(replacement);
}

/** Replaces every match, last first so that the earlier ones keep their places; returns how many. */
export function $replaceAllInBody(query: string, options: FindOptions, replacement: string): number {
  const matches = $findInBody(query, options);
  for (let i = matches.length - 1; i >= 0; i -= 1) {
    const match = matches[i];
    if (match) $replaceMatch(match, replacement);
  }
  $setSelection(null);
  return matches.length;
}

/** The DOM ranges of a match on the page (for the highlight and for scrolling), or null when not shown. */
export function matchRanges(editor: LexicalEditor, match: BodyMatch): Range[] {
  const ranges: Range[] = [];
  for (const s of match.segments) {
    const element = editor.getElementByKey(s.key);
    const text = element ? document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode() : null;
    if (!text || (text.textContent ?? '').length < s.end) continue;
    const range = document.createRange();
    range.setStart(text, s.start);
    range.setEnd(text, s.end);
    ranges.push(range);
  }
  return ranges;
}
