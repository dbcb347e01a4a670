import { createContext, createElement, useContext, type ComponentType, type ReactNode } from 'react';
import type { NodeKey } from 'lexical';
import type { TextRun } from '../../../electron/contract/model/inline.ts';

/**
 * Decorator nodes render through views supplied by the editor (a context), so that the node
 * files stay free of JSX and of the panels they talk to, and run headless in tests.
 */
export type FootnoteViewProps = { nodeKey: NodeKey; runs: TextRun[] };
export type TargetsViewProps = { nodeKey: NodeKey };

export type DecoratorViews = {
  footnote: ComponentType<FootnoteViewProps>;
  targets: ComponentType<TargetsViewProps>;
};

export const DecoratorViewsContext = createContext<DecoratorViews | null>(null);

function FootnoteSlot(props: FootnoteViewProps): ReactNode {
  const views = useContext(DecoratorViewsContext);
  return views ? createElement(views.footnote, props) : null;
}

function TargetsSlot(props: TargetsViewProps): ReactNode {
  const views = useContext(DecoratorViewsContext);
  return views ? createElement(views.targets, props) : null;
}

export function footnoteSlot(props: FootnoteViewProps): ReactNode {
  return createElement(FootnoteSlot, props);
}

export function targetsSlot(props: TargetsViewProps): ReactNode {
  return createElement(TargetsSlot, props);
}
