import { memo } from 'react';
import type { LayoutFinding } from '../../editor/pages/layoutFindings.ts';

export type LayoutFindingsProps = { findings: readonly LayoutFinding[]; onFix: (finding: LayoutFinding) => void; readOnly: boolean };

/** "Bố cục trang": what the pages as laid out do badly (editor/pages/layoutFindings.ts), each with its one-click fix. */
export const LayoutFindings = memo(function LayoutFindings({ findings, onFix, readOnly }: LayoutFindingsProps) {
  if (findings.length === 0) return null;
  return (
    <>
      <h4 className="findings-subtitle">Bố cục trang</h4>
      <ul className="findings" data-testid="layout-findings">
        {findings.map((f) => (
          <li key={`${f.code}-${f.page}`} className="finding finding-warning" data-testid="finding" data-code={f.code} data-page={f.page}>
            <span className="finding-kind">Lưu ý · trang {f.page}</span>
            <p className="finding-message">{f.message}</p>
            <p className="finding-fix">Cách sửa: {f.fix}</p>
            {f.action ? (
              <button type="button" className="btn btn-small" data-testid="finding-fix" disabled={readOnly} onClick={() => onFix(f)}>
                {f.actionLabel}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
});
