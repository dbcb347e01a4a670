import { memo, useState } from 'react';
import type { TargetNode } from '../../../electron/contract/model/targets.ts';
import { IconButton } from '../../app/IconButton.tsx';
import { isGroup } from '../../../electron/format/printed.ts';
import { AssessmentChip } from './AssessmentChip.tsx';
import { LazyField } from './LazyField.tsx';
import type { RowAction } from './rowActions.ts';
import { judgedPrevious, readingOf } from './values.ts';

type Props = {
  node: TargetNode;
  depth: number;
  stt: string;
  first: boolean;
  last: boolean;
  showPrevious: boolean;
  onAction: (key: string, action: RowAction) => void;
};

const DRAG_TYPE = 'application/x-nq-target';

/** One row of the targets table: name, unit, value as written (with its reading), last year beside it. */
export const TargetRow = memo(function TargetRow({ node, depth, stt, first, last, showPrevious, onAction }: Props) {
  const [over, setOver] = useState(false);
  const act = (action: RowAction) => () => onAction(node.key, action);
  const reading = readingOf(node);
  const group = isGroup(node);
  return (
    <tr
      className={`target-row depth-${Math.min(depth, 3)}${group ? ' is-group' : ''}${over ? ' drop-over' : ''}`}
      data-testid="target-row"
      data-key={node.key}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        setOver(false);
        const dragged = e.dataTransfer.getData(DRAG_TYPE);
        if (dragged) onAction(node.key, { type: 'drop-before', dragged });
      }}
    >
      <td className="col-drag">
        <span
          className="drag-handle"
          draggable
          role="img"
          aria-label="Kéo để đổi chỗ"
          title="Kéo để đổi chỗ (hoặc dùng nút ↑ ↓)"
          onDragStart={(e) => {
            e.dataTransfer.setData(DRAG_TYPE, node.key);
            e.dataTransfer.effectAllowed = 'move';
          }}
        />
      </td>
      <td className="col-stt">{stt}</td>
      <td className="col-name" style={{ paddingLeft: `${0.4 + depth * 1.2}rem` }}>
        <LazyField
          id={`${node.key}.name`}
          className="input name-input"
          label="Tên chỉ tiêu"
          testId="target-name"
          spell
          value={node.name}
          onCommit={(value) => onAction(node.key, { type: 'name', value })}
        />
      </td>
      <td className="col-unit">
        <LazyField
          id={`${node.key}.unit`}
          className="input name-input"
          label="Đơn vị tính"
          testId="target-unit"
          value={node.unit ?? ''}
          onCommit={(value) => onAction(node.key, { type: 'unit', value })}
        />
      </td>
      <td className="col-value">
        <LazyField
          id={`${node.key}.value`}
          selectAll
          className={`input name-input${reading?.warning ? ' input-warning' : ''}`}
          label="Giá trị chỉ tiêu (như sẽ in)"
          describedBy={`reading-${node.key}`}
          testId="target-value"
          placeholder={group ? '(nhóm)' : 'chưa nhập'}
          value={node.value?.written ?? ''}
          onCommit={(value) => onAction(node.key, { type: 'value', value })}
        />
        <span id={`reading-${node.key}`} className={`reading${reading?.warning ? ' reading-warning' : ''}`} data-testid="target-reading">
          {reading ? (reading.warning ? `⚠ ${reading.warning}` : `Hiểu là: ${reading.text}`) : ''}
        </span>
      </td>
      {showPrevious ? (
        <td className="col-prev">
          {node.previous?.target || node.previous?.result ? (
            <>
              <span className="prev-line" title="Chỉ tiêu năm trước" data-testid="target-previous-target">
                {node.previous.target ?? '—'}
              </span>
              <span className="prev-line prev-result" title="Kết quả năm trước" data-testid="target-previous-result">
                → {node.previous.result ?? 'chưa có kết quả'}
              </span>
            </>
          ) : null}
          <AssessmentChip judged={judgedPrevious(node)} />
        </td>
      ) : null}
      <td className="col-actions">
        <IconButton label="Chuyển lên" icon="↑" disabled={first} onClick={act({ type: 'up' })} />
        <IconButton label="Chuyển xuống" icon="↓" disabled={last} onClick={act({ type: 'down' })} />
        <IconButton label="Đưa ra ngoài nhóm" icon="⇤" disabled={depth === 0} onClick={act({ type: 'outdent' })} />
        <IconButton label="Đưa vào nhóm ở trên" icon="⇥" disabled={first} onClick={act({ type: 'indent' })} />
        <IconButton label="Thêm chỉ tiêu con" icon="+" testId="target-add-child" onClick={act({ type: 'add-child' })} />
        <IconButton label="Xóa chỉ tiêu" icon="✕" danger testId="target-remove" onClick={act({ type: 'remove' })} />
      </td>
    </tr>
  );
});

export { DRAG_TYPE };
