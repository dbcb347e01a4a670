import { memo, useCallback, useMemo, useRef } from 'react';
import type { TargetNode } from '../../../electron/contract/model/targets.ts';
import { walkTargets } from '../../../electron/contract/model/targets.ts';
import { applyRowAction, type RowAction } from './rowActions.ts';
import { DRAG_TYPE, TargetRow } from './TargetRow.tsx';
import { insertNode, moveBefore, newKey, targetRows } from './tree.ts';

type Props = { targets: TargetNode[]; planYear: number; onChange: (targets: TargetNode[]) => void };

/** Chỉ tiêu: the targets tree as a table — groups and items, reorder, indent, values with their reading. */
export const TargetsPanel = memo(function TargetsPanel({ targets, planYear, onChange }: Props) {
  const latest = useRef(targets);
  latest.current = targets;
  const rows = useMemo(() => targetRows(targets), [targets]);
  const showPrevious = useMemo(() => [...walkTargets(targets)].some(([n]) => n.previous !== undefined), [targets]);
  const onAction = useCallback((key: string, action: RowAction) => onChange(applyRowAction(latest.current, key, action)), [onChange]);
  const add = (group: boolean): void => {
    const key = newKey(targets);
    const node: TargetNode = group
      ? { key, name: 'Nhóm chỉ tiêu mới', children: [{ key: `${key}.1`, name: 'Chỉ tiêu mới', children: [] }] }
      : { key, name: 'Chỉ tiêu mới', children: [] };
    onChange(insertNode(targets, [], node));
  };
  return (
    <div className="targets-panel" data-testid="targets-panel">
      <p className="hint">
        Giá trị ghi đúng như sẽ in (ví dụ “trên 64”, “4.000 - 4.500”, “Tăng 6 - 7”); ứng dụng đọc giá trị để so với kết quả năm sau.
      </p>
      <div className="table-scroll">
        <table className="grid targets-table">
          <thead>
            <tr>
              <th className="col-drag" aria-label="Kéo" />
              <th className="col-stt">STT</th>
              <th className="col-name">Chỉ tiêu</th>
              <th className="col-unit">Đơn vị tính</th>
              <th className="col-value">Giá trị năm {planYear}</th>
              {showPrevious ? <th className="col-prev">Năm {planYear - 1}: chỉ tiêu → kết quả</th> : null}
              <th className="col-actions">Thao tác</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <TargetRow
                key={r.node.key}
                node={r.node}
                depth={r.depth}
                stt={r.stt}
                first={r.index === 0}
                last={r.index === r.siblings - 1}
                showPrevious={showPrevious}
                onAction={onAction}
              />
            ))}
            <tr
              className="drop-end"
              onDragOver={(e) => e.dataTransfer.types.includes(DRAG_TYPE) && e.preventDefault()}
              onDrop={(e) => {
                const dragged = e.dataTransfer.getData(DRAG_TYPE);
                if (dragged) onChange(moveBefore(latest.current, dragged, null));
              }}
            >
              <td colSpan={showPrevious ? 7 : 6}>
                <button type="button" className="btn btn-small" data-testid="target-add" onClick={() => add(false)}>
                  + Thêm chỉ tiêu
                </button>{' '}
                <button type="button" className="btn btn-small" data-testid="target-add-group" onClick={() => add(true)}>
                  + Thêm nhóm chỉ tiêu
                </button>
              </td>
            </tr>
          </tbody>
        </table>
      </div>
    </div>
  );
});
