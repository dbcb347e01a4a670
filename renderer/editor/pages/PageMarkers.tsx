import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { startTransition, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { FormatProfile } from '../../../electron/format/profile.ts';
import { measureLayout, type Layout, type PageMark } from './layoutPages.ts';
import { measurePending } from './measure.ts';
import { clearCache, keyCache, needsMeasure, newMeasureCache, noteChanges, type MeasureCache } from './measureCache.ts';
import { BLOCKS_MOVED, blockWindow, type BlockWindow, type LaidOut } from './blockWindow.ts';
import { isFar } from './farBlocks.ts';
import { forgetLayoutsWhenIdle } from './relock.ts';
import { inputWaiting } from '../../app/inputWaiting.ts';
import { quietTimer } from '../../app/quietTimer.ts';

type Props = {
  pages: RefObject<HTMLDivElement | null>;
  profile: FormatProfile;
  version: unknown;
  onLayout?: ((layout: Layout) => void) | undefined;
};

/**
 * How long the body stays still before the pages are laid out again. Longer than the gap between
 * two keys of a slow typist (about 0,3 s at 40 words a minute; 250 ms here had each pause between
 * keys start a layout that the next key then waited behind): 4–5 of 40 hesitant keys landed on a
 * layout, now 0–1 (browserTrace.ts, HESITANT=1).
 */
const DELAY_MS = 700;
/** Main-thread time one task may spend measuring blocks before it lets keystrokes through. */
const SLICE_MS = 6;

/** Each layout of the pages is a performance entry of this name (its main-thread time, all slices), read by the bench. */
const PAGINATE = 'soan-nq:paginate';

/** Whether a body block left out of the layout is to be measured (it changed, or the text's width did). */
function farPending(pages: HTMLElement, cache: MeasureCache): boolean {
  const body = pages.querySelector(':scope > .page .nq-body');
  if (!body) return false;
  keyCache(cache, body);
  return Array.from(body.children).some((c) => isFar(c) && needsMeasure(cache, c));
}

/** Whether two layouts draw the same markers (then the 300 markers of a long document are not drawn again). */
function sameMarks(a: readonly PageMark[], b: readonly PageMark[]): boolean {
  return (
    a.length === b.length &&
    a.every((m, i) => {
      const n = b[i];
      return n !== undefined && m.top === n.top && m.sheet === n.sheet && m.number === n.number && m.firstLine === n.firstLine;
    })
  );
}

/**
 * Hides the markers beside the body blocks left out of the layout (blockWindow.ts): they are off
 * screen. Set on the elements at once (the window moves within a frame, as the screen scrolls).
 */
function hideFar(pages: HTMLElement, laidOut: LaidOut | null): void {
  for (const marker of pages.querySelectorAll<HTMLElement>('.page-marker')) {
    const top = parseFloat(marker.style.top);
    const far = laidOut !== null && marker.parentElement === laidOut.sheet && (top < laidOut.top || top > laidOut.bottom);
    if (marker.hidden !== far) marker.hidden = far;
  }
}

/**
 * The true page breaks drawn over the sheet: where each printed page begins ("Trang 2"), laid out
 * as the .docx prints. Recomputed a moment after the body, the parts or the window's width change,
 * measuring again only the body blocks whose DOM changed (measureCache.ts); blocks not measured yet
 * (opening a long document) are measured a slice at a time, so typing never waits for the layout.
 * Markers beside the body blocks left out far from the screen are hidden with them: each one drawn
 * is a positioned box that every keystroke's frame hit-tests, paints and layerizes (300 of them cost
 * a key ~1.3 ms of CPU on a 300-page resolution).
 */
export function PageMarkers({ pages, profile, version, onLayout }: Props) {
  const [editor] = useLexicalComposerContext();
  const [marks, setMarks] = useState<PageMark[]>([]);
  const cache = useRef<MeasureCache>(newMeasureCache());
  useEffect(() => {
    cache.current = newMeasureCache();
  }, [profile]);
  // Far body blocks out of the layout, for as long as the sheets are there (not again at each change of the parts).
  const far = useRef<BlockWindow | null>(null);
  useEffect(() => {
    const el = pages.current;
    if (!el) return undefined;
    const w = blockWindow(el);
    far.current = w;
    const moved = (): void => hideFar(el, w.laidOut());
    document.addEventListener(BLOCKS_MOVED, moved);
    return () => {
      document.removeEventListener(BLOCKS_MOVED, moved);
      w.dispose();
      far.current = null;
    };
  }, [pages]);
  useEffect(() => {
    let timer = 0;
    let work = 0;
    let forgetLater = (): void => undefined;
    let farChanged = false;
    const el = pages.current;
    const observer = new MutationObserver((records) => {
      if (el) noteChanges(cache.current, records, el);
    });
    if (el) observer.observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
    /** Measuring shows blocks in full for a moment: those changes are the page view's own. */
    const own = (): void => void observer.takeRecords();
    /** Runs again once the input waiting is handled (a key that changes the body puts the layout off again: schedule). */
    const later = (start: number): void => {
      work += performance.now() - start;
      timer = window.setTimeout(run, 0);
    };
    const run = (): void => {
      timer = 0;
      if (!el) return;
      const start = performance.now();
      if (inputWaiting()) return later(start);
      noteChanges(cache.current, observer.takeRecords(), el);
      farChanged ||= farPending(el, cache.current);
      const done = measurePending(el, cache.current, start + SLICE_MS);
      own();
      // The layout of the pages is one stretch of main-thread work (~10 ms on 300 pages): not while a key waits.
      if (!done || inputWaiting()) return later(start);
      // Blocks left out far from the screen are placed by the window's geometry; unless one of them changed (or the
      // window is not on yet): then every block is laid out for the layout, and the window takes their geometry again.
      const w = far.current;
      const whole = !w?.active() || farChanged;
      if (whole) w?.suspend();
      else w?.prepare();
      const layout = measureLayout(el, profile, cache.current);
      if (whole) w?.resume();
      farChanged = false;
      own();
      forgetLater();
      forgetLater = forgetLayoutsWhenIdle(cache.current.laidOut, cache.current.heights, own);
      // Drawing 300 markers and the findings can wait for keystrokes (React renders a transition in slices).
      startTransition(() => {
        setMarks((old) => (sameMarks(old, layout.marks) ? old : layout.marks));
        onLayout?.(layout);
      });
      work += performance.now() - start;
      performance.measure(PAGINATE, { start, duration: work });
      work = 0;
    };
    // The layout waits for the body to be still (a key pushes it back, and a layout left half done starts again).
    const quiet = quietTimer(run, DELAY_MS);
    const schedule = (): void => {
      if (timer) window.clearTimeout(timer);
      timer = 0;
      quiet.poke();
    };
    const refonted = (): void => {
      clearCache(cache.current);
      schedule();
    };
    schedule();
    const off = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) schedule();
    });
    // The text's width changes its lines; its height changes with the text (the update listener above).
    let width = -1;
    const resize = new ResizeObserver(([entry]) => {
      const now = entry?.contentRect.width ?? 0;
      if (now !== width) schedule();
      width = now;
    });
    if (el) resize.observe(el);
    document.fonts.addEventListener('loadingdone', refonted);
    return () => {
      off();
      resize.disconnect();
      if (el) noteChanges(cache.current, observer.takeRecords(), el);
      observer.disconnect();
      document.fonts.removeEventListener('loadingdone', refonted);
      quiet.cancel();
      if (timer) window.clearTimeout(timer);
      forgetLater();
    };
  }, [editor, pages, profile, version, onLayout]);

  useLayoutEffect(() => {
    const el = pages.current;
    if (el) hideFar(el, far.current?.laidOut() ?? null);
  }, [pages, marks]);

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
