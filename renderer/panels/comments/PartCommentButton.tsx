import { useEffect, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { DocParts, PartAnchor } from '../../../electron/contract/model/partAnchors.ts';
import { isAddCommentKey } from '../../editor/plugins/Comments/commentCommands.ts';
import { useCommentsContext, useCommentsSnapshot } from '../../editor/plugins/Comments/CommentsContext.ts';
import { panelPart, partElements } from '../../editor/plugins/Comments/partElements.ts';

type Spot = { anchor: PartAnchor; name: string; el: HTMLElement };
type Box = { left: number; top: number; width: number; height: number };
type Shown = Spot & { left: number; top: number; box: Box };

/** The part under the point: the smallest part element whose box holds it. */
function spotAt(spots: readonly Spot[], x: number, y: number): Spot | null {
  let best: Spot | null = null;
  let area = Infinity;
  for (const spot of spots) {
    const r = spot.el.getBoundingClientRect();
    if (x < r.left || x > r.right || y < r.top || y > r.bottom) continue;
    if (r.width * r.height < area) [best, area] = [spot, r.width * r.height];
  }
  return best;
}

/** Where the part's words end: a field's box, else its text's (a target's line spans the page, its words do not). */
function textBox(el: HTMLElement): DOMRect {
  if (el.matches('input, textarea, select, [data-lazy-field]')) return el.getBoundingClientRect();
  const range = document.createRange();
  range.selectNodeContents(el);
  const r = range.getBoundingClientRect();
  return r.width > 0 ? r : el.getBoundingClientRect();
}

/** The button's room: its width and height (comments.css) and the gap it keeps. */
const BUTTON = { width: 76, height: 22, gap: 8 };

/**
 * Where the button goes: after the part's words on the page; in the side panel, over the field's
 * right end, just above it (below it at the panel's top): beside it, it would cover the next
 * column, and on it, a narrow field (a unit) under the pointer, so that a click meant for the
 * field started a comment.
 */
const place = (spot: Spot): Shown => {
  const r = textBox(spot.el);
  const box = { left: r.left - 3, top: r.top - 2, width: r.width + 6, height: r.height + 4 };
  const panel = spot.el.closest('.side-panel');
  const left = Math.min(panel ? r.right - BUTTON.width - 4 : r.right + BUTTON.gap, window.innerWidth - BUTTON.width - BUTTON.gap);
  if (!panel) return { ...spot, box, left, top: r.top + Math.max(0, (Math.min(r.height, 26) - BUTTON.height) / 2) };
  const above = box.top - BUTTON.height - 1;
  return { ...spot, box, left, top: above >= panel.getBoundingClientRect().top ? above : box.top + box.height + 1 };
};

/** The same part where it was: nothing to draw again. */
const samePlace = (a: Shown, b: Shown): boolean =>
  a.el === b.el &&
  a.anchor === b.anchor &&
  a.left === b.left &&
  a.top === b.top &&
  a.box.left === b.box.left &&
  a.box.top === b.box.top &&
  a.box.width === b.box.width &&
  a.box.height === b.box.height;

/**
 * "Ý kiến" on a part of the draft other than the body's text: a small button beside the target's
 * line, the line of "Nơi nhận", the signer, the summary, a header field or an appendix row under
 * the pointer (or focused), and on the side panel's fields of a target, a line of "Nơi nhận" and
 * the signer, opening a new thread on it in the "Ý kiến" panel. `root` holds both the page and
 * the side panel (pointer, focus and scrolling are followed in all of it). Outside the page's
 * fieldset, so a locked draft under review takes comments too; Ctrl+Alt+M does the same on a
 * focused part, and the panel lists every part for the keyboard.
 */
export function PartCommentButton({ root }: { root: RefObject<HTMLElement | null> }) {
  const comments = useCommentsContext();
  const s = useCommentsSnapshot(comments?.store);
  const [shown, setShown] = useState<Shown | null>(null);
  const spots = useRef<{ parts: DocParts | null; list: Spot[] }>({ parts: null, list: [] });
  const hide = useRef(0);
  const parts = s.parts ?? null;
  const issued = comments?.issued ?? true;
  const start = comments?.actions.startOnPart;

  useEffect(() => {
    const el = root.current;
    if (!el || !parts || issued || !start) return undefined;
    const current = (): Spot[] => {
      const cache = spots.current;
      if (cache.parts !== parts || cache.list.some((x) => !x.el.isConnected)) spots.current = { parts, list: partElements(el, parts) };
      return spots.current.list;
    };
    let frame = 0;
    let point: { x: number; y: number } | null = null;
    /** Once a frame: the part under the pointer (or focused) gets the button, placed where the part is now (the page may have moved). */
    const check = (): void => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const spot =
          (point ? (spotAt(current(), point.x, point.y) ?? panelPart(document.elementFromPoint(point.x, point.y), parts)) : null) ??
          focused();
        window.clearTimeout(hide.current);
        if (!spot) {
          hide.current = window.setTimeout(() => setShown(null), 400);
          return;
        }
        const next = place(spot);
        setShown((old) => (old && samePlace(old, next) ? old : next));
      });
    };
    const onMove = (e: PointerEvent): void => {
      point = { x: e.clientX, y: e.clientY };
      check();
    };
    const focused = (): Spot | null => {
      const active = document.activeElement;
      return active ? (current().find((x) => x.el === active || x.el.contains(active)) ?? panelPart(active, parts)) : null;
    };
    const onFocus = (): void => {
      const spot = focused();
      if (!spot) return;
      window.clearTimeout(hide.current);
      setShown(place(spot));
    };
    const onKey = (e: KeyboardEvent): void => {
      const spot = isAddCommentKey(e) ? focused() : null;
      if (!spot) return;
      e.preventDefault();
      start(spot.anchor, spot.name);
    };
    const onBlur = (): void => {
      window.clearTimeout(hide.current);
      hide.current = window.setTimeout(() => setShown(null), 400);
    };
    // The page or the side panel scrolled (by the person, or by the page view putting itself right): what is under the pointer now.
    const onScroll = (): void => check();
    // The window was resized, and the page's zoom follows its width: the parts moved under a still
    // pointer. The button goes until the pointer moves again (placed at once, it would be placed
    // on the page as it was before the new zoom).
    const onResize = (): void => {
      point = null;
      window.clearTimeout(hide.current);
      setShown(null);
    };
    el.addEventListener('pointermove', onMove);
    window.addEventListener('resize', onResize);
    el.addEventListener('focusin', onFocus);
    el.addEventListener('focusout', onBlur);
    el.addEventListener('scroll', onScroll, { passive: true, capture: true });
    window.addEventListener('keydown', onKey);
    return () => {
      el.removeEventListener('pointermove', onMove);
      window.removeEventListener('resize', onResize);
      el.removeEventListener('focusin', onFocus);
      el.removeEventListener('focusout', onBlur);
      el.removeEventListener('scroll', onScroll, { capture: true });
      window.removeEventListener('keydown', onKey);
      cancelAnimationFrame(frame);
      window.clearTimeout(hide.current);
    };
  }, [root, parts, issued, start]);

  if (!shown || !start || issued) return null;
  return createPortal(
    <>
      <div className="part-comment-outline" style={shown.box} aria-hidden="true" />
      <button
        type="button"
        className="part-comment-button"
        data-testid="part-comment-button"
        data-part={shown.name}
        style={{ left: shown.left, top: shown.top }}
        title={`Góp ý cho ${shown.name} (Ctrl+Alt+M khi đang ở phần này)`}
        aria-label={`Thêm ý kiến cho ${shown.name}`}
        onPointerEnter={() => window.clearTimeout(hide.current)}
        onClick={() => {
          start(shown.anchor, shown.name);
          setShown(null);
        }}
      >
        + Ý kiến
      </button>
    </>,
    document.body,
  );
}
