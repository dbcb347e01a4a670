import { $create, DecoratorNode, type LexicalNode } from 'lexical';
import type { ReactNode } from 'react';
import { targetsSlot } from './decoratorViews.ts';

/**
 * Where the document's structured targets (chỉ tiêu) print in the body. The node holds no data:
 * its view renders the targets list from the same data as the targets table, so both always
 * agree. Serialized as {"type":"nq-targets"}.
 */
export class TargetsBlockNode extends DecoratorNode<ReactNode> {
  override $config() {
    return this.config('nq-targets', { extends: DecoratorNode });
  }

  override isInline(): false {
    return false;
  }

  override getTextContent(): string {
    return '\n';
  }

  override createDOM(): HTMLElement {
    const dom = document.createElement('div');
    dom.className = 'nq-targets';
    return dom;
  }

  override updateDOM(): false {
    return false;
  }

  override decorate(): ReactNode {
    return targetsSlot({ nodeKey: this.getKey() });
  }
}

export function $createTargetsBlockNode(): TargetsBlockNode {
  return $create(TargetsBlockNode);
}

export function $isTargetsBlockNode(node: LexicalNode | null | undefined): node is TargetsBlockNode {
  return node instanceof TargetsBlockNode;
}
