import { $create, $getState, $getStateChange, $setState, ElementNode, type LexicalNode, type RangeSelection } from 'lexical';
import type { HeadingLevel } from '../../../electron/contract/model/body.ts';
import { $createBodyParagraphNode, type BodyParagraphNode } from './BodyParagraphNode.ts';
import { labelState, levelState } from './states.ts';

/**
 * A heading of the body: part ("Phần thứ nhất" + title), section ("I."), item ("1."), subitem
 * ("1.1.") or subsubitem ("1.1.1."). `label` is the number exactly as written; without it the
 * number is given automatically (shown by the numbering plugin, printed by the writer).
 * Serialized as {"type":"nq-heading","level":"item","label":"1."}.
 */
export class HeadingNode extends ElementNode {
  override $config() {
    return this.config('nq-heading', {
      extends: ElementNode,
      stateConfigs: [
        { stateConfig: levelState, flat: true },
        { stateConfig: labelState, flat: true },
      ],
    });
  }

  getLevel(): HeadingLevel {
    return $getState(this, levelState);
  }

  setLevel(level: HeadingLevel): this {
    return $setState(this, levelState, level);
  }

  getLabel(): string | null {
    return $getState(this, labelState);
  }

  setLabel(label: string | null): this {
    return $setState(this, labelState, label);
  }

  override createDOM(): HTMLElement {
    const dom = document.createElement('div');
    dom.className = `nq-h nq-h-${$getState(this, levelState, 'direct')}`;
    const label = $getState(this, labelState, 'direct');
    if (label !== null) dom.dataset['literal'] = label;
    return dom;
  }

  override updateDOM(prevNode: this, dom: HTMLElement): boolean {
    if ($getStateChange(this, prevNode, levelState)) return true;
    const label = $getStateChange(this, prevNode, labelState);
    if (label) {
      const [next] = label;
      if (next === null) delete dom.dataset['literal'];
      else dom.dataset['literal'] = next;
    }
    return false;
  }

  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): BodyParagraphNode {
    const paragraph = $createBodyParagraphNode();
    this.insertAfter(paragraph, restoreSelection);
    return paragraph;
  }

  /** Backspace at the start turns the heading back into a paragraph (keeping a literal label). */
  override collapseAtStart(): true {
    const paragraph = $createBodyParagraphNode(this.getLabel());
    this.getChildren().forEach((child) => paragraph.append(child));
    this.replace(paragraph);
    paragraph.selectStart();
    return true;
  }
}

export function $createHeadingNode(level: HeadingLevel, label: string | null = null): HeadingNode {
  return $create(HeadingNode).setLevel(level).setLabel(label);
}

export function $isHeadingNode(node: LexicalNode | null | undefined): node is HeadingNode {
  return node instanceof HeadingNode;
}
