import { useContext } from 'react';
import { targetLines } from '../../../../electron/format/printed.ts';
import { BodyContextValue } from '../../session/editorContext.ts';

/** The targets as the body prints them, from the same data as the targets table. */
export function TargetsBlockView() {
  const { targets, openPanel } = useContext(BodyContextValue);
  const lines = targetLines(targets);
  return (
    <div className="nq-targets-view" data-testid="body-targets-block">
      {lines.length === 0 ? (
        <p className="nq-target-line nq-placeholder">(Chưa có chỉ tiêu — nhập ở bảng “Chỉ tiêu”.)</p>
      ) : (
        lines.map((line, i) => (
          <p key={i} className={`nq-target-line depth-${Math.min(line.depth, 2)}`}>
            {line.text}
          </p>
        ))
      )}
      <button type="button" className="screen-control nq-targets-edit" data-testid="body-targets-edit" onClick={() => openPanel('targets')}>
        Sửa chỉ tiêu
      </button>
    </div>
  );
}
