import { $create, $getState, $setState, createState, DecoratorNode, type LexicalNode } from 'lexical';
import type { ReactNode } from 'react';
import type { TextRun } from '../../../electron/contract/model/inline.ts';
import { footnoteSlot } from './decoratorViews.ts';

function parseRuns(v: unknown): TextRun[] {
  if (!Array.isArray(v)) return [{ type: 'text', text: '' }];
  const runs: TextRun[] = [];
  for (const item of v as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const r = item as Record<string, unknown>;
    if (typeof r['text'] !== 'string') continue;
    const run: TextRun = { type: 'text', text: r['text'] };
    if (typeof r['bold'] === 'boolean') run.bold = r['bold'];
    if (typeof r['italic'] === 'boolean') run.italic = r['italic'];
    if (typeof r['underline'] === 'boolean') run.underline = r['underline'];
    runs.push(run);
  }
  return runs.length > 0 ? runs : [{ type: 'text', text: '' }];
}

/** The footnote's own text, as model runs (bold/italic/underline kept exactly). */
export const footnoteRunsState = createState('runs', {
  parse: parseRuns,
  isEqual: (a, b) => JSON.stringify(a) === JSON.stringify(b),
});

/**
 * A footnote reference at this point of the text (inline). It shows a superscript number
 * (CSS counter, in document order) and opens its text in a popover. Serialized as
 * {"type":"nq-footnote","runs":[{"type":"text","text":"…"}]}.
 */
export class FootnoteNode extends DecoratorNode<ReactNode> {
  override $config() {
    return this.config('nq-footnote', {
      extends: DecoratorNode,
      stateConfigs: [{ stateConfig: footnoteRunsState, flat: true }],
    });
  }

  getRuns(): TextRun[] {
    return $getState(this, footnoteRunsState);
  }

  setRuns(runs: TextRun[]): this {
    return $setState(this, footnoteRunsState, runs);
  }

  /** The footnote's text in one string (for search and copying). */
  getFootnoteText(): string {
    return this.getRuns()
      .map((r) => r.text)
      .join('');
  }

  override isInline(): true {
    return true;
  }

  override isKeyboardSelectable(): boolean {
    return true;
  }

  override getTextContent(): string {
    return '';
  }

  override createDOM(): HTMLElement {
    const dom = document.createElement('span');
    dom.className = 'nq-fn';
    return dom;
  }

  override updateDOM(): false {
    return false;
  }

  override decorate(): ReactNode {
    return footnoteSlot({ nodeKey: this.getKey(), runs: this.getRuns() });
  }
}

export function $createFootnoteNode(runs: TextRun[]): FootnoteNode {
  return $create(FootnoteNode).setRuns(runs);
}

export function $isFootnoteNode(node: LexicalNode | null | undefined): node is FootnoteNode {
  return node instanceof FootnoteNode;
}
