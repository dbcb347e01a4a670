import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { FormatProfile } from '../../../electron/format/profile.ts';
import { measureLayout, type Layout, type PageMark } from './layoutPages.ts';

type Props = {
  pages: RefObject<HTMLDivElement | null>;
  profile: FormatProfile;
  version: unknown;
  onLayout?: ((layout: Layout) => void) | undefined;
};

const DELAY_MS = 250;

/**
 * The true page breaks drawn over the sheet: where each printed page begins ("Trang 2"), laid out
 * as the .docx prints. Recomputed a moment after the body, the parts or the window's width change.
 */
export function PageMarkers({ pages, profile, version, onLayout }: Props) {
  const [editor] = useLexicalComposerContext();
  const [marks, setMarks] = useState<PageMark[]>([]);
  useEffect(() => {
    let timer = 0;
    const run = (): void => {
      timer = 0;
      const el = pages.current;
      if (!el) return;
      const layout = measureLayout(el, profile);
      setMarks(layout.marks);
      onLayout?.(layout);
    };
    const schedule = (): void => {
      if (timer) window.clearTimeout(timer);
      timer = window.setTimeout(run, DELAY_MS);
    };
    schedule();
    const off = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) schedule();
    });
    const resize = new ResizeObserver(schedule);
    if (pages.current) resize.observe(pages.current);
    return () => {
      off();
      resize.disconnect();
      if (timer) window.clearTimeout(timer);
    };
  }, [editor, pages, profile, version, onLayout]);

  return (
    <>
      <span className="page-count" data-testid="page-count" data-pages={marks.length} hidden />
      {marks.map((m) =>
        createPortal(
          <div
            key={m.index}
            className={m.index === 0 ? 'page-marker page-marker-first' : 'page-marker'}
            style={{ top: m.top }}
            data-testid="page-marker"
            data-page={m.index + 1}
            data-first-line={m.firstLine}
            aria-hidden
          >
            {m.index === 0 ? null : (
              <span className="page-marker-label">{m.number === null ? `Trang ${m.index + 1}` : `Trang ${m.number}`}</span>
            )}
          </div>,
          m.sheet,
          `mark-${m.index}`,
        ),
      )}
    </>
  );
}
