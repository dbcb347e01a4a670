import { sameJson } from '../../app/objects.ts';
import { $getNearestNodeFromDOMNode, type LexicalEditor } from 'lexical';
import { useCallback, useMemo, useRef, useState, type RefObject } from 'react';
import type { LayoutFindingsProps } from '../../panels/findings/LayoutFindings.tsx';
import { $createPageBreakNode, $isPageBreakNode } from '../nodes/PageBreakNode.ts';
import type { DocParts } from '../session/parts.ts';
import type { Setters } from '../session/setters.ts';
import type { LayoutFinding } from './layoutFindings.ts';
import type { Layout } from './layoutPages.ts';

const MAX_KEEP = 5;

/**
 * The layout findings of the page view (recomputed with the page markers) and their one-click
 * fixes: keep the body's last paragraph with the signature (signature.keepWithBody, printed as
 * keep-with-next), or start a page before a heading or a table (a page break in the body, undone
 * with Ctrl+Z like any edit).
 */
export function useLayoutFindings(
  editor: LexicalEditor,
  parts: RefObject<DocParts>,
  setters: Setters,
  readOnly: boolean,
): { onLayout: (layout: Layout) => void; layout: LayoutFindingsProps } {
  const [findings, setFindings] = useState<LayoutFinding[]>([]);
  const elements = useRef<Element[]>([]);
  const onLayout = useCallback((layout: Layout) => {
    elements.current = layout.elements;
    setFindings((old) => (sameJson(old, layout.findings) ? old : layout.findings));
  }, []);
  const onFix = useCallback(
    (finding: LayoutFinding) => {
      const action = finding.action;
      if (!action) return;
      if (action.kind === 'keep-closing') {
        const signature = parts.current.signature;
        setters.signature({ ...signature, keepWithBody: Math.min(MAX_KEEP, (signature.keepWithBody ?? 0) + 1) });
        return;
      }
      const element = elements.current[action.block];
      if (!element) return;
      editor.update(() => {
        const top = $getNearestNodeFromDOMNode(element)?.getTopLevelElement();
        if (top && !$isPageBreakNode(top.getPreviousSibling())) top.insertBefore($createPageBreakNode());
      });
    },
    [editor, parts, setters],
  );
  const layout = useMemo(() => ({ findings, onFix, readOnly }), [findings, onFix, readOnly]);
  return { onLayout, layout };
}
