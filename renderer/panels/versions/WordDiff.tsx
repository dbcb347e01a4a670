import type { WordOp } from '../../../electron/contract/workflow.ts';

/** Words of a diff: kept as they are, added in green, removed struck through in red. */
export function WordDiff({ words }: { words: readonly WordOp[] }) {
  return (
    <>
      {words.map((w, i) =>
        w.op === 'insert' ? (
          <ins key={i} className="word-insert" data-testid="word-insert">
            {w.text}
          </ins>
        ) : w.op === 'delete' ? (
          <del key={i} className="word-delete" data-testid="word-delete">
            {w.text}
          </del>
        ) : (
          <span key={i}>{w.text}</span>
        ),
      )}
    </>
  );
}
