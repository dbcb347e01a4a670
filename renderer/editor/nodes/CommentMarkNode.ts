import { $create, $getState, $setState, createState, ElementNode, type LexicalNode, type RangeSelection } from 'lexical';

function parseIds(v: unknown): string[] {
  return Array.isArray(v) ? (v as unknown[]).filter((x): x is string => typeof x === 'string' && x !== '') : [];
}

/** The comment threads anchored on the wrapped text (the model's `TextRun.comments`). */
export const commentIdsState = createState('ids', {
  parse: parseIds,
  isEqual: (a, b) => a.length === b.length && a.every((x, i) => x === b[i]),
});

/**
 * Text a comment is anchored on (inline, around text and line breaks): the model's
 * `TextRun.comments`. Typing at its edges goes outside it; deleting all its text removes it;
 * copying leaves it behind (a pasted copy is not the commented text). Shown as
 * <mark class="nq-comment" data-comment-ids="id1 id2">; the comments plugin styles open threads.
 * Serialized as {"type":"nq-comment","ids":["…"]}.
 */
export class CommentMarkNode extends ElementNode {
  override $config() {
    return this.config('nq-comment', {
      extends: ElementNode,
      stateConfigs: [{ stateConfig: commentIdsState, flat: true }],
    });
  }

  getIds(): string[] {
    return $getState(this, commentIdsState);
  }

  setIds(ids: readonly string[]): this {
    return $setState(this, commentIdsState, [...ids]);
  }

  hasId(id: string): boolean {
    return this.getIds().includes(id);
  }

  override createDOM(): HTMLElement {
    const dom = document.createElement('mark');
    dom.className = 'nq-comment';
    dom.dataset['commentIds'] = $getState(this, commentIdsState, 'direct').join(' ');
    return dom;
  }

  override updateDOM(prevNode: CommentMarkNode, dom: HTMLElement): boolean {
    const ids = $getState(this, commentIdsState, 'direct').join(' ');
    if (ids !== $getState(prevNode, commentIdsState, 'direct').join(' ')) dom.dataset['commentIds'] = ids;
    return false;
  }

  override isInline(): true {
    return true;
  }

  override canBeEmpty(): false {
    return false;
  }

  override canInsertTextBefore(): false {
    return false;
  }

  override canInsertTextAfter(): false {
    return false;
  }

  /** Enter inside the marked text: the text after the caret stays marked in the next paragraph. */
  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): CommentMarkNode {
    const next = $createCommentMarkNode(this.getIds());
    this.insertAfter(next, restoreSelection);
    return next;
  }

  override excludeFromCopy(): boolean {
    return true;
  }
}

export function $createCommentMarkNode(ids: readonly string[]): CommentMarkNode {
  return $create(CommentMarkNode).setIds(ids);
}

export function $isCommentMarkNode(node: LexicalNode | null | undefined): node is CommentMarkNode {
  return node instanceof CommentMarkNode;
}
