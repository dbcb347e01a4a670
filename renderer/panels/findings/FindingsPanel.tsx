import { memo } from 'react';
import type { Finding, FindingEdit } from '../../../electron/contract/model/office.ts';
import type { PanelTab } from '../../editor/session/editorContext.ts';
import type { Findings } from '../../editor/session/useDocumentSession.ts';
import { LayoutFindings, type LayoutFindingsProps } from './LayoutFindings.tsx';

type Props = {
  findings: Findings;
  onRecheck: () => void;
  onGo: (tab: PanelTab | 'page') => void;
  layout?: LayoutFindingsProps | undefined;
  /** Applies a finding's one-click fix (the user's text changes only on this click). */
  onEdit?: ((edit: FindingEdit) => void) | undefined;
  readOnly?: boolean | undefined;
};

/** Where a finding's field is edited. */
function placeOf(f: Finding): PanelTab | 'page' {
  if (f.path.startsWith('recipients') || f.path.startsWith('signature')) return 'closing';
  if (f.path.startsWith('targets')) return 'targets';
  if (f.path.startsWith('appendix') || f.path.startsWith('marks')) return 'appendix';
  return 'page';
}

const where: Record<PanelTab | 'page', string> = {
  page: 'Trên trang',
  closing: 'Nơi nhận & người ký',
  targets: 'Chỉ tiêu',
  appendix: 'Phụ lục & dấu',
  findings: '',
  comments: '',
  history: '',
  versions: '',
};

/** "Kiểm tra thể thức": the format findings of the content being edited, each with its fix, then the pages' layout findings. */
export const FindingsPanel = memo(function FindingsPanel({ findings, onRecheck, onGo, layout, onEdit, readOnly }: Props) {
  return (
    <section className="panel-section" aria-labelledby="findings-title" data-testid="findings-panel">
      <div className="row spread">
        <h3 id="findings-title">Kiểm tra thể thức</h3>
        <button type="button" className="btn btn-small" data-testid="findings-recheck" onClick={onRecheck}>
          Kiểm tra lại
        </button>
      </div>
      {layout ? <LayoutFindings {...layout} /> : null}
      {findings.kind === 'checking' ? <p className="hint">Đang kiểm tra…</p> : null}
      {findings.kind === 'error' ? <p className="form-error">Không kiểm tra được: {findings.message}</p> : null}
      {findings.kind === 'done' && findings.findings.length === 0 && !layout?.findings.length ? (
        <p className="ok" data-testid="findings-none">
          ✓ Không thấy lỗi thể thức.
        </p>
      ) : null}
      {findings.kind === 'done' ? (
        <ul className="findings">
          {findings.findings.map((f, i) => (
            <li key={`${f.code}-${f.path}-${i}`} className={`finding finding-${f.severity}`} data-testid="finding" data-code={f.code}>
              <span className="finding-kind">{f.severity === 'error' ? 'Lỗi' : 'Lưu ý'}</span>
              <p className="finding-message">{f.message}</p>
              <p className="finding-fix">Cách sửa: {f.fix}</p>
              {f.edit && onEdit ? (
                <button
                  type="button"
                  className="btn btn-small"
                  data-testid="finding-fix"
                  disabled={readOnly}
                  onClick={() => f.edit && onEdit(f.edit)}
                >
                  {f.edit.label}
                </button>
              ) : null}
              <button type="button" className="btn btn-link" onClick={() => onGo(placeOf(f))}>
                Đến chỗ sửa ({where[placeOf(f)]})
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
});
