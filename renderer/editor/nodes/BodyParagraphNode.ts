import { $create, $getState, $setState, ParagraphNode, type LexicalNode, type RangeSelection } from 'lexical';
import { nextLabel } from './labels.ts';
import { indentState, labelState } from './states.ts';

/**
 * Every paragraph of the editor (it replaces Lexical's ParagraphNode): a body paragraph with an
 * optional literal label written before it ("1.", "a)") and an optional "no first-line indent".
 * Alignment is the element format. Serialized as {"type":"nq-paragraph","label":"1."}.
 */
export class BodyParagraphNode extends ParagraphNode {
  override $config() {
    return this.config('nq-paragraph', {
      extends: ParagraphNode,
      stateConfigs: [
        { stateConfig: labelState, flat: true },
        { stateConfig: indentState, flat: true },
      ],
    });
  }

  getLabel(): string | null {
    return $getState(this, labelState);
  }

  setLabel(label: string | null): this {
    return $setState(this, labelState, label);
  }

  getIndentMode(): 'first-line' | 'none' | null {
    return $getState(this, indentState);
  }

  setIndentMode(mode: 'first-line' | 'none' | null): this {
    return $setState(this, indentState, mode);
  }

  override createDOM(): HTMLElement {
    const dom = document.createElement('p');
    dom.className = 'nq-p';
    const label = $getState(this, labelState, 'direct');
    if (label !== null) dom.dataset['label'] = label;
    if ($getState(this, indentState, 'direct') === 'none') dom.classList.add('nq-no-indent');
    const format = this.getFormatType();
    if (format) dom.style.textAlign = format;
    return dom;
  }

  override updateDOM(prevNode: ParagraphNode, dom: HTMLElement): boolean {
    const label = $getState(this, labelState, 'direct');
    if (label !== $getState(prevNode, labelState, 'direct')) {
      if (label === null) delete dom.dataset['label'];
      else dom.dataset['label'] = label;
    }
    const indent = $getState(this, indentState, 'direct');
    if (indent !== $getState(prevNode, indentState, 'direct')) dom.classList.toggle('nq-no-indent', indent === 'none');
    if (prevNode.__format !== this.__format) dom.style.textAlign = this.getFormatType();
    return false;
  }

  /** Enter after a labelled paragraph starts the next number ("1." -> "2.", "a)" -> "b)"). */
  override insertNewAfter(selection: RangeSelection, restoreSelection = true): ParagraphNode {
    const label = this.getLabel();
    const paragraph = super.insertNewAfter(selection, restoreSelection);
    if ($isBodyParagraphNode(paragraph)) paragraph.setLabel(label === null ? null : nextLabel(label));
    return paragraph;
  }

  /** Backspace at the start of a labelled paragraph gives its label back as text, so nothing is lost. */
  override collapseAtStart(): boolean {
    const label = this.getLabel();
    if (label === null) return super.collapseAtStart();
    this.setLabel(null);
    this.selectStart().insertText(`${label} `);
    return true;
  }
}

export function $createBodyParagraphNode(label: string | null = null): BodyParagraphNode {
  const node = $create(BodyParagraphNode);
  return label === null ? node : node.setLabel(label);
}

export function $isBodyParagraphNode(node: LexicalNode | null | undefined): node is BodyParagraphNode {
  return node instanceof BodyParagraphNode;
}
