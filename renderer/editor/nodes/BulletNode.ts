import { $create, $getState, $getStateChange, $setState, ElementNode, type LexicalNode, type RangeSelection } from 'lexical';
import { $createBodyParagraphNode } from './BodyParagraphNode.ts';
import { markerState } from './states.ts';

export type BulletMarker = '-' | '+';

/**
 * A "-" bullet or a "+" sub-bullet: the marker is printed literally before the text, with the
 * body's first-line indent. Serialized as {"type":"nq-bullet","marker":"+"}.
 */
export class BulletNode extends ElementNode {
  override $config() {
    return this.config('nq-bullet', {
      extends: ElementNode,
      stateConfigs: [{ stateConfig: markerState, flat: true }],
    });
  }

  getMarker(): BulletMarker {
    return $getState(this, markerState);
  }

  setMarker(marker: BulletMarker): this {
    return $setState(this, markerState, marker);
  }

  override createDOM(): HTMLElement {
    const dom = document.createElement('p');
    dom.className = 'nq-bullet';
    dom.dataset['marker'] = $getState(this, markerState, 'direct');
    return dom;
  }

  override updateDOM(prevNode: this, dom: HTMLElement): boolean {
    const change = $getStateChange(this, prevNode, markerState);
    if (change) dom.dataset['marker'] = change[0];
    return false;
  }

  /** Enter continues the list with the same marker. */
  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): BulletNode {
    const next = $createBulletNode(this.getMarker());
    this.insertAfter(next, restoreSelection);
    return next;
  }

  /** Backspace at the start turns the bullet into a plain paragraph. */
  override collapseAtStart(): true {
    const paragraph = $createBodyParagraphNode();
    this.getChildren().forEach((child) => paragraph.append(child));
    this.replace(paragraph);
    paragraph.selectStart();
    return true;
  }
}

export function $createBulletNode(marker: BulletMarker = '-'): BulletNode {
  return $create(BulletNode).setMarker(marker);
}

export function $isBulletNode(node: LexicalNode | null | undefined): node is BulletNode {
  return node instanceof BulletNode;
}
