import type { ImportPreview } from '../../../electron/contract/imports.ts';
import { IconButton } from '../../app/IconButton.tsx';
import { TextField } from '../../app/TextField.tsx';
import { applyRowAction, type RowAction } from '../../panels/targets/rowActions.ts';
import { readingOf, withUnit, withValue } from '../../panels/targets/values.ts';
import { flatTargets, indicatorLabel, isDoubtfulTarget, linkClashes, updateTarget, type ImportDraft } from './importDraft.ts';

type Props = { preview: ImportPreview; draft: ImportDraft; onChange: (draft: ImportDraft) => void };

/** The targets read: name, unit and value as written, and each one's link to an indicator the body already has, or "chỉ tiêu mới". */
export function ImportTargets({ preview, draft, onChange }: Props) {
  const rows = flatTargets(draft.model.targets);
  const clashes = linkClashes(draft, preview.indicators);
  const doubtfulAll = (preview.confidence['targets'] ?? 1) < 0.75;
  const setTargets = (key: string, change: Parameters<typeof updateTarget>[2]): void =>
    onChange({ ...draft, model: { ...draft.model, targets: updateTarget(draft.model.targets, key, change) } });
  // A row read wrongly (half a name, a heading taken for a target, the wrong level) is put right
  // here, before the document is stored as issued: afterwards its content cannot change.
  const act = (key: string, action: RowAction): void =>
    onChange({ ...draft, model: { ...draft.model, targets: applyRowAction(draft.model.targets, key, action) } });
  return (
    <fieldset
      className={`check-group import-section${doubtfulAll ? ' doubtful' : ''}`}
      data-testid="import-targets"
      data-doubtful={doubtfulAll}
    >
      <legend>
        Chỉ tiêu ({rows.length}){doubtfulAll ? <span className="doubt-mark"> ⚠ cần xem lại</span> : null}
      </legend>
      {rows.length === 0 ? <p className="hint">Không đọc được chỉ tiêu nào trong tệp.</p> : null}
      {preview.orgId === null ? <p className="hint">Chưa chọn cơ quan nên không nối được với chỉ tiêu đã có.</p> : null}
      {clashes.length > 0 ? (
        <p className="warning" role="alert">
          Mỗi chỉ tiêu đã có chỉ nối được với một chỉ tiêu đọc được; đang nối trùng: {clashes.join('; ')}.
        </p>
      ) : null}
      {rows.length > 0 ? (
        <div className="table-scroll">
          <table className="grid import-targets-table">
            <thead>
              <tr>
                <th className="col-name">Tên chỉ tiêu</th>
                <th className="col-unit">Đơn vị</th>
                <th className="col-value">Giá trị</th>
                <th className="col-link">Là chỉ tiêu nào của cơ quan</th>
                <th className="col-actions">Sửa dòng</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ node, depth }) => {
                const doubtful = isDoubtfulTarget(preview, node.key);
                const reading = readingOf(node);
                return (
                  <tr
                    key={node.key}
                    className={doubtful ? 'doubtful' : undefined}
                    data-testid="import-target"
                    data-key={node.key}
                    data-doubtful={doubtful}
                  >
                    <td style={{ paddingLeft: `${4 + depth * 16}px` }}>
                      <TextField
                        className="input"
                        data-testid="import-target-name"
                        aria-label="Tên chỉ tiêu"
                        value={node.name}
                        onCommit={(name) => setTargets(node.key, (n) => ({ ...n, name }))}
                      />
                      {doubtful ? <span className="doubt-mark">⚠ cần xem lại</span> : null}
                    </td>
                    <td>
                      <TextField
                        className="input"
                        data-testid="import-target-unit"
                        aria-label="Đơn vị"
                        value={node.unit ?? ''}
                        onCommit={(unit) => setTargets(node.key, (n) => withUnit(n, unit))}
                      />
                    </td>
                    <td>
                      <TextField
                        className="input"
                        data-testid="import-target-value"
                        aria-label="Giá trị"
                        value={node.value?.written ?? ''}
                        onCommit={(v) => setTargets(node.key, (n) => withValue(n, v))}
                      />
                      {reading ? (
                        <span className={reading.warning ? 'reading reading-warn' : 'reading'}>
                          {reading.warning ? `⚠ ${reading.warning}` : `Hiểu là: ${reading.text}`}
                        </span>
                      ) : null}
                    </td>
                    <td>
                      <select
                        className="input"
                        data-testid="import-target-link"
                        aria-label="Nối với chỉ tiêu đã có"
                        value={draft.links[node.key] ?? ''}
                        onChange={(e) =>
                          onChange({ ...draft, links: { ...draft.links, [node.key]: e.target.value === '' ? null : e.target.value } })
                        }
                      >
                        <option value="">Chỉ tiêu mới</option>
                        {preview.indicators.map((i) => (
                          <option key={i.key} value={i.key}>
                            {indicatorLabel(i)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td className="row-actions">
                      <IconButton
                        label="Lùi ra một cấp"
                        icon="⇤"
                        testId="import-target-outdent"
                        disabled={depth === 0}
                        onClick={() => act(node.key, { type: 'outdent' })}
                      />
                      <IconButton
                        label="Thụt vào, thành chỉ tiêu con của dòng trên"
                        icon="⇥"
                        testId="import-target-indent"
                        onClick={() => act(node.key, { type: 'indent' })}
                      />
                      <IconButton
                        label={node.children.length > 0 ? 'Bỏ dòng này và các chỉ tiêu con (đọc nhầm)' : 'Bỏ dòng này (đọc nhầm)'}
                        icon="✕"
                        danger
                        testId="import-target-remove"
                        onClick={() => act(node.key, { type: 'remove' })}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </fieldset>
  );
}
