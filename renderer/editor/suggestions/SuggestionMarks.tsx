import { useCallback, useEffect, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { Suggestion } from '../../../electron/contract/model/review.ts';
import { call, errorText, useApi } from '../../app/api.ts';
import { showToast } from '../../app/toast/toastStore.ts';
import { timeVi } from '../../panels/wordReview/suggestionText.ts';
import type { Autosave } from '../session/autosave.ts';
import { markText } from './anchorPlace.ts';
import { markSpots, type MarkSpot } from './markRects.ts';
import './suggestionMarks.css';

type Props = { root: RefObject<HTMLElement | null>; documentId: number; editable: boolean; autosave: Autosave; onReload: () => void };

/** The CSS highlight of the body text a reviewer's deletion takes out (::highlight(nq-suggest-del)). */
const DELETED = 'nq-suggest-del';

/** Repaints `spots` after the page's text changes, it scrolls or the window resizes. */
function useSpots(root: RefObject<HTMLElement | null>, open: readonly Suggestion[]): MarkSpot[] {
  const [spots, setSpots] = useState<MarkSpot[]>([]);
  useEffect(() => {
    const el = root.current;
    if (!el || open.length === 0) return undefined;
    const registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
    let frame = 0;
    const paint = (): void => {
      frame = 0;
      // Only the marks inside the scrolling page pane (not over the toolbars or the side panel).
      const pane = el.getBoundingClientRect();
      const next = markSpots(el, open).filter(
        (s) => s.top >= pane.top + 20 && s.top <= pane.bottom && s.left >= pane.left && s.left <= pane.right,
      );
      setSpots(next);
      registry?.set(DELETED, new Highlight(...next.flatMap((s) => (s.deleted ? [s.deleted] : []))));
    };
    const schedule = (): void => {
      if (frame === 0) frame = requestAnimationFrame(paint);
    };
    const observer = new MutationObserver(schedule);
    observer.observe(el, { subtree: true, childList: true, characterData: true });
    window.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule);
    schedule();
    return () => {
      observer.disconnect();
      window.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
      cancelAnimationFrame(frame);
      registry?.delete(DELETED);
    };
  }, [root, open]);
  return spots;
}

/**
 * A reviewer's suggestions from Word shown where they belong on the page: a mark at the place in
 * the body (the words a deletion takes out struck through), or beside the part it changes (a
 * target, a recipient, the signer, a header field), with the reviewer's name; a click opens it to
 * accept or reject it in place. The side panel keeps the full list, and what could not be placed.
 */
export function SuggestionMarks({ root, documentId, editable, autosave, onReload }: Props) {
  const api = useApi();
  const [open, setOpen] = useState<Suggestion[]>([]);
  const [shown, setShown] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void call(() => api.listSuggestions({ id: documentId })).then((r) => {
      if (r.ok) setOpen(r.value.filter((s) => s.state === 'open'));
    });
  }, [api, documentId]);
  const spots = useSpots(root, open);

  const decide = useCallback(
    async (decision: 'accept' | 'reject', id: number) => {
      setBusy(true);
      try {
        if (!(await autosave.flush())) return showToast({ kind: 'error', message: 'Văn bản chưa lưu xong; hãy chờ lưu xong rồi thử lại.' });
        const r = await call(() => api.decideSuggestions({ id: documentId, decision, all: false, suggestions: [id] }));
        if (!r.ok) return showToast({ kind: 'error', message: errorText(r.error) });
        const conflict = r.value.conflicts[0];
        if (conflict) return showToast({ kind: 'error', message: `Góp ý #${conflict.id}: ${conflict.message}` });
        showToast({ kind: 'success', message: decision === 'accept' ? 'Đã chấp nhận góp ý.' : 'Đã bỏ qua góp ý.' });
        onReload();
      } finally {
        setBusy(false);
      }
    },
    [api, autosave, documentId, onReload],
  );

  if (spots.length === 0) return null;
  const stacked = new Map<string, number>();
  return createPortal(
    <div className="suggestion-marks" data-testid="suggestion-marks">
      {spots.map(({ suggestion: s, left, top, label }) => {
        const key = `${Math.round(left)}:${Math.round(top)}`;
        const level = stacked.get(key) ?? 0;
        stacked.set(key, level + 1);
        const kind = s.inserted && !s.deleted ? 'insert' : s.deleted && !s.inserted ? 'delete' : 'change';
        return (
          <div
            key={s.id}
            className={`suggestion-mark suggestion-mark-${kind}`}
            style={{ left, top: top - 20 - level * 22 }}
            data-testid="suggestion-mark"
            data-suggestion-id={s.id}
            data-kind={kind}
          >
            <button
              type="button"
              className="suggestion-mark-chip"
              title={`${s.author}${label ? ` — ${label}` : ''}: ${markText(s)}`}
              onClick={() => setShown(shown === s.id ? null : s.id)}
            >
              <span className="suggestion-mark-author" data-testid="suggestion-mark-author">
                {s.author}
              </span>{' '}
              <span className="suggestion-mark-text">{label ? `${label}: ${markText(s)}` : markText(s)}</span>
            </button>
            {shown === s.id ? (
              <div className="suggestion-mark-pop" role="dialog" aria-label={`Góp ý của ${s.author}`} data-testid="suggestion-mark-pop">
                <p>
                  <strong>{s.author}</strong> {timeVi(s.madeAt)} — {s.place}
                </p>
                <p>
                  {s.deleted ? <del>{s.deleted}</del> : null} {s.inserted ? <ins>{s.inserted}</ins> : null}
                </p>
                {editable ? (
                  <p className="row">
                    <button
                      type="button"
                      className="btn btn-small btn-primary"
                      disabled={busy}
                      data-testid="suggestion-mark-accept"
                      onClick={() => void decide('accept', s.id)}
                    >
                      Chấp nhận
                    </button>
                    <button
                      type="button"
                      className="btn btn-small"
                      disabled={busy}
                      data-testid="suggestion-mark-reject"
                      onClick={() => void decide('reject', s.id)}
                    >
                      Bỏ qua
                    </button>
                  </p>
                ) : (
                  <p className="hint">Văn bản đang khóa: không chấp nhận hay bỏ qua được lúc này.</p>
                )}
              </div>
            ) : null}
          </div>
        );
      })}
    </div>,
    document.body,
  );
}
