import { memo } from 'react';
import type { Suggestion } from '../../../electron/contract/model/review.ts';
import { DecideButtons } from './DecideButtons.tsx';
import { suggestionKindNames, suggestionStateNames } from '../../../electron/format/suggestionNames.ts';
import { momentVi } from './suggestionText.ts';

type Props = {
  suggestion: Suggestion;
  /** Accept / reject buttons shown (an open suggestion of an editable draft). */
  canDecide: boolean;
  busy: boolean;
  onDecide: (decision: 'accept' | 'reject') => void;
};

/** One suggestion from Word: who and when, where, and the change itself (deleted struck, inserted underlined). */
export const SuggestionRow = memo(function SuggestionRow({ suggestion: s, canDecide, busy, onDecide }: Props) {
  return (
    <li className={`suggestion suggestion-${s.state}`} data-testid="suggestion" data-state={s.state} data-kind={s.kind}>
      <div className="suggestion-head">
        <strong className="suggestion-author" data-testid="suggestion-author">
          {s.author || 'Không rõ người góp ý'}
        </strong>
        <span className="hint">
          {' '}
          #{s.id} · {suggestionKindNames[s.kind]}
          {s.madeAt ? ` · ${momentVi(s.madeAt)}` : ''}
        </span>
      </div>
      <div className="suggestion-place hint">{s.place}</div>
      <div className="suggestion-change" data-testid="suggestion-change">
        {s.kind === 'format' ? (
          <span>
            “{s.deleted}”: {s.emphasis?.bold ? 'in đậm ' : ''}
            {s.emphasis?.italic ? 'in nghiêng ' : ''}
            {s.emphasis?.underline ? 'gạch chân' : ''}
          </span>
        ) : (
          <>
            {s.deleted ? <del className="suggestion-del">{s.deleted}</del> : null}
            {s.inserted ? <ins className="suggestion-ins">{s.inserted}</ins> : null}
          </>
        )}
      </div>
      {canDecide && s.state === 'open' ? (
        <DecideButtons busy={busy} onDecide={onDecide} testId="suggestion" className="row suggestion-actions" />
      ) : (
        <div className="hint suggestion-state">
          {suggestionStateNames[s.state]}
          {s.decidedBy ? ` — ${s.decidedBy}, ${momentVi(s.decidedAt)}` : ''}
        </div>
      )}
    </li>
  );
});
