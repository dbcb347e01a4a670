import { useState } from 'react';
import type { BlockDiff } from '../../../electron/contract/workflow.ts';
import { blockTypeNames, bodyRows, moveNote, sides } from './compareModel.ts';
import { WordDiff } from './WordDiff.tsx';

export type CompareMode = 'side' | 'inline';

type Props = { body: readonly BlockDiff[]; mode: CompareMode; onlyChanges: boolean };

function Older({ diff }: { diff: BlockDiff }) {
  switch (diff.kind) {
    case 'equal':
      return <span className="diff-same">{diff.text}</span>;
    case 'changed':
      return <WordDiff words={sides(diff.words).before} />;
    case 'removed':
    case 'moved-away':
      return <del className="word-delete block-delete">{diff.text}</del>;
    case 'moved':
    case 'added':
      return null;
  }
}

function Newer({ diff }: { diff: BlockDiff }) {
  switch (diff.kind) {
    case 'equal':
      return <span className="diff-same">{diff.text}</span>;
    case 'changed':
      return <WordDiff words={sides(diff.words).after} />;
    case 'added':
      return <ins className="word-insert block-insert">{diff.text}</ins>;
    case 'moved':
      return diff.words ? <WordDiff words={sides(diff.words).after} /> : <ins className="word-insert block-insert">{diff.text}</ins>;
    case 'removed':
    case 'moved-away':
      return null;
  }
}

function Inline({ diff }: { diff: BlockDiff }) {
  switch (diff.kind) {
    case 'equal':
      return <span className="diff-same">{diff.text}</span>;
    case 'changed':
      return <WordDiff words={diff.words} />;
    case 'added':
      return <ins className="word-insert block-insert">{diff.text}</ins>;
    case 'moved':
      return diff.words ? <WordDiff words={diff.words} /> : <ins className="word-insert block-insert">{diff.text}</ins>;
    case 'removed':
    case 'moved-away':
      return <del className="word-delete block-delete">{diff.text}</del>;
  }
}

const kindNames: Record<BlockDiff['kind'], string> = {
  equal: '',
  changed: 'sửa',
  added: 'thêm',
  removed: 'bỏ',
  moved: 'chuyển chỗ',
  'moved-away': 'chuyển đi',
};

function Label({ diff }: { diff: BlockDiff }) {
  const note = moveNote(diff);
  return (
    <span className="diff-label">
      {blockTypeNames[diff.type]}
      {diff.kind !== 'equal' ? ` — ${kindNames[diff.kind]}` : ''}
      {note ? ` (${note})` : ''}
    </span>
  );
}

function Folded({ diffs }: { diffs: readonly Extract<BlockDiff, { kind: 'equal' }>[] }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn-link diff-fold" onClick={() => setOpen(!open)} aria-expanded={open}>
        {open ? 'Thu gọn' : `… ${diffs.length} đoạn không thay đổi (bấm để xem) …`}
      </button>
      {open
        ? diffs.map((d) => (
            <p key={d.after} className="diff-cell diff-same">
              {d.text}
            </p>
          ))
        : null}
    </>
  );
}

/** The body, block by block: the older version beside the newer one, or both in one column. */
export function CompareBody({ body, mode, onlyChanges }: Props) {
  const rows = bodyRows(body, onlyChanges);
  if (body.length === 0) return <p className="hint">Phần nội dung trống ở cả hai phiên bản.</p>;
  return (
    <div className={`compare-body compare-${mode}`} data-testid="compare-body" data-mode={mode}>
      {mode === 'side' ? (
        <div className="diff-row diff-head" aria-hidden="true">
          <span>Phiên bản cũ</span>
          <span>Phiên bản mới</span>
        </div>
      ) : null}
      {rows.map((row, i) =>
        row.kind === 'same' ? (
          <div key={i} className="diff-row diff-folded">
            <Folded diffs={row.diffs} />
          </div>
        ) : (
          <div key={i} className={`diff-row diff-${row.diff.kind}`} data-testid="compare-block" data-kind={row.diff.kind}>
            <Label diff={row.diff} />
            {mode === 'side' ? (
              <>
                <p className="diff-cell diff-older">
                  <Older diff={row.diff} />
                </p>
                <p className="diff-cell diff-newer">
                  <Newer diff={row.diff} />
                </p>
              </>
            ) : (
              <p className="diff-cell">
                <Inline diff={row.diff} />
              </p>
            )}
          </div>
        ),
      )}
    </div>
  );
}
