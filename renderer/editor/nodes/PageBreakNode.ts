import { $create, DecoratorNode, type LexicalNode } from 'lexical';

/** A page break in the body: the next block starts a new page. Serialized as {"type":"nq-page-break"}. */
export class PageBreakNode extends DecoratorNode<null> {
  override $config() {
    return this.config('nq-page-break', { extends: DecoratorNode });
  }

  override isInline(): false {
    return false;
  }

  override getTextContent(): string {
    return '\n';
  }

  override createDOM(): HTMLElement {
    const dom = document.createElement('div');
    dom.className = 'nq-page-break';
    dom.setAttribute('role', 'separator');
    dom.setAttribute('aria-label', 'Ngắt trang');
    dom.dataset['testid'] = 'page-break';
    return dom;
  }

  override updateDOM(): false {
    return false;
  }

  override decorate(): null {
    return null;
  }
}

export function $createPageBreakNode(): PageBreakNode {
  return $create(PageBreakNode);
}

export function $isPageBreakNode(node: LexicalNode | null | undefined): node is PageBreakNode {
  return node instanceof PageBreakNode;
}
