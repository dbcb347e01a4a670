import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import type { FormatProfile } from '../../../../electron/format/profile.ts';
import { $isHeadingNode, HeadingNode } from '../../nodes/HeadingNode.ts';
import { headingLabels, type HeadingRef } from '../../../../electron/format/headingNumbers.ts';

/** Writes every heading's printed number on its element (data-label; data-auto when automatic). */
function renumber(editor: LexicalEditor, profile: FormatProfile): void {
  const found: { key: string; ref: HeadingRef }[] = [];
  editor.getEditorState().read(() => {
    for (const child of $getRoot().getChildren()) {
      if ($isHeadingNode(child)) found.push({ key: child.getKey(), ref: { level: child.getLevel(), label: child.getLabel() } });
    }
  });
  const labels = headingLabels(
    found.map((f) => f.ref),
    profile,
  );
  found.forEach((f, i) => {
    const dom = editor.getElementByKey(f.key);
    if (!dom) return;
    const label = labels[i] ?? '';
    if (dom.dataset['label'] !== label) dom.dataset['label'] = label;
    const auto = f.ref.label === null || f.ref.label.trim() === '';
    if ((dom.dataset['auto'] === 'true') !== auto) {
      if (auto) dom.dataset['auto'] = 'true';
      else delete dom.dataset['auto'];
    }
  });
}

/**
 * Shows the numbers the writer will print for headings without a literal label ("I.", "1.", "1.1.").
 * Runs only when a heading is created, changed or removed, after the DOM is up to date.
 */
export function NumberingPlugin({ profile }: { profile: FormatProfile }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let frame = 0;
    const schedule = (): void => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        renumber(editor, profile);
      });
    };
    const off = editor.registerMutationListener(HeadingNode, schedule, { skipInitialization: false });
    schedule();
    return () => {
      off();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [editor, profile]);
  return null;
}
