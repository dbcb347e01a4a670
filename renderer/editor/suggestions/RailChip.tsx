import type { Suggestion } from '../../../electron/contract/model/review.ts';
import { DecideButtons } from '../../panels/wordReview/DecideButtons.tsx';
import { momentVi } from '../../panels/wordReview/suggestionText.ts';
import { markText } from './anchorPlace.ts';
import type { RailItem } from './useRailSpots.ts';

type ChipProps = {
  item: RailItem;
  left: number;
  width: number;
  narrow: boolean;
  open: boolean;
  active: boolean;
  onToggle: () => void;
  children?: React.ReactNode;
};

export const suggestionKind = (s: Suggestion): 'insert' | 'delete' | 'change' =>
  s.inserted && !s.deleted ? 'insert' : s.deleted && !s.inserted ? 'delete' : 'change';

/**
 * One mark beside the page: a caret on the line it is about (inside the line, covering nothing
 * else), and its chip in the rail with the reviewer's name and what they did or said; a dotted
 * bracket joins them when the chip had to move down below the one above. A click opens it.
 */
export function RailChip({ item, left, width, narrow, open, active, onToggle, children }: ChipProps) {
  const s = item.suggestion;
  const t = item.thread;
  const kind = s ? suggestionKind(s) : 'comment';
  const author = s?.author ?? t?.author ?? '';
  const what = s ? markText(s) : (t?.body ?? '');
  // A narrow chip keeps its few letters for what was done or said (the caret shows where).
  const label = item.label && !narrow ? `${item.label}: ` : '';
  const moved = item.chipTop - item.top;
  const testId = s ? 'suggestion-mark' : 'comment-part-mark';
  return (
    <div
      className={`rail-mark rail-mark-${kind}${active ? ' is-active' : ''}`}
      data-testid={testId}
      data-kind={kind}
      {...(s ? { 'data-suggestion-id': s.id } : { 'data-comment-id': t?.id })}
    >
      {t && item.found ? null : (
        <span className="rail-caret" style={{ left: item.left - 1, top: item.top, height: item.height }} data-testid="rail-caret" />
      )}
      {moved > 2 ? <span className="rail-leader" style={{ left: left - 4, top: item.top, height: moved + 8 }} /> : null}
      <div className="rail-chip-box" style={{ left, top: item.chipTop, width }} data-rail-key={item.key}>
        <button
          type="button"
          className={`rail-chip${narrow ? ' is-narrow' : ''}`}
          title={`${author}${item.label ? ` — ${item.label}` : ''}: ${what}`}
          onClick={onToggle}
          data-testid="rail-chip"
        >
          <span className="rail-chip-author" data-testid={s ? 'suggestion-mark-author' : 'comment-part-author'}>
            {author}
          </span>{' '}
          <span className="rail-chip-text">
            {label}
            {what}
          </span>
        </button>
        {open ? children : null}
      </div>
    </div>
  );
}

/** The opened suggestion: who, when, where, what; accept or reject it when the draft is editable. */
export function SuggestionPop({
  s,
  editable,
  busy,
  onDecide,
}: {
  s: Suggestion;
  editable: boolean;
  busy: boolean;
  onDecide: (d: 'accept' | 'reject') => void;
}) {
  return (
    <div className="suggestion-mark-pop" role="dialog" aria-label={`Góp ý của ${s.author}`} data-testid="suggestion-mark-pop">
      <p>
        <strong>{s.author}</strong> {momentVi(s.madeAt)} — {s.place}
      </p>
      <p>
        {s.deleted ? <del>{s.deleted}</del> : null} {s.inserted ? <ins>{s.inserted}</ins> : null}
      </p>
      {editable ? (
        <DecideButtons busy={busy} onDecide={onDecide} testId="suggestion-mark" />
      ) : (
        <p className="hint">Văn bản đang khóa: không chấp nhận hay bỏ qua được lúc này.</p>
      )}
    </div>
  );
}
