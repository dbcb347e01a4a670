import type { FieldDiff, LineDiff, TargetDiff } from '../../../electron/contract/workflow.ts';
import { targetFieldNames } from './compareModel.ts';

/** Header, title, marks, signature and appendix fields that differ: old → new. */
export function CompareFields({ fields }: { fields: readonly FieldDiff[] }) {
  if (fields.length === 0) return <p className="hint">Đầu văn bản, tên loại, trích yếu, người ký và phụ lục không thay đổi.</p>;
  return (
    <table className="grid compare-fields" data-testid="compare-fields">
      <thead>
        <tr>
          <th>Mục</th>
          <th>Phiên bản cũ</th>
          <th>Phiên bản mới</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((f) => (
          <tr key={f.path} data-testid="compare-field" data-path={f.path}>
            <td>{f.label}</td>
            <td>{f.before ? <del className="word-delete">{f.before}</del> : <em className="hint">(trống)</em>}</td>
            <td>{f.after ? <ins className="word-insert">{f.after}</ins> : <em className="hint">(trống)</em>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Targets added, removed or changed (each changed field: old → new). */
export function CompareTargets({ targets }: { targets: readonly TargetDiff[] }) {
  if (targets.length === 0) return <p className="hint">Các chỉ tiêu không thay đổi.</p>;
  return (
    <ul className="compare-targets" data-testid="compare-targets">
      {targets.map((t) => (
        <li
          key={`${t.kind}-${t.key}`}
          className={`compare-target target-${t.kind}`}
          data-testid="compare-target"
          data-key={t.key}
          data-kind={t.kind}
        >
          {t.kind === 'added' ? (
            <>
              <span className="diff-tag tag-insert">Thêm</span>{' '}
              <ins className="word-insert">
                {t.name}: {t.value || '(chưa có giá trị)'}
              </ins>
            </>
          ) : t.kind === 'removed' ? (
            <>
              <span className="diff-tag tag-delete">Bỏ</span>{' '}
              <del className="word-delete">
                {t.name}: {t.value || '(không có giá trị)'}
              </del>
            </>
          ) : (
            <>
              <span className="diff-tag">Sửa</span> <strong>{t.name}</strong>
              <ul className="target-changes">
                {t.changes.map((c, i) => (
                  <li key={i} data-testid="compare-target-change" data-field={c.field}>
                    {targetFieldNames[c.field]}: <del className="word-delete">{c.before || '(trống)'}</del> →{' '}
                    <ins className="word-insert">{c.after || '(trống)'}</ins>
                  </li>
                ))}
              </ul>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** "Nơi nhận", line by line: kept, added, removed. */
export function CompareRecipients({ lines }: { lines: readonly LineDiff[] }) {
  if (lines.every((l) => l.op === 'equal')) return <p className="hint">Nơi nhận không thay đổi.</p>;
  return (
    <ul className="compare-recipients" data-testid="compare-recipients">
      {lines.map((l, i) => (
        <li key={i} className={`line-${l.op}`}>
          {l.op === 'insert' ? (
            <ins className="word-insert">+ {l.text}</ins>
          ) : l.op === 'delete' ? (
            <del className="word-delete">− {l.text}</del>
          ) : (
            <span className="diff-same">{l.text}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
